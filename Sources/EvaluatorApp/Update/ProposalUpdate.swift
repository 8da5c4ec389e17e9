import EvaluationCore
import Terminal

/// The keys of an open proposal: tabs, the checklist, the quality criteria, the editor, submitting.
enum ProposalUpdate {
    static func handle(_ key: Key, in state: inout AppState, now: Timestamp) -> [Effect] {
        if state.view.editing != nil { return edit(key, in: &state) }
        let context = AppUpdate.context(of: state)
        guard let command = KeyBindings.command(for: key, in: context) else { return [] }
        state.message = nil
        switch command {
        case .back:
            state.openProposal = nil
            return []
        case .nextTab, .previousTab:
            let all = ProposalViewState.Tab.allCases
            let step = command == .nextTab ? 1 : all.count - 1
            state.view.tab = all[(state.view.tab.rawValue + step) % all.count]
            state.view.scroll = 0
            return []
        case .help:
            state.overlay = .help(context)
            return []
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            move(command, in: &state)
            return []
        case .submit:
            return askToSubmit(in: &state, now: now)
        case .showDetail:
            state.overlay = .detail(scroll: 0)
            return []
        case .nextUnfinished:
            nextUnfinished(in: &state)
            return []
        case .undo:
            return undo(in: &state)
        default:
            break
        }
        switch state.view.tab {
        case .admin: return AdminTabUpdate.handle(command, in: &state, now: now)
        case .quality: return QualityTabUpdate.handle(command, in: &state)
        case .summary: return []
        }
    }

