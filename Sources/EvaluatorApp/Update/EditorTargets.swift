import EvaluationCore

/// Where the editor's text goes: a note, a justification, a remedy request or reply — saved at every change.
enum EditorTargets {
    static func store(_ editing: ProposalViewState.Editing, proposal: String, in state: inout AppState) -> [Effect] {
        let text = editing.editor.text
        switch editing.target {
        case .adminNote(let criterion):
            var sheet = state.model.adminSheet(proposal)
            guard let answer = sheet.answers[criterion] else {
                state.pendingNotes[PendingNote(proposal: proposal, criterion: criterion)] = text
                return []
            }
            sheet.answers[criterion] = AdminSheet.Answer(answer.answer, note: text)
            state.model.setAdminSheet(sheet, of: proposal)
            return [.saveAdmin(sheet, action: .sheetNote)]
        case .justification(let criterion):
            var sheet = state.model.qualitySheet(proposal)
            sheet.scores[criterion] = QualitySheet.Score(points: sheet.scores[criterion]?.points, note: text)
            state.model.setQualitySheet(sheet, of: proposal)
            return [.saveQuality(sheet, action: .sheetJustification)]
        case .remedyRequest(let criterion):
            var sheet = state.model.adminSheet(proposal)
            guard let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion }) else { return [] }
            sheet.remedy[index].request = text
            state.model.setAdminSheet(sheet, of: proposal)
            return [.saveAdmin(sheet, action: .remedyRequest)]
        case .remedyReply(let criterion):
            var sheet = state.model.adminSheet(proposal)
            guard let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion }), sheet.remedy[index].reply != nil else { return [] }
            sheet.remedy[index].reply?.text = text
            state.model.setAdminSheet(sheet, of: proposal)
            return [.saveAdmin(sheet, action: .remedyReply)]
        case .remedyDates(let criterion):
            var sheet = state.model.adminSheet(proposal)
            guard let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion }) else { return [] }
            switch RemedyDates.apply(text, to: sheet.remedy[index], checklist: state.model.procedure.admin) {
            case .failure(let problem):
                state.message = StatusMessage(.warning, state.text(problem.text))
                return []
            case .success(let request):
                guard request != sheet.remedy[index] else { return [] }
                sheet.remedy[index] = request
                state.model.setAdminSheet(sheet, of: proposal)
                state.message = StatusMessage(.info, state.text("Срок до \(request.dueDate.bulgarianText) (от получаването на \(request.receiptDate.bulgarianText)).",
                                                                "Due \(request.dueDate.isoText) (from the receipt on \(request.receiptDate.isoText))."))
                return [.saveAdmin(sheet, action: .remedyDates)]
            }
        }
    }

    /// On leaving the editor: a remedy request or reply left empty is taken back.
    static func finish(_ editing: ProposalViewState.Editing, proposal: String, in state: inout AppState) -> [Effect] {
        guard editing.editor.text.trimmingWhitespace().isEmpty else { return [] }
        var sheet = state.model.adminSheet(proposal)
        switch editing.target {
        case .remedyRequest(let criterion):
            guard let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion }) else { return [] }
            sheet.remedy.remove(at: index)
            state.message = StatusMessage(.info, state.text("Празното искане за отстраняване е оттеглено.", "The empty remedy request was withdrawn."))
        case .remedyReply(let criterion):
            guard let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion }) else { return [] }
            sheet.remedy[index].reply = nil
            state.message = StatusMessage(.info, state.text("Празният отговор не е вписан.", "The empty reply was not recorded."))
        case .adminNote, .justification, .remedyDates:
            return []
        }
        state.model.setAdminSheet(sheet, of: proposal)
        return [.saveAdmin(sheet, action: .remedyWithdrawn)]
    }
}
