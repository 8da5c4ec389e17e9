/// A call for proposals: its priorities and budgets, its administrative checklist, its quality
/// methodology and the rules of reconciliation and ranking. Data, never code (Docs/procedure-format.md).
public struct Procedure: Sendable, Equatable {
    public var format: Int
    public var id: String
    public var title: String
    public var authority: String
    /// The seed document the procedure was taken from.
    public var source: String?
    public var currency: String
    public var secondaryCurrency: SecondaryCurrency?
    public var submissionDeadline: Timestamp?
    /// Decisions made where the source document is silent, with their citations.
    public var notes: [String]
    /// The priorities as the procedure lists them; one implicit priority when the file has none.
    public var priorities: [Priority]
    /// Whether `priorities` came from the file (false: the one implicit priority).
    public var hasExplicitPriorities: Bool
    public var admin: AdminChecklist
    /// Absent for a pass/fail procedure.
    public var quality: QualityMethod?
    public var reconciliation: ReconciliationPolicy?
    public var ranking: RankingPolicy?
    /// A pass/fail procedure that grants the money to every proposal meeting all its criteria
    /// (seed 003's direct provision) rather than ending in the list of admitted proposals.
    public var directProvision: Bool = false
    /// Checks on the register's columns (seed 003's population caps and one-per rules).
    public var registerRules: [RegisterRule] = []
    /// What the procedure calls its budget units: priorities, or components (seed 002, 002_60dcf141085ee52b.txt:307–311).
    public var priorityTerm: PriorityTerm = .priority
    /// Checks on the register's columns that give findings (any procedure; `registerChecks`).
    public var registerChecks: [RegisterCheck] = []

    public init(
        format: Int = 1, id: String, title: String, authority: String, source: String? = nil,
        currency: String = "BGN", secondaryCurrency: SecondaryCurrency? = nil, submissionDeadline: Timestamp? = nil,
        notes: [String] = [], priorities: [Priority], hasExplicitPriorities: Bool = true, admin: AdminChecklist,
        quality: QualityMethod? = nil, reconciliation: ReconciliationPolicy? = nil, ranking: RankingPolicy? = nil
    ) {
        self.format = format
        self.id = id
        self.title = title
        self.authority = authority
        self.source = source
        self.currency = currency
        self.secondaryCurrency = secondaryCurrency
        self.submissionDeadline = submissionDeadline
        self.notes = notes
        self.priorities = priorities
        self.hasExplicitPriorities = hasExplicitPriorities
        self.admin = admin
        self.quality = quality
        self.reconciliation = reconciliation
        self.ranking = ranking
    }

    /// The id of the implicit priority of a procedure that lists none.
    public static let implicitPriorityID = "0"

    /// Whether proposals are scored and ranked, or only checked pass/fail.
    public var isPassFail: Bool { quality == nil }

    /// Whether the procedure can run: no quality group is still to be entered.
    public var isComplete: Bool { quality?.isComplete ?? true }

    public func priority(withID id: String) -> Priority? {
        priorities.first { $0.id == id }
    }

    /// The total of the priorities' budgets, when every priority has one.
    public var totalBudget: Money? {
        var total = Money.zero
        for priority in priorities {
            guard let budget = priority.budget else { return nil }
            total += budget
        }
        return total
    }
}

/// A second currency in which amounts are also shown, with the fixed rate of the first to it.
public struct SecondaryCurrency: Sendable, Equatable {
    public var code: String
    /// How many units of the procedure's currency make one unit of this one (1.95583 BGN = 1 EUR).
    public var rate: ScaledDecimal

    public init(code: String, rate: ScaledDecimal) {
        self.code = code
        self.rate = rate
    }

    /// `amount` of the procedure's currency in this one: divided by the rate with all its decimals and
    /// rounded to the minor unit, half up at the third decimal (the euro law's rule for BGN → EUR;
    /// negative amounts symmetrically). Exact: the product is taken in 128 bits; an amount whose
    /// result does not fit in 64 bits (above 92 233 720 368 547 758,07) saturates.
    public func convert(_ amount: Money) -> Money {
        let cents = DecimalText.multiplyDivideRoundingHalfAwayFromZero(amount.minorUnits, by: rate.unit, dividingBy: rate.scaled)
        return Money(minorUnits: cents ?? (amount.minorUnits < 0 ? Int64.min + 1 : Int64.max))
    }

    /// `amount` of this currency in the procedure's: multiplied by the rate, rounded the same way.
    public func convertBack(_ amount: Money) -> Money {
        let units = DecimalText.multiplyDivideRoundingHalfAwayFromZero(amount.minorUnits, by: rate.scaled, dividingBy: rate.unit)
        return Money(minorUnits: units ?? (amount.minorUnits < 0 ? Int64.min + 1 : Int64.max))
    }
}

/// A priority (axis) of the procedure with its own budget.
public struct Priority: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var budget: Money?
    public var maxPerProject: Money?
    public var minPerProject: Money?
    /// The eligible activities and sub-activities, by their numbers in the guidelines.
    public var activities: [String]
    public var mandatoryActivities: [String]
    /// At least this many of `activities` must be in a proposal, where the guidelines say so.
    public var minimumActivities: Int?
    public var source: String?

    public init(
        id: String, title: String, budget: Money? = nil, maxPerProject: Money? = nil, minPerProject: Money? = nil,
        activities: [String] = [], mandatoryActivities: [String] = [], minimumActivities: Int? = nil, source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.budget = budget
        self.maxPerProject = maxPerProject
        self.minPerProject = minPerProject
        self.activities = activities
        self.mandatoryActivities = mandatoryActivities
        self.minimumActivities = minimumActivities
        self.source = source
    }
}
