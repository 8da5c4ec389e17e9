import EvaluationCore

extension ProtocolReport {
    /// Section III: the administrative result of every proposal, the grounds of those not admitted
    /// and the remedy requests with their outcome.
    func adminLines() -> [String] {
        let checklist = input.procedure.admin
        let proposals = input.sortedProposals
        let dayNoun: CountedNoun = checklist.remedyDayKind == .calendar ? .calendarDay : .workingDay
        var lines = paragraph(t(
            "Проверката за административно съответствие и допустимост беше извършена по \(count(checklist.criteria.count, .criterion)), всеки с отговор ДА, НЕ или Н/П (не е приложимо); всяко предложение беше проверено от \(count(checklist.evaluatorsPerProposal, .evaluator)). За нередовност по критерий, който допуска отстраняване, на кандидата беше даден срок от \(count(checklist.remedyDays, dayNoun)) от получаването на уведомлението.",
            "The administrative compliance and eligibility check covered \(count(checklist.criteria.count, .criterion)) answered YES, NO or N/A (not applicable); each proposal was checked by \(count(checklist.evaluatorsPerProposal, .evaluator)). For a shortcoming on a criterion that may be remedied the applicant was given \(count(checklist.remedyDays, dayNoun)) from the receipt of the notice."))
        guard !proposals.isEmpty else { return lines }
        lines.append("")
        lines += paragraph(adminSummary(proposals))
        lines.append("")
        lines += table(TextTable(columns: [
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
            .init(title: t("Оценител", "Evaluator")),
            .init(title: t("Резултат", "Result")),
        ], rows: proposals.map { proposal in
            let evaluators = input.assignments.evaluators(of: proposal.id, in: .admin).map(name)
            return [proposal.id, proposal.applicant.name, evaluators.isEmpty ? "—" : evaluators.joined(separator: ", "),
                    standings[proposal.id].map(adminResult) ?? "—"]
        }))
        let notes = proposals.flatMap(admissionNotes)
        if !notes.isEmpty {
            lines.append("")
            lines += notes
        }
        lines += subheading(input.procedure.isPassFail
            ? t("Недопуснати предложения и основания за недопускането им", "Proposals not admitted and the grounds")
            : t("Предложения, недопуснати до оценка на качеството, и основания за недопускането им",
                "Proposals not admitted to the quality assessment and the grounds"))
        let rejected = notAdmitted
        if rejected.isEmpty {
            lines += paragraph(t("Не бяха недопуснати предложения.", "No proposal was rejected."))
        }
        for (proposal, reasons, decision) in rejected {
            lines.append("")
            lines += paragraph(proposalTitle(proposal.id))
            for reason in reasons {
                lines += groundLines(reason, proposal: proposal.id)
            }
            if let decision, let made = input.decisions.decisions.first(where: { $0.number == decision }) {
                lines += bullet(t("Решение № \(decision) на председателя от \(moment(made.at)): предложението не беше допуснато. Мотиви: \(made.reason)",
                                  "Decision No. \(decision) of the chair of \(moment(made.at)): the proposal is not admitted. Reasons: \(made.reason)"),
                                indent: 2)
            }
        }
        if input.procedure.admin.criteria.contains(where: { $0.onNo == .note }) {
            lines += notedLines(proposals)
        }
        lines += subheading(t("Искания за отстраняване на нередовности", "Requests to remedy shortcomings"))
        let remedies = proposals.flatMap { proposal in input.adminSheets(of: proposal.id).filter { !$0.remedy.isEmpty } }
        if remedies.isEmpty {
            lines += paragraph(t("Не бяха отправяни искания за отстраняване на нередовности.", "No remedy was requested."))
        }
        for sheet in remedies {
            lines.append("")
            lines += paragraph(proposalTitle(sheet.proposal))
            for request in sheet.remedy {
                lines += remedyLines(request, sheet: sheet)
            }
        }
        lines += evaluationPeriodLines()
        return lines
    }

    /// The proposals not admitted, in register order, with the grounds and the chair's decision.
    var notAdmitted: [(Proposal, [AdminOutcome.Reason], Int?)] {
        input.sortedProposals.compactMap { proposal -> (Proposal, [AdminOutcome.Reason], Int?)? in
            guard case .notAdmitted(let reasons, let decision)? = standings[proposal.id]?.admin else { return nil }
            return (proposal, reasons, decision)
        }
    }

