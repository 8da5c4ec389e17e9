/// The messages of the interface and the commands that count something, each agreeing with its
/// number in both languages (``CountedNoun``): "Внесено е 1 предложение", "Внесени са 5 предложения".
public enum CountedMessages {
    /// After an import: "Внесени са 5 предложения; 2 с автоматични констатации."
    public static func imported(_ count: Int, flagged: Int) -> LocalizedText {
        let proposals = CountedNoun.proposal
        return LocalizedText(
            bg: (count == 1 ? "Внесено е " : "Внесени са ") + proposals.phrase(count, in: .bulgarian)
                + "; \(flagged) с автоматични констатации.",
            en: "Imported " + proposals.phrase(count, in: .english) + "; \(flagged) with automatic findings.")
    }

    /// Under the register's table: "Общо 5 предложения, искана сума 1 000,00 лв."
    public static func registerTotal(_ count: Int, amount bulgarian: String, _ english: String) -> LocalizedText {
        LocalizedText(bg: "Общо " + CountedNoun.proposal.phrase(count, in: .bulgarian) + ", искана сума " + bulgarian,
                      en: CountedNoun.proposal.phrase(count, in: .english) + " requesting " + english + " in all.")
    }

    /// A proposal the draw could not give enough evaluators: "не достигат двама оценители".
    public static func evaluatorsShort(_ proposal: String, missing: Int) -> LocalizedText {
        LocalizedText(
            bg: "\(proposal): " + (missing == 1 ? "не достига " : "не достигат ") + CountedNoun.evaluator.phrase(missing, in: .bulgarian)
                + " (малко оценители без отвод)",
            en: "\(proposal): " + CountedNoun.evaluator.phrase(missing, in: .english) + " short (too few without a recusal)")
    }

    /// The chair's header while the ranking is preliminary (it fits 78 columns).
    public static func preliminaryRanking(waiting: Int, pending: Int) -> LocalizedText {
        LocalizedText(
            bg: "ПРЕДВАРИТЕЛНО класиране: " + CountedNoun.proposal.phrase(waiting, in: .bulgarian) + (waiting == 1 ? " чака решение, " : " чакат решение, ")
                + "\(pending)" + (pending == 1 ? " е в процес на оценка." : " са в процес на оценка."),
            en: "PRELIMINARY ranking: " + CountedNoun.proposal.phrase(waiting, in: .english) + (waiting == 1 ? " needs a decision, " : " need a decision, ")
                + "\(pending)" + (pending == 1 ? " is being assessed." : " are being assessed."))
    }

    /// Findings not shown on a proposal's heading: "! и още 3 констатации (раздел Обобщение)".
    public static func moreFindings(_ count: Int) -> LocalizedText {
        LocalizedText(bg: "! и още " + CountedNoun.finding.phrase(count, in: .bulgarian) + " (раздел Обобщение)",
                      en: "! and " + CountedNoun.finding.phrase(count, in: .english) + " more (Summary tab)")
    }

    /// A digit beyond the criterion's levels: "Критерий 1.2 има 3 нива."
    public static func levels(of criterion: String, _ count: Int) -> LocalizedText {
        LocalizedText(bg: "Критерий \(criterion) има " + CountedNoun.level.phrase(count, in: .bulgarian) + ".",
                      en: "Criterion \(criterion) has " + CountedNoun.level.phrase(count, in: .english) + ".")
    }

    /// In the list's header: "отводи: 2" as "2 отвода".
    public static func recusals(_ count: Int) -> LocalizedText {
        LocalizedText(bg: CountedNoun.recusal.phrase(count, in: .bulgarian), en: CountedNoun.recusal.phrase(count, in: .english))
    }

    /// Above what a sheet still lacks: "Липсват 5 попълвания:".
    public static func missingEntries(_ count: Int) -> LocalizedText {
        LocalizedText(bg: (count == 1 ? "Липсва " : "Липсват ") + CountedNoun.entry.phrase(count, in: .bulgarian) + ":",
                      en: TextLayout.sentence(CountedNoun.entry.phrase(count, in: .english)) + " missing:")
    }
}
