import EvaluationCore

/// The list of the proposals not admitted to the quality assessment, with the grounds for each (seed
/// 002 line 1148: the committee draws it up, it is published and every applicant in it is told), as
/// text beside the protocol.
public struct NotAdmittedList {
    let report: ProtocolReport

    public init(_ report: ProtocolReport) {
        self.report = report
    }

    public func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes.
    public func renderBytes() -> [UInt8] {
        let input = report.input
        var lines = report.centered(report.t("СПИСЪК", "LIST"))
        lines += report.centered(input.procedure.isPassFail
            ? report.t("на недопуснатите проектни предложения и основанията за недопускането им",
                       "of the proposals not admitted and the grounds")
            : report.t("на проектните предложения, които не се допускат до оценка на качеството, и основанията за недопускането им",
                       "of the proposals not admitted to the quality assessment and the grounds"))
        lines += report.centered(report.t("по ", "under ") + input.procedure.title)
        lines.append("")
        lines += report.paragraph(report.t(
            "Списъкът е изготвен от оценителната комисия въз основа на проверката за административно съответствие и допустимост. За недопускането се съобщава на всеки от кандидатите, включени в него.",
            "The list was drawn up by the evaluation committee from the administrative compliance and eligibility check. Every applicant in it is told that the proposal was not admitted."))
        let rejected = report.notAdmitted
        if rejected.isEmpty {
            lines.append("")
            lines += report.paragraph(report.t("Няма недопуснати предложения.", "No proposal was rejected."))
        }
        for (index, (proposal, reasons, decision)) in rejected.enumerated() {
            lines.append("")
            lines += report.numbered(index + 1, report.proposalTitle(proposal.id))
            lines += report.fields([
                (report.t("Наименование", "Title"), proposal.title),
                (report.t("Кандидат", "Applicant"), report.organisation(proposal.applicant)),
            ], indent: 3)
            for reason in reasons {
                lines += report.groundLines(reason, proposal: proposal.id)
            }
            if let decision, let made = input.decisions.decisions.first(where: { $0.number == decision }) {
                lines += report.bullet(report.t(
                    "Решение № \(decision) на председателя от \(report.moment(made.at)): предложението не беше допуснато. Мотиви: \(made.reason)",
                    "Decision No. \(decision) of the chair of \(report.moment(made.at)): the proposal was not admitted. Reasons: \(made.reason)"),
                    indent: 2)
            }
        }
        lines.append("")
        lines.append("")
        lines += report.paragraph(report.sentence(report.t("Изготвен на \(report.moment(input.generatedAt))", "Drawn up on \(report.moment(input.generatedAt))")))
        lines += report.signatureBlock()
        return report.finishedBytes(lines)
    }
}
