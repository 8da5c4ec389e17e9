import EvaluationCore

/// What happens to the chair's screens: the terminal's input, and the results of the effects the
/// program carried out (``ChairUpdate/update(_:in:)`` takes both).
public enum ChairEvent: Sendable, Equatable {
    case input(TerminalInput)
    /// The workspace read again after another process changed it.
    case refreshed(ChairModel)
    /// A decision recorded, and the workspace read again after it.
    case decided(Decision, model: ChairModel)
    /// A proposal's quality sheets as their files hold them, by evaluator (`readJustifications`).
    case justificationsRead(proposal: String, sheets: [String: QualitySheet])
    /// The protocol's text for the preview.
    case protocolRead([String])
    /// The protocol exported to `path` (relative to the workspace), with its text.
    case protocolExported(path: String, text: [String])
    /// A sync ended; the model is the workspace read again.
    case synced(SyncResult, model: ChairModel)
    /// The standing with the others after a sync, whether it succeeded or not.
    case syncStatus(SyncStatus?)
    /// An effect failed: why, in the interface's language.
    case failed(String)
}
