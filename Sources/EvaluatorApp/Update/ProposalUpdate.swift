import EvaluationCore
import Terminal

/// The keys of an open proposal: tabs, the checklist, the quality criteria, the editor, submitting.
enum ProposalUpdate {
    static func handle(_ key: Key, view: inout ProposalViewState, in state: inout AppState, now: Timestamp) -> [Effect] {
        if view.editing != nil { return edit(key, view: &view, in: &state) }
        let context = AppUpdate.context(of: state)
        guard let command = KeyBindings.command(for: key, in: context) else { return [] }
        state.message = nil
        switch command {
        case .back:
            state.screen = .list
            return []
        case .nextTab, .previousTab:
            let all = ProposalViewState.Tab.allCases
            let step = command == .nextTab ? 1 : all.count - 1
            view.tab = all[(view.tab.rawValue + step) % all.count]
            view.scroll = 0
            return []
        case .help:
            state.overlay = .help(context)
            return []
        case .moveUp, .moveDown, .pageUp, .pageDown:
            move(command, view: &view, in: state)
            return []
        case .submit:
            return askToSubmit(view, in: &state, now: now)
        default:
            break
        }
        switch view.tab {
        case .admin: return AdminTabUpdate.handle(command, view: &view, in: &state, now: now)
        case .quality: return QualityTabUpdate.handle(command, view: &view, in: &state)
        case .summary: return []
        }
    }

    private static func move(_ command: Command, view: inout ProposalViewState, in state: AppState) {
        let count: Int
        switch view.tab {
        case .admin: count = state.model.procedure.admin.criteria.count
        case .quality: count = state.model.procedure.quality?.criteria.count ?? 0
        case .summary:
            view.scroll = max(0, view.scroll + (command == .moveDown || command == .pageDown ? 1 : -1) * (command == .pageDown || command == .pageUp ? 10 : 1))
            return
        }
        guard count > 0 else { return }
        let delta: Int
        switch command {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -5
        default: delta = 5
        }
        if view.tab == .admin {
            view.adminCursor = min(count - 1, max(0, view.adminCursor + delta))
        } else {
            view.qualityCursor = min(count - 1, max(0, view.qualityCursor + delta))
        }
        view.scroll = 0
    }

    /// The sheet `S` submits on the summary tab: quality when it can be scored, else the checklist.
    static func submitStage(_ view: ProposalViewState, in model: EvaluatorModel) -> Assignments.Stage? {
        switch view.tab {
        case .admin: return model.assignedAdmin.contains(view.proposal) ? .admin : nil
        case .quality: return model.assignedQuality.contains(view.proposal) ? .quality : nil
        case .summary:
            if model.assignedQuality.contains(view.proposal), model.isAdmitted(view.proposal),
               model.qualitySheets[view.proposal]?.status != .submitted { return .quality }
            return model.assignedAdmin.contains(view.proposal) ? .admin : nil
        }
    }

    private static func askToSubmit(_ view: ProposalViewState, in state: inout AppState, now: Timestamp) -> [Effect] {
        let model = state.model
        guard let stage = submitStage(view, in: model) else {
            state.message = StatusMessage(.warning, state.text("Нямате лист за подаване в този раздел.", "You have no sheet to submit on this tab."))
            return []
        }
        let missing: [MissingItem]
        switch stage {
        case .admin:
            missing = SubmissionCheck.missing(model.adminSheet(view.proposal), checklist: model.procedure.admin, today: now.localDate)
        case .quality:
            guard let method = model.procedure.quality, model.isAdmitted(view.proposal) else {
                state.message = StatusMessage(.warning, notAdmittedText(state))
                return []
            }
            missing = SubmissionCheck.missing(model.qualitySheet(view.proposal), method: method)
        }
        state.overlay = .submit(proposal: view.proposal, stage: stage, missing: missing)
        return []
    }

    static func notAdmittedText(_ state: AppState) -> String {
        state.text("Оценката на качеството започва, след като предложението бъде допуснато.",
                   "The quality assessment opens once the proposal is admitted.")
    }

    /// Records the answer to the conflict-of-interest question on each of the evaluator's sheets of `proposal`.
    static func declareConflict(_ declared: Bool, proposal: String, in state: inout AppState, now: Timestamp) -> [Effect] {
        let declaration = ConflictDeclaration(declared: declared, at: now)
        let action = declared ? "sheet.recuse" : "sheet.noConflict"
        var effects: [Effect] = []
        if state.model.assignedAdmin.contains(proposal), state.model.adminSheets[proposal]?.conflict == nil {
            var sheet = state.model.adminSheet(proposal)
            sheet.conflict = declaration
            state.model.adminSheets[proposal] = sheet
            effects.append(.saveAdmin(sheet, action: action))
        }
        if state.model.assignedQuality.contains(proposal), state.model.qualitySheets[proposal]?.conflict == nil {
            var sheet = state.model.qualitySheet(proposal)
            sheet.conflict = declaration
            state.model.qualitySheets[proposal] = sheet
            effects.append(.saveQuality(sheet, action: action))
        }
        state.message = declared
            ? StatusMessage(.warning, state.text("Отводът по \(proposal) е записан.", "Your recusal from \(proposal) is recorded."))
            : StatusMessage(.info, state.text("Записано: нямате конфликт на интереси с кандидата.", "Recorded: you have no conflict of interest."))
        return effects
    }

    /// A key in the text editor: every change saved at once; Esc leaves.
    private static func edit(_ key: Key, view: inout ProposalViewState, in state: inout AppState) -> [Effect] {
        guard var editing = view.editing else { return [] }
        let outcome = editing.editor.handle(key, width: AppUpdate.editorWidth(state.size))
        view.editing = editing
        switch outcome {
        case .changed:
            state.message = nil
            return EditorTargets.store(editing, proposal: view.proposal, in: &state)
        case .leave:
            view.editing = nil
            return EditorTargets.finish(editing, proposal: view.proposal, in: &state)
        case .refused(let reason):
            state.message = StatusMessage(.warning, state.text(reason))
            return []
        case .moved, .ignored:
            return []
        }
    }
}
