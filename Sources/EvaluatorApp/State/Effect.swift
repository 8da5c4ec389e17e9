import EvaluationCore

/// What the interface asks the program to do after a key: the program saves through the workspace
/// and reports back with an ``AppEvent`` (`EvaluatorEffects` in OcenkaKit).
public enum Effect: Sendable, Equatable {
    case acceptDeclaration
    case saveAdmin(AdminSheet, action: AuditAction)
    case saveQuality(QualitySheet, action: AuditAction)
    case submit(proposal: String, stage: Assignments.Stage)
    /// Read the administrative result of a proposal again (other evaluators may have submitted).
    case refreshAdmission(proposal: String)
    /// Sync the workspace with the others (`ocenka sync`), then read it again.
    case sync
}
