/// Where the user is, for the purpose of which keys mean what.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    /// The impartiality and confidentiality declaration on an evaluator's first start.
    case declaration
    case proposalList
    /// The conflict-of-interest question on the first opening of a proposal.
    case conflictPrompt
    case adminTab
    case qualityTab
    case summaryTab
    /// A yes/no question, such as "submit this sheet?".
    case confirmation
    /// A notice that can only be closed, such as "the sheet cannot be submitted yet".
    case notice
    /// The reason of a recusal being typed.
    case recusalReason
    /// A criterion shown in full.
    case detail
    case help
    /// The chair's screens.
    case chairProgress
    case chairDecisions
    case chairRanking
    case chairProtocol
    /// The evaluators' sheets of one proposal side by side.
    case chairComparison
    /// A decision being filled in: its parameter and its reason.
    case chairForm
}
