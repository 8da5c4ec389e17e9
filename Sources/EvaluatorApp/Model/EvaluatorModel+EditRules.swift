import EvaluationCore

extension EvaluatorModel {
    /// Why the evaluator may not change their sheet of `proposal` at `stage` now (declaration first,
    /// assigned, editable status, not recused: `SheetEditRules.editRefusal`, which the desk applies
    /// again before it saves), or `nil` when they may.
    public func editRefusal(of proposal: String, stage: Assignments.Stage) -> SheetEditRules.Refusal? {
        let current = stage == .admin ? adminSheets[proposal].map(SheetEditRules.Sheet.init) : qualitySheets[proposal].map(SheetEditRules.Sheet.init)
        let context = SheetEditRules.Context(evaluator: evaluator.id, proposal: proposal, stage: stage, declarationAccepted: declaration != nil,
                                             assigned: (stage == .admin ? assignedAdmin : assignedQuality).contains(proposal),
                                             procedureHasQuality: procedure.quality != nil)
        return SheetEditRules.editRefusal(of: current, in: context)
    }
}