    /// "Комисията установи: 21 предложения са допуснати …, 1 предложение не е допуснато, …".
    private func adminSummary(_ proposals: [Proposal]) -> String {
        var admitted = 0, rejected = 0, pending = 0, disputed = 0
        for proposal in proposals {
            switch standings[proposal.id]?.admin {
            case .admitted?: admitted += 1
            case .notAdmitted?: rejected += 1
            case .disagreement?: disputed += 1
            case .pending?, nil: pending += 1
            }
        }
        let toQuality = input.procedure.isPassFail ? "" : t(" до оценка на качеството", " to the quality assessment")
        var parts: [String] = []
        if language == .bulgarian {
            if admitted > 0 { parts.append(count(admitted, .proposal) + (admitted == 1 ? " е допуснато" : " са допуснати") + toQuality) }
            if rejected > 0 { parts.append(count(rejected, .proposal) + (rejected == 1 ? " не е допуснато" : " не са допуснати")) }
            if disputed > 0 { parts.append("за \(count(disputed, .proposal)) оценителите стигнаха до различен резултат и се чака решение на председателя") }
            if pending > 0 { parts.append("за \(count(pending, .proposal)) проверката не е приключила") }
            return "Комисията установи: " + joinedList(parts) + "."
        }
        if admitted > 0 { parts.append(count(admitted, .proposal) + (admitted == 1 ? " was admitted" : " were admitted") + toQuality) }
        if rejected > 0 { parts.append(count(rejected, .proposal) + (rejected == 1 ? " was not admitted" : " were not admitted")) }
        if disputed > 0 { parts.append("for \(count(disputed, .proposal)) the evaluators reached different results and a decision of the chair is awaited") }
        if pending > 0 { parts.append("for \(count(pending, .proposal)) the check was not finished") }
        return "The committee found: " + joinedList(parts) + "."
    }

    /// Below the table: the evaluators who disagree, and the chair's decisions that admitted a proposal.
    private func admissionNotes(_ proposal: Proposal) -> [String] {
        switch standings[proposal.id]?.admin {
        case .disagreement(let admittedBy, let rejectedBy)?:
            return bullet(t("\(proposal.id): оценителите стигнаха до различен резултат (допуска: \(joinedList(admittedBy.map(name))); не допуска: \(joinedList(rejectedBy.map(name)))); чака се решение на председателя.",
                            "\(proposal.id): the evaluators reached different results (admitted by \(joinedList(admittedBy.map(name))); rejected by \(joinedList(rejectedBy.map(name)))); a decision of the chair is awaited."))
        case .admitted(let number?)?:
            guard let decision = input.decisions.decisions.first(where: { $0.number == number }) else { return [] }
            return bullet(sentence(t("\(proposal.id): допуснато с решение № \(number) на председателя от \(moment(decision.at))",
                                     "\(proposal.id): admitted by decision No. \(number) of the chair of \(moment(decision.at))"))
                          + t(" Мотиви: ", " Reasons: ") + sentence(decision.reason))
        default:
            return []
        }
    }

    /// The administrative result in the table: "допуснато", "недопуснато с решение № 3", …
    private func adminResult(_ standing: ProposalStanding) -> String {
        switch standing.admin {
        case .pending(let waiting):
            return waiting.isEmpty && input.assignments.evaluators(of: standing.proposal.id, in: .admin).isEmpty
                ? t("не е разпределено за проверка", "not assigned for checking")
                : t("в процес на проверка", "being checked")
        case .admitted(let decision?):
            return t("допуснато с решение № \(decision)", "admitted by decision No. \(decision)")
        case .admitted(nil):
            return t("допуснато", "admitted")
        case .notAdmitted(_, let decision?):
            return t("недопуснато с решение № \(decision)", "not admitted by decision No. \(decision)")
        case .notAdmitted(_, nil):
            return t("недопуснато", "not admitted")
        case .disagreement:
            return t("разминаване между оценителите; чака решение на председателя", "the evaluators disagree; needs a decision of the chair")
        }
    }

    /// The НЕ answers on criteria that do not reject (`onNo: note`) in submitted sheets: recorded
    /// with their notes, the proposal stays admitted (seed 004's "Води до отхвърляне: Не").
    private func notedLines(_ proposals: [Proposal]) -> [String] {
        var lines = subheading(t("Отбелязани несъответствия, които не водят до отхвърляне", "Shortcomings noted that do not reject"))
        var any = false
        for proposal in proposals {
            let sheets = input.adminSheets(of: proposal.id).filter { effectiveStatus(of: $0) == .submitted }
            let noted = sheets.flatMap { AdminOutcome.notedNos($0, checklist: input.procedure.admin) }
            guard !noted.isEmpty else { continue }
            any = true
            lines.append("")
            lines += paragraph(proposalTitle(proposal.id))
            for reason in noted {
                let criterion = input.procedure.admin.criterion(withID: reason.criterion)
                lines += bullet(t("Критерий ", "Criterion ") + reason.criterion + (criterion.map { ". " + $0.text } ?? ""), indent: 2)
                var details = [(t("Отговор", "Answer"), AdminSheet.AnswerValue.no.label.text(in: language) + " (\(name(reason.evaluator)))")]
                if !reason.note.isEmpty { details.append((t("Констатация", "Finding"), reason.note)) }
                lines += fields(details, indent: 4)
            }
        }
        if !any {
            lines += paragraph(t("Не бяха отбелязани такива несъответствия.", "None was noted."))
        }
        return lines
    }

