import EvaluationCore

/// The remedy form's dates as the evaluator types them: "01.12.2025 02.12.2025 04.12.2025" — the
/// notice sent, received by the applicant, and (once the reply is recorded) the reply's arrival.
enum RemedyDates {
    static func text(of request: RemedyRequest) -> String {
        ([request.sentDate, request.receiptDate] + (request.reply.map { [$0.arrivalDate] } ?? [])).map(\.bulgarianText).joined(separator: " ")
    }

    /// What is wrong with the dates typed.
    struct Problem: Error {
        let text: LocalizedText
        init(bg: String, en: String) { text = LocalizedText(bg: bg, en: en) }
    }

    /// `request` with the dates of `text` and the deadline they give, or what is wrong with them.
    static func apply(_ text: String, to request: RemedyRequest, checklist: AdminChecklist) -> Result<RemedyRequest, Problem> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0.isNewline })
        let dates = words.map { date(String($0)) }
        guard (2...3).contains(words.count), dates.allSatisfy({ $0 != nil }) else {
            return .failure(Problem(bg: "Очакват се 2 или 3 дати ДД.ММ.ГГГГ: изпратено, получено, отговор.",
                                          en: "Expected 2 or 3 dates DD.MM.YYYY: sent, received, reply."))
        }
        let (sent, received) = (dates[0]!, dates[1]!)
        guard received >= sent else {
            return .failure(Problem(bg: "Уведомлението не може да е получено преди да е изпратено.", en: "The notice cannot be received before it was sent."))
        }
        var updated = request
        updated.setNotice(sentOn: sent, receivedOn: received, checklist: checklist)
        if dates.count == 3 {
            guard updated.reply != nil else {
                return .failure(Problem(bg: "Първо впишете отговора на кандидата (R), после датата му.",
                                              en: "Record the applicant's reply first (R), then its date."))
            }
            let replied = dates[2]!
            guard replied >= sent else {
                return .failure(Problem(bg: "Отговорът не може да е преди изпращането на уведомлението.", en: "The reply cannot be before the notice was sent."))
            }
            updated.reply?.repliedOn = replied
        }
        return .success(updated)
    }

    /// "01.12.2025" or "2025-12-01".
    static func date(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(text) { return iso }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
