import EvaluationCore

/// The quality criteria: a digit picks a level (1 = the highest as listed), `e` writes the justification.
enum QualityTabUpdate {
    static func handle(_ command: Command, view: inout ProposalViewState, in state: inout AppState) -> [Effect] {
        let model = state.model
        guard let method = model.procedure.quality else { return [] }
        guard model.assignedQuality.contains(view.proposal) else {
            state.message = StatusMessage(.warning, state.text("Не сте определени за оценка на качеството на това предложение.",
                                                               "You are not assigned to the quality assessment of this proposal."))
            return []
        }
        guard model.isAdmitted(view.proposal) else {
            state.message = StatusMessage(.warning, ProposalUpdate.notAdmittedText(state))
            return []
        }
        let criteria = method.criteria
        guard criteria.indices.contains(view.qualityCursor) else { return [] }
        let criterion = criteria[view.qualityCursor]
        var sheet = model.qualitySheet(view.proposal)
        if let refusal = SheetEditRules.lockRefusal(of: SheetEditRules.Sheet(sheet)) {
            state.message = StatusMessage(.warning, AdminTabUpdate.readOnlyText(refusal, state))
            return []
        }
        switch command {
        case .pickLevel(let number):
            guard criterion.levels.indices.contains(number - 1) else {
                state.message = StatusMessage(.warning, state.text("Критерий \(criterion.id) има \(criterion.levels.count) нива.",
                                                                   "Criterion \(criterion.id) has \(criterion.levels.count) levels."))
                return []
            }
            let points = criterion.levels[number - 1].points
            sheet.scores[criterion.id] = QualitySheet.Score(points: points, note: sheet.scores[criterion.id]?.note ?? "")
            state.model.qualitySheets[view.proposal] = sheet
            let zeroes = method.rules.contains { rule in
                if case .zeroTotalIfCriterionZero(let id, _) = rule { return id == criterion.id }
                return false
            }
            if zeroes && points == .zero {
                state.message = StatusMessage(.warning, state.text(
                    "0 т. по критерий \(criterion.id) прави общата оценка на предложението 0 т.",
                    "0 points on criterion \(criterion.id) make the proposal's total 0."))
            } else if (sheet.scores[criterion.id]?.note ?? "").trimmingWhitespace().isEmpty {
                state.message = StatusMessage(.info, state.text("Натиснете e, за да впишете обосновката.", "Press e to write the justification."))
            }
            return [.saveQuality(sheet, action: "sheet.score")]
        case .editNote:
            view.editing = .init(target: .justification(criterion: criterion.id),
                                 editor: TextEditor(text: sheet.scores[criterion.id]?.note ?? ""))
            view.scroll = 0
            return []
        default:
            return []
        }
    }
}
