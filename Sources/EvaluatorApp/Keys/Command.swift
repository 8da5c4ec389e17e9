import EvaluationCore

/// What the user asked for, independent of the key that asked: the interface's update function
/// works on commands, and the key bar and the help screen are drawn from the bindings.
public enum Command: Hashable, Sendable {
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    /// Home / g: the first line or item.
    case first
    /// End / G: the last line or item.
    case last
    /// The criterion under the cursor in full.
    case showDetail
    /// The next criterion still without an answer, a level or a justification.
    case nextUnfinished
    /// Takes back the last change of the draft sheet.
    case undo
    /// Clears the level chosen on a criterion.
    case clearLevel
    case open
    case back
    case quit
    case nextTab
    case previousTab
    case answer(AdminSheet.AnswerValue)
    /// Digit N picks the N-th level as listed (1 = the highest).
    case pickLevel(Int)
    case editNote
    case requestRemedy
    /// The dates of the remedy notice (sent, received) and of the reply.
    case editRemedyDates
    case submit
    case search
    case help
    case accept
    case confirm
    case cancel
    case recuse
    case cyclePriorityFilter
    case cycleStatusFilter
    /// The chair's actions on the selected proposal.
    case assignEvaluator
    case consensusScore
    case decideAdmission
    case returnSheet
    case budgetCorrection
    case reorder
    case exportProtocol
    /// Send one's own changes and receive the others' (`ocenka sync`).
    case sync
    case previousPriority
    case nextPriority
    /// The evaluators' sheets of the selected proposal side by side.
    case compareSheets
    case previousCriterion
    case nextCriterion
    /// Shows every proposal, or only those that need a decision.
    case toggleAll
}
