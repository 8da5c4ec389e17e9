import EvaluationCore

/// The register as `ocenka proposals list` prints it: one row per proposal (number, priority,
/// applicant, the amount requested, what the register noticed) and the total requested.
public struct ProposalListText {
    public let proposals: [Proposal]
    public let procedure: Procedure
    public let width: Int
    public let language: Language

    public init(proposals: [Proposal], procedure: Procedure, width: Int = 100, language: Language) {
        self.proposals = proposals
        self.procedure = procedure
        self.width = width
        self.language = language
    }

    /// The table and the total, each line ending in a new line.
    public func render() -> String {
        let currency = procedure.currency
        guard !proposals.isEmpty else {
            return LocalizedText(bg: "Регистърът е празен.", en: "The register is empty.").text(in: language) + "\n"
        }
        let table = TextTable(columns: [
            .init(title: LocalizedText(bg: "Номер", en: "Number").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Пр.", en: "Pr.").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Кандидат", en: "Applicant").text(in: language)),
            .init(title: LocalizedText(bg: "Искано", en: "Requested").text(in: language), alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Констатации", en: "Findings").text(in: language)),
        ], rows: proposals.map { proposal in
            [proposal.id, procedure.displayedPriority(proposal.priority), proposal.applicant.name,
             language == .bulgarian ? proposal.requested.localizedNumber : proposal.requested.canonicalText,
             proposal.findings.map { $0.message(currency: currency).text(in: language) }.joined(separator: "; ")]
        }).render(width: width)
        let total = proposals.reduce(Money.zero) { $0 + $1.requested }
        let totalLine = CountedMessages.registerTotal(proposals.count, amount: total.formatted(currency: currency),
                                                      "\(total.canonicalText) \(currency)").text(in: language)
        return (table.hasSuffix("\n") ? table : table + "\n") + totalLine + "\n"
    }
}