    private static func move(_ command: Command, in state: inout AppState) {
        let count: Int
        switch state.view.tab {
        case .admin: count = state.model.procedure.admin.criteria.count
        case .quality: count = state.model.procedure.quality?.criteria.count ?? 0
        case .summary:
            switch command {
            case .first: state.view.scroll = 0
            case .last: state.view.scroll = SummaryTabView.lastScroll(state, view: state.view)
            default:
                let step = (command == .moveDown || command == .pageDown ? 1 : -1) * (command == .pageDown || command == .pageUp ? 10 : 1)
                state.view.scroll = min(SummaryTabView.lastScroll(state, view: state.view), max(0, state.view.scroll + step))
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
        if state.view.tab == .admin {
            state.view.adminCursor = min(count - 1, max(0, state.view.adminCursor + delta))
        } else {
            state.view.qualityCursor = min(count - 1, max(0, state.view.qualityCursor + delta))
        }
        state.view.scroll = 0
    }

    /// Moves to the next criterion after the cursor (wrapping round) that still lacks an answer (or the
    /// note of a НЕ), or a level or a justification.
    private static func nextUnfinished(in state: inout AppState) {
        let model = state.model
        let unfinished: [Bool]
        switch state.view.tab {
        case .admin:
            let sheet = model.adminSheet(state.view.proposal)
            unfinished = model.procedure.admin.criteria.map { criterion in
                guard let answer = sheet.answers[criterion.id] else { return true }
                return answer.answer == .no && answer.note.trimmingWhitespace().isEmpty
            }
        case .quality:
            let sheet = model.qualitySheet(state.view.proposal)
            unfinished = (model.procedure.quality?.criteria ?? []).map { criterion in
                guard let score = sheet.scores[criterion.id] else { return true }
                return score.points == nil || score.note.trimmingWhitespace().isEmpty
            }
        case .summary:
            return
        }
        let cursor = state.view.tab == .admin ? state.view.adminCursor : state.view.qualityCursor
        let order = Array(unfinished.indices.dropFirst(cursor + 1)) + Array(unfinished.indices.prefix(cursor + 1))
        guard let next = order.first(where: { unfinished[$0] }) else {
            state.message = StatusMessage(.success, state.text("Всички критерии са попълнени; S — подаване.", "Every criterion is filled in; S submits."))
            return
        }
        if state.view.tab == .admin { state.view.adminCursor = next } else { state.view.qualityCursor = next }
        state.view.scroll = 0
    }

    /// Puts back the sheet as it was before the last change of an answer, a level or a text.
    private static func undo(in state: inout AppState) -> [Effect] {
        guard let step = state.undo, step.proposal == state.view.proposal else {
            state.message = StatusMessage(.info, state.text("Няма промяна за отмяна.", "There is no change to undo."))
            return []
        }
        state.undo = nil
        let undone = StatusMessage(.info, state.text("Последната промяна е отменена.", "The last change was undone."))
        let current: SheetEditRules.Sheet
        let save: Effect
        switch step {
        case .admin(let sheet):
            current = SheetEditRules.Sheet(state.model.adminSheet(sheet.proposal))
            save = .saveAdmin(sheet, action: .sheetUndo)
        case .quality(let sheet):
            current = SheetEditRules.Sheet(state.model.qualitySheet(sheet.proposal))
            save = .saveQuality(sheet, action: .sheetUndo)
        }
        if let refusal = SheetEditRules.lockRefusal(of: current) {
            state.message = StatusMessage(.warning, AdminTabUpdate.readOnlyText(refusal, state))
            return []
        }
        switch step {
        case .admin(let sheet): state.model.setAdminSheet(sheet, of: sheet.proposal)
        case .quality(let sheet): state.model.setQualitySheet(sheet, of: sheet.proposal)
        }
        state.message = undone
        return [save]
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

    private static func askToSubmit(in state: inout AppState, now: Timestamp) -> [Effect] {
        let model = state.model
        let view = state.view
        guard let stage = submitStage(view, in: model) else {
            state.message = StatusMessage(.warning, state.text("Нямате лист за подаване в този раздел.", "You have no sheet to submit on this tab."))
            return []
        }
        let missing: [MissingItem]
        switch stage {
        case .admin:
            missing = SubmissionCheck.missing(model.adminSheet(state.view.proposal), checklist: model.procedure.admin, today: now.localDate)
        case .quality:
            guard let method = model.procedure.quality, model.isAdmitted(state.view.proposal) else {
                state.message = StatusMessage(.warning, notAdmittedText(state))
                return []
            }
            missing = SubmissionCheck.missing(model.qualitySheet(state.view.proposal), method: method)
        }
        state.overlay = .submit(proposal: state.view.proposal, stage: stage, missing: missing)
        return []
    }

    static func notAdmittedText(_ state: AppState) -> String {
        state.text("Оценката на качеството започва, след като предложението бъде допуснато.",
                   "The quality assessment opens once the proposal is admitted.")
    }

    /// The next criterion of the tab, after a level or a НЕ and its text.
    private static func advance(in state: inout AppState) {
        switch state.view.tab {
        case .admin: state.view.adminCursor = min(state.model.procedure.admin.criteria.count - 1, state.view.adminCursor + 1)
        case .quality: state.view.qualityCursor = min(max(0, (state.model.procedure.quality?.criteria.count ?? 1) - 1), state.view.qualityCursor + 1)
        case .summary: break
        }
    }

    /// Records the answer to the conflict-of-interest question on each of the evaluator's sheets of `proposal`.
    static func declareConflict(_ declared: Bool, reason: String?, proposal: String, in state: inout AppState, now: Timestamp) -> [Effect] {
        let declaration = ConflictDeclaration(declared: declared, at: now, reason: reason)
        let action: AuditAction = declared ? .sheetRecuse : .sheetNoConflict
        var effects: [Effect] = []
        if state.model.assignedAdmin.contains(proposal), state.model.adminSheets[proposal]?.conflict == nil {
            var sheet = state.model.adminSheet(proposal)
            sheet.conflict = declaration
            state.model.setAdminSheet(sheet, of: proposal)
            effects.append(.saveAdmin(sheet, action: action))
        }
        if state.model.assignedQuality.contains(proposal), state.model.qualitySheets[proposal]?.conflict == nil {
            var sheet = state.model.qualitySheet(proposal)
            sheet.conflict = declaration
            state.model.setQualitySheet(sheet, of: proposal)
            effects.append(.saveQuality(sheet, action: action))
        }
        state.message = declared
            ? StatusMessage(.warning, state.text("Отводът по \(proposal) е записан.", "Your recusal from \(proposal) is recorded."))
            : StatusMessage(.info, state.text("Записано: нямате конфликт на интереси с кандидата.", "Recorded: you have no conflict of interest."))
        return effects
    }

    /// A key in the text editor: every change saved at once; Esc leaves.
    private static func edit(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var editing = state.view.editing else { return [] }
        let outcome = editing.editor.handle(key, width: AppUpdate.editorWidth(state.size))
        state.view.editing = editing
        switch outcome {
        case .changed:
            state.message = nil
            return EditorTargets.store(editing, proposal: state.view.proposal, in: &state)
        case .leave:
            state.view.editing = nil
            if editing.advanceOnLeave { advance(in: &state) }
            return EditorTargets.finish(editing, proposal: state.view.proposal, in: &state)
        case .refused(let reason):
            state.message = StatusMessage(.warning, state.text(reason))
            return []
        case .moved, .ignored:
            return []
        }
    }
}
