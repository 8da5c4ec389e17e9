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
    case help
    /// The chair's screens.
    case chairProgress
    case chairDecisions
    case chairRanking
    case chairProtocol
    /// A decision being filled in: its parameter and its reason.
    case chairForm
}
