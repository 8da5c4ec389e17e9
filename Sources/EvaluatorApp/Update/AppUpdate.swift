import EvaluationCore
import Terminal

/// The interface's update function: a key (or the result of an effect) and the state give a new
/// state and the effects to carry out. Pure: no terminal, no files.
public enum AppUpdate {
    /// The width of the text editor for a screen of `size` (the view draws it with the same margins).
    public static func editorWidth(_ size: ScreenSize) -> Int {
        max(10, size.columns - 4)
    }

    /// Handles one key; `now` stamps what it records (a conflict answer, a remedy request).
    public static func handle(_ key: Key, in state: inout AppState, now: Timestamp) -> [Effect] {
        if key == .resize { return [] }
        if key == .control("c") {
            state.isFinished = true
            return []
        }
        if let overlay = state.overlay {
            return handleOverlay(overlay, key: key, in: &state, now: now)
        }
        switch state.screen {
        case .declaration:
            return handleDeclaration(key, in: &state)
        case .list:
            return ListUpdate.handle(key, in: &state)
        case .proposal(var view):
            let effects = ProposalUpdate.handle(key, view: &view, in: &state, now: now)
            if case .proposal = state.screen { state.screen = .proposal(view) }
            return effects
        }
    }

    /// The context whose keys apply now (for the bar and the help).
    public static func context(of state: AppState) -> KeyContext {
        switch state.overlay {
        case .help?: return .help
        case .conflict?: return .conflictPrompt
        case .submit?: return .confirmation
        case nil: break
        }
        switch state.screen {
        case .declaration: return .declaration
        case .list: return .proposalList
        case .proposal(let view):
            switch view.tab {
            case .admin: return .adminTab
            case .quality: return .qualityTab
            case .summary: return .summaryTab
            }
        }
    }

    private static func handleDeclaration(_ key: Key, in state: inout AppState) -> [Effect] {
        switch KeyBindings.command(for: key, in: .declaration) {
        case .accept?: return [.acceptDeclaration]
        case .quit?: state.isFinished = true
        default: break
        }
        return []
    }

    private static func handleOverlay(_ overlay: Overlay, key: Key, in state: inout AppState, now: Timestamp) -> [Effect] {
        switch overlay {
        case .help:
            if KeyBindings.command(for: key, in: .help) == .back { state.overlay = nil }
            return []
        case .conflict(let proposal):
            switch KeyBindings.command(for: key, in: .conflictPrompt) {
            case .accept?:
                state.overlay = nil
                return ProposalUpdate.declareConflict(false, proposal: proposal, in: &state, now: now)
            case .recuse?:
                state.overlay = nil
                state.screen = .list
                return ProposalUpdate.declareConflict(true, proposal: proposal, in: &state, now: now)
            case .back?:
                state.overlay = nil
                state.screen = .list
            default:
                break
            }
            return []
        case .submit(let proposal, let stage, let missing):
            switch KeyBindings.command(for: key, in: .confirmation) {
            case .confirm? where missing.isEmpty:
                state.overlay = nil
                return [.submit(proposal: proposal, stage: stage)]
            case .cancel?:
                state.overlay = nil
            case .confirm?:
                break
            default:
                if key == .enter && !missing.isEmpty { state.overlay = nil }
            }
            return []
        }
    }

    // MARK: Results of effects

    public static func declared(_ declaration: Declaration, in state: inout AppState) {
        state.model.declaration = declaration
        if state.screen == .declaration { state.screen = .list }
        state.message = StatusMessage(.success, state.text("Декларацията е приета.", "The declaration is accepted."))
    }

    public static func saved(_ sheet: AdminSheet, in state: inout AppState) {
        state.model.adminSheets[sheet.proposal] = sheet
    }

    public static func saved(_ sheet: QualitySheet, in state: inout AppState) {
        state.model.qualitySheets[sheet.proposal] = sheet
    }

    public static func submitted(_ stage: Assignments.Stage, proposal: String, in state: inout AppState) {
        state.message = StatusMessage(.success, state.text(
            stage == .admin ? "Административният лист на \(proposal) е подаден." : "Листът за качество на \(proposal) е подаден.",
            stage == .admin ? "The administrative sheet of \(proposal) is submitted." : "The quality sheet of \(proposal) is submitted."))
    }

    public static func admission(_ admin: ProposalStanding.Admin, of proposal: String, in state: inout AppState) {
        state.model.admission[proposal] = admin
    }

    /// A save that failed: the message is shown; the caller has put the sheet on disk back in the model.
    public static func failed(_ message: String, in state: inout AppState) {
        state.message = StatusMessage(.error, message)
    }
}
