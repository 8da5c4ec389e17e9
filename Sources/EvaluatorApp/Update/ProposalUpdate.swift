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
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            move(command, view: &view, in: state)
            return []
        case .submit:
            return askToSubmit(view, in: &state, now: now)
        case .showDetail:
            state.overlay = .detail(scroll: 0)
            return []
        case .nextUnfinished:
            nextUnfinished(view: &view, in: &state)
            return []
        case .undo:
            return undo(view: view, in: &state)
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
            switch command {
            case .first: view.scroll = 0
            case .last: view.scroll = SummaryTabView.lastScroll(state, view: view)
            default:
                let step = (command == .moveDown || command == .pageDown ? 1 : -1) * (command == .pageDown || command == .pageUp ? 10 : 1)
                view.scroll = min(SummaryTabView.lastScroll(state, view: view), max(0, view.scroll + step))
            }
            return
        }
        guard count > 0 else { return }
        let delta: Int
        switch command {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -5
        case .first: delta = -count
        case .last: delta = count
        default: delta = 5
        }
        if view.tab == .admin {
            view.adminCursor = min(count - 1, max(0, view.adminCursor + delta))
        } else {
            view.qualityCursor = min(count - 1, max(0, view.qualityCursor + delta))
        }
        view.scroll = 0
    }

    /// Moves to the next criterion after the cursor (wrapping round) that still lacks an answer (or the
    /// note of a НЕ), or a level or a justification.
    private static func nextUnfinished(view: inout ProposalViewState, in state: inout AppState) {
        let model = state.model
        let unfinished: [Bool]
        switch view.tab {
        case .admin:
            let sheet = model.adminSheet(view.proposal)
            unfinished = model.procedure.admin.criteria.map { criterion in
                guard let answer = sheet.answers[criterion.id] else { return true }
                return answer.answer == .no && answer.note.trimmingWhitespace().isEmpty
            }
        case .quality:
            let sheet = model.qualitySheet(view.proposal)
            unfinished = (model.procedure.quality?.criteria ?? []).map { criterion in
                guard let score = sheet.scores[criterion.id] else { return true }
                return score.points == nil || score.note.trimmingWhitespace().isEmpty
            }
        case .summary:
            return
        }
        let cursor = view.tab == .admin ? view.adminCursor : view.qualityCursor
        let order = Array(unfinished.indices.dropFirst(cursor + 1)) + Array(unfinished.indices.prefix(cursor + 1))
        guard let next = order.first(where: { unfinished[$0] }) else {
            state.message = StatusMessage(.success, state.text("Всички критерии са попълнени; S — подаване.", "Every criterion is filled in; S submits."))
            return
        }
        if view.tab == .admin { view.adminCursor = next } else { view.qualityCursor = next }
        view.scroll = 0
    }

    /// Puts back the sheet as it was before the last change of an answer, a level or a text.
    private static func undo(view: ProposalViewState, in state: inout AppState) -> [Effect] {
        guard let step = state.undo, step.proposal == view.proposal else {
            state.message = StatusMessage(.info, state.text("Няма промяна за отмяна.", "There is no change to undo."))
            return []
        }
        state.undo = nil
        let undone = StatusMessage(.info, state.text("Последната промяна е отменена.", "The last change was undone."))
        switch step {
        case .admin(let sheet):
            if let refusal = SheetEditRules.lockRefusal(of: SheetEditRules.Sheet(state.model.adminSheet(sheet.proposal))) {
                state.message = StatusMessage(.warning, AdminTabUpdate.readOnlyText(refusal, state))
                return []
            }
            state.model.adminSheets[sheet.proposal] = sheet
            state.message = undone
            return [.saveAdmin(sheet, action: "sheet.undo")]
        case .quality(let sheet):
            if let refusal = SheetEditRules.lockRefusal(of: SheetEditRules.Sheet(state.model.qualitySheet(sheet.proposal))) {
                state.message = StatusMessage(.warning, AdminTabUpdate.readOnlyText(refusal, state))
                return []
            }
            state.model.qualitySheets[sheet.proposal] = sheet
            state.message = undone
            return [.saveQuality(sheet, action: "sheet.undo")]
        }
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

    /// The next criterion of the tab, after a level or a НЕ and its text.
    private static func advance(view: inout ProposalViewState, in state: AppState) {
        switch view.tab {
        case .admin: view.adminCursor = min(state.model.procedure.admin.criteria.count - 1, view.adminCursor + 1)
        case .quality: view.qualityCursor = min(max(0, (state.model.procedure.quality?.criteria.count ?? 1) - 1), view.qualityCursor + 1)
        case .summary: break
        }
    }

    /// Records the answer to the conflict-of-interest question on each of the evaluator's sheets of `proposal`.
    static func declareConflict(_ declared: Bool, reason: String?, proposal: String, in state: inout AppState, now: Timestamp) -> [Effect] {
        let declaration = ConflictDeclaration(declared: declared, at: now, reason: reason)
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
            if editing.advanceOnLeave { advance(view: &view, in: state) }
            return EditorTargets.finish(editing, proposal: view.proposal, in: &state)
        case .refused(let reason):
            state.message = StatusMessage(.warning, state.text(reason))
            return []
        case .moved, .ignored:
            return []
        }
    }
}
