import EvaluationCore

/// The notice to an applicant of the shortcomings found (уведомление за нередовности): what is missing,
/// by when it must be remedied and what follows if it is not (seed 001 line 512, seed 002 line 1148),
/// from the evaluators' remedy requests on one proposal.
public struct RemedyNotice {
    let report: ProtocolReport
    let proposal: String

    public init(_ report: ProtocolReport, proposal: String) {
        self.report = report
        self.proposal = proposal
    }

    /// The proposals with at least one remedy request, in register order.
    public static func proposals(_ input: ProtocolInput) -> [String] {
        input.sortedProposals.map(\.id).filter { id in input.adminSheets(of: id).contains { !$0.remedy.isEmpty } }
    }

    public func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes.
    public func renderBytes() -> [UInt8] {
        let input = report.input
        let checklist = input.procedure.admin
        let requests = input.adminSheets(of: proposal).flatMap(\.remedy)
        var lines: [String] = []
        if let applicant = input.proposals.first(where: { $0.id == proposal })?.applicant {
            lines += report.paragraph(report.t("ДО: ", "TO: ") + report.organisation(applicant))
        }
        lines.append("")
        lines += report.centered(report.t("УВЕДОМЛЕНИЕ", "NOTICE"))
        lines += report.centered(report.t("за установени нередовности", "of shortcomings found"))
        lines.append("")
        lines += report.fields([
            (report.t("Процедура", "Procedure"), input.procedure.title),
            (report.t("Проектно предложение", "Proposal"), report.proposalHeading(proposal)),
        ])
        lines.append("")
        let dayNoun: CountedNoun = checklist.remedyDayKind == .calendar ? .calendarDay : .workingDay
        lines += report.paragraph(report.t(
            "При проверката за административно съответствие и допустимост на проектното предложение оценителната комисия установи следните нередовности:",
            "In the administrative compliance and eligibility check of the proposal the evaluation committee found the following shortcomings:"))
        for (index, request) in requests.enumerated() {
            let criterion = checklist.criterion(withID: request.criterion)
            lines.append("")
            lines += report.numbered(index + 1, report.t("Критерий ", "Criterion ") + request.criterion + (criterion.map { ". " + $0.text } ?? ""))
            lines += report.fields([
                (report.t("Какво се изисква", "What is required"), request.request),
                (report.t("Уведомление", "Notice"), report.t(
                    "изпратено на \(report.date(request.sentDate)), получено на \(report.date(request.receiptDate))",
                    "sent on \(report.date(request.sentDate)), received on \(report.date(request.receiptDate))")),
                (report.t("Срок", "Deadline"), report.t(
                    "до \(report.date(request.dueDate)) включително (\(report.count(checklist.remedyDays, dayNoun)) от получаването на уведомлението)",
                    "until \(report.date(request.dueDate)) inclusive (\(report.count(checklist.remedyDays, dayNoun)) from the receipt of the notice)")),
            ], indent: 3)
        }
        lines.append("")
        lines += report.paragraph(report.t(
            "Моля, отстранете нередовностите в посочения срок чрез електронната система. Неотстраняването на нередовностите в срок може да доведе до недопускане на проектното предложение до оценка на качеството и до прекратяване на производството по отношение на кандидата. Отстраняването на нередовностите не може да води до подобряване на качеството на проектното предложение.",
            "Please remedy the shortcomings within the deadline through the electronic system. Failing to remedy them in time may lead to the proposal not being admitted to the quality assessment and to the end of the procedure for the applicant. Remedying the shortcomings cannot improve the quality of the proposal."))
        lines.append("")
        if let sent = requests.map(\.sentDate).min() {
            lines += report.paragraph(report.t("Дата: ", "Date: ") + report.date(sent))
            lines.append("")
        }
        if let chair = report.orderedCommittee.first(where: { $0.role == .chair }) {
            lines += report.line(report.t("Председател на оценителната комисия: ", "Chair of the evaluation committee: ") + chair.name,
                                 then: report.t("Подпис: ", "Signature: ") + String(repeating: "_", count: 20))
        }
        return report.finishedBytes(lines)
    }
}