    /// One ground of a rejection: the criterion, the answer and who gave it, the note, and the remedy.
    func groundLines(_ reason: AdminOutcome.Reason, proposal: String) -> [String] {
        let criterion = input.procedure.admin.criterion(withID: reason.criterion)
        var lines = bullet(t("Критерий ", "Criterion ") + reason.criterion + (criterion.map { ". " + $0.text } ?? ""), indent: 2)
        let answer = input.adminSheets[reason.evaluator]?[proposal]?.answers[reason.criterion]?.answer
        var details = [(t("Отговор", "Answer"),
                        (answer?.label.text(in: language) ?? t("без отговор", "no answer")) + " (\(name(reason.evaluator)))")]
        if !reason.note.isEmpty { details.append((t("Основание за недопускане", "Ground for not admitting"), reason.note)) }
        if let remedy = reason.remedy { details.append((t("Отстраняване", "Remedy"), replyText(remedy))) }
        lines += fields(details, indent: 4)
        return lines
    }

    /// One remedy request: what was asked and until when, the reply, and what came of it.
    private func remedyLines(_ request: RemedyRequest, sheet: AdminSheet) -> [String] {
        var lines = bullet(t("Критерий \(request.criterion), оценител \(name(sheet.evaluator))",
                             "Criterion \(request.criterion), evaluator \(name(sheet.evaluator))"), indent: 2)
        let asked = language == .bulgarian ? "„\(request.request)“" : "\"\(request.request)\""
        let notice = t("изпратено на \(date(request.sentDate)), получено от кандидата на \(date(request.receiptDate)); срок до \(date(request.dueDate)) включително",
                       "sent on \(date(request.sentDate)), received by the applicant on \(date(request.receiptDate)); due by \(date(request.dueDate)) inclusive")
        var reply = replyText(request)
        if let answer = request.reply {
            reply += language == .bulgarian ? " – „\(answer.text)“" : " – \"\(answer.text)\""
        }
        lines += fields([
            (t("Искане", "Request"), asked),
            (t("Уведомление", "Notice"), notice),
            (t("Отговор", "Reply"), reply),
            (t("Резултат", "Outcome"), remedyOutcome(request, sheet: sheet)),
        ], indent: 4)
        return lines
    }

    /// Whether and when the applicant replied, against the deadline and the protocol's date.
    private func replyText(_ request: RemedyRequest) -> String {
        guard let reply = request.reply else {
            return input.generatedAt.localDate > request.dueDate
                ? t("не постъпи до изтичането на срока (\(date(request.dueDate)))", "none came by the deadline (\(date(request.dueDate)))")
                : t("не е постъпил към датата на протокола; срокът тече до \(date(request.dueDate)) включително",
                    "none by the protocol's date; the deadline runs until \(date(request.dueDate)) inclusive")
        }
        return request.replyWasLate
            ? t("получен на \(date(reply.arrivalDate)), след изтичането на срока", "received on \(date(reply.arrivalDate)), after the deadline")
            : t("получен на \(date(reply.arrivalDate)), в срока", "received on \(date(reply.arrivalDate)), within the deadline")
    }

    /// What the evaluator's answer on the criterion is now that the remedy is over (or not yet).
    private func remedyOutcome(_ request: RemedyRequest, sheet: AdminSheet) -> String {
        let answer = sheet.answers[request.criterion]?.answer
        guard effectiveStatus(of: sheet) == .submitted else {
            let current = answer?.label.text(in: language) ?? t("без отговор", "no answer")
            return t("проверката продължава; текущ отговор по критерия: \(current)", "the check goes on; the current answer is \(current)")
        }
        switch answer {
        case .yes?: return t("нередовността беше отстранена; критерият е изпълнен (ДА)", "remedied; the criterion is met (YES)")
        case .na?: return t("критерият беше отбелязан като неприложим (Н/П)", "the criterion was marked not applicable (N/A)")
        case .no?, nil: return t("нередовността не беше отстранена; отговорът по критерия остана НЕ", "not remedied; the answer stayed NO")
        }
    }

    func effectiveStatus(of sheet: AdminSheet) -> SheetStatus {
        input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: sheet.proposal,
                                        evaluator: sheet.evaluator, stage: .admin)
    }

    func effectiveStatus(of sheet: QualitySheet) -> SheetStatus {
        input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: sheet.proposal,
                                        evaluator: sheet.evaluator, stage: .quality)
    }
}
