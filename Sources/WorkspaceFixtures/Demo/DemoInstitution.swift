import EvaluationCore
import Workspace

/// An applicant or a partner of the demo's register: a fictional institution in a real Bulgarian town.
struct DemoInstitution: Sendable {
    let name: String
    /// The first eight digits of its code; the ninth, the check digit, is computed.
    let eikPrefix: String
    /// The kind as a register writes it: ОУ, СУ, ПГ, ДГ, ЦПЛР, община.
    let type: String

    /// The nine-digit ЕИК/БУЛСТАТ code with its check digit.
    var eik: String {
        EIK.completing(eikPrefix)?.digits ?? eikPrefix
    }

    /// "детска градина", "община", … as the register's kinds name it.
    var kindLabel: String {
        OrganisationKind(text: type)?.label.bulgarian ?? type
    }
}
