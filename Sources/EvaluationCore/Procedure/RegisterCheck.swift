/// A check the procedure declares on the register's columns whose result is a finding: shown to the
/// evaluators (the proposal's findings) and in the protocol, never deciding by itself — the
/// evaluator answers the checklist, the committee decides (`registerChecks` in the procedure file).
public enum RegisterCheck: Sendable, Equatable {
    /// The applicant's `type` must be one of these (001: the eligible applicants).
    case applicantTypes([String], source: String?)
    /// Each partner's `type` must be one of these.
    case partnerTypes([String], source: String?)
    /// `durationMonths` between the two, both inclusive (001 line 113: 7–9 months).
    case durationMonths(minimum: Int, maximum: Int, source: String?)
    /// The budget line at most `maxPercent` of the project's value, the amount requested (001 line 421: 15 %).
    case budgetLineShare(line: String, maxPercent: ScaledDecimal, source: String?)
    /// The budget line at most `maximum` (001 line 415: publicity up to 500 лв.).
    case budgetLineCap(line: String, maximum: Money, source: String?)

    public var kind: String {
        switch self {
        case .applicantTypes: "applicantTypes"
        case .partnerTypes: "partnerTypes"
        case .durationMonths: "durationMonths"
        case .budgetLineShare: "budgetLineShare"
        case .budgetLineCap: "budgetLineCap"
        }
    }

    public var source: String? {
        switch self {
        case .applicantTypes(_, let source), .partnerTypes(_, let source), .durationMonths(_, _, let source),
             .budgetLineShare(_, _, let source), .budgetLineCap(_, _, let source):
            source
        }
    }

    public static let kinds = ["applicantTypes", "partnerTypes", "durationMonths", "budgetLineShare", "budgetLineCap"]
}
