/// How eligible proposals are ordered and funded (Docs/architecture.md, "The rules").
public struct RankingPolicy: Sendable, Equatable {
    public var scope: Scope
    /// The order of proposals with equal final scores; the proposal id always decides last.
    public var tieBreak: [TieBreak]
    public var budgetPolicy: BudgetPolicy
    /// Whether what is left of one priority's budget moves to the next priorities, in the order listed.
    public var reallocateUnused: Bool

    public enum Scope: String, Sendable, CaseIterable {
        /// A ranked list per priority, each with its own budget.
        case priority
        /// One ranked list for the whole procedure against the total budget.
        case procedure
    }

    public enum BudgetPolicy: String, Sendable, CaseIterable {
        /// The first proposal that does not fit, and every one after it, is in reserve (ISUN's rule).
        case stopAtFirstThatDoesNotFit
        /// Later proposals that still fit are funded.
        case skipToNextThatFits
    }

    public enum TieBreak: Sendable, Equatable, CustomStringConvertible {
        /// The higher final score first.
        case total
        /// The earlier registration first.
        case registeredAt
        /// The higher mean score in a quality group first.
        case group(String)
        /// The higher mean score on a criterion first.
        case criterion(String)

        public init?(_ text: String) {
            switch text {
            case "total": self = .total
            case "registeredAt": self = .registeredAt
            default:
                if text.hasPrefix("group:"), text.count > 6 {
                    self = .group(String(text.dropFirst(6)))
                } else if text.hasPrefix("criterion:"), text.count > 10 {
                    self = .criterion(String(text.dropFirst(10)))
                } else {
                    return nil
                }
            }
        }

        public var description: String {
            switch self {
            case .total: "total"
            case .registeredAt: "registeredAt"
            case .group(let id): "group:\(id)"
            case .criterion(let id): "criterion:\(id)"
            }
        }
    }

    public init(
        scope: Scope = .priority, tieBreak: [TieBreak] = [.total, .registeredAt],
        budgetPolicy: BudgetPolicy = .stopAtFirstThatDoesNotFit, reallocateUnused: Bool = false
    ) {
        self.scope = scope
        self.tieBreak = tieBreak
        self.budgetPolicy = budgetPolicy
        self.reallocateUnused = reallocateUnused
    }
}
