import EvaluationCore

/// The quality criteria: a digit picks a level (1 = the highest as listed), `e` writes the justification.
enum QualityTabUpdate {
    static func handle(_ command: Command, in state: inout AppState) -> [Effect] {
        let model = state.model
        guard let method = model.procedure.quality else { return [] }
        let refusal = model.editRefusal(of: state.view.proposal, stage: .quality)
        if let refusal, case .notAssigned = refusal {
            state.message = StatusMessage(.warning, AdminTabUpdate.readOnlyText(refusal, state))
            return []
        }
        guard model.isAdmitted(state.view.proposal) else {
            state.message = StatusMessage(.warning, ProposalUpdate.notAdmittedText(state))
            return []
        }
        let criteria = method.criteria
        guard criteria.indices.contains(state.view.qualityCursor) else { return [] }
        let criterion = criteria[state.view.qualityCursor]
        var sheet = model.qualitySheet(state.view.proposal)
        if let refusal {
            state.message = StatusMessage(.warning, AdminTabUpdate.readOnlyText(refusal, state))
            return []
        }
        switch command {
        case .pickLevel(let number):
            guard criterion.levels.indices.contains(number - 1) else {
                state.message = StatusMessage(.warning, state.text(CountedMessages.levels(of: criterion.id, criterion.levels.count)))
                return []
            }
            let points = criterion.levels[number - 1].points
            state.undo = .quality(sheet)
            let note = sheet.scores[criterion.id]?.note ?? ""
            sheet.scores[criterion.id] = QualitySheet.Score(points: points, note: note)
            state.view.editing = .init(target: .justification(criterion: criterion.id), editor: TextEditor(text: note), advanceOnLeave: true)
            state.view.scroll = 0
            state.model.setQualitySheet(sheet, of: state.view.proposal)
            if method.zeroesTotal(criterion: criterion.id) && points == .zero {
                state.message = StatusMessage(.warning, state.text(
                    "0 т. по критерий \(criterion.id) прави общата оценка на предложението 0 т.",
                    "0 points on criterion \(criterion.id) make the proposal's total 0."))
            } else {
                state.message = StatusMessage(.info, state.text("Впишете обосновката; Esc — към следващия критерий.",
                                                                "Write the justification; Esc goes on to the next criterion."))
            }
            return [.saveQuality(sheet, action: .sheetScore)]
        case .clearLevel:
            guard let score = sheet.scores[criterion.id], score.points != nil else { return [] }
            state.undo = .quality(sheet)
            if score.note.isEmpty {
                sheet.scores[criterion.id] = nil
            } else {
                sheet.scores[criterion.id] = QualitySheet.Score(points: nil, note: score.note)
            }
            state.model.setQualitySheet(sheet, of: state.view.proposal)
            state.message = StatusMessage(.info, state.text("Нивото по критерий \(criterion.id) е изчистено (u го връща).",
                                                            "The level of criterion \(criterion.id) was cleared (u brings it back)."))
            return [.saveQuality(sheet, action: .sheetScore)]
        case .editNote:
            state.undo = .quality(sheet)
            state.view.editing = .init(target: .justification(criterion: criterion.id),
                                 editor: TextEditor(text: sheet.scores[criterion.id]?.note ?? ""))
            state.view.scroll = 0
            return []
        default:
            return []
        }
    }
}
