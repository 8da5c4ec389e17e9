import EvaluationCore

/// What happens to the evaluator's interface: the terminal's input, and the results of the effects
/// the program carried out (``AppUpdate/update(_:in:)`` takes both).
public enum AppEvent: Sendable, Equatable {
    case input(TerminalInput)
    /// The declaration was accepted and saved.
    case declared(Declaration)
    /// The sheet as it is on disk: after a save, a submit, or a save that failed.
    case adminSheetRead(AdminSheet)
    case qualitySheetRead(QualitySheet)
    case submitted(Assignments.Stage, proposal: String)
    /// The administrative result of a proposal, read again.
    case admission(ProposalStanding.Admin, proposal: String)
    /// A sync ended; the model is the workspace read again.
    case synced(SyncResult, model: EvaluatorModel)
    /// An effect failed: why, in the interface's language.
    case failed(String)
    /// The interface cannot go on (after a sync it could not take the lock again): why.
    case ended([String])
}
