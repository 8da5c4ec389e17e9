/// The points of one quality sheet: per group, the plain sum, and the total after the methodology's
/// rules (Docs/architecture.md, "The rules").
public struct SheetTotals: Sendable, Equatable {
    /// Group id → the sum of its chosen levels, as scored (before any rule).
    public let groups: [String: Points]
    /// The sum of every chosen level.
    public let sum: Points
    /// The sheet's total: `sum`, or 0 when a zero rule applies.
    public let total: Points
    /// The criteria whose 0 made the total 0 (`zeroTotalIfCriterionZero`).
    public let zeroedBy: [String]
    /// How many criteria have a valid level chosen, of how many.
    public let scoredCount: Int
    public let criterionCount: Int

    public var isComplete: Bool { scoredCount == criterionCount }

    /// Sums the levels chosen on `sheet` under `method`. Points that are not one of the criterion's
    /// levels, and criteria the methodology does not have, count for nothing.
    public init(sheet: QualitySheet, method: QualityMethod) {
        var groups: [String: Points] = Dictionary(minimumCapacity: method.groups.count)
        var sum = Points.zero
        var scored = 0
        var criterionCount = 0
        for group in method.groups {
            var groupSum = Points.zero
            criterionCount += group.criteria.count
            for criterion in group.criteria {
                guard let points = sheet.scores[criterion.id]?.points, criterion.levels.contains(where: { $0.points == points }) else { continue }
                groupSum += points
                scored += 1
            }
            groups[group.id] = groupSum
            sum += groupSum
        }
        let zeroedBy = method.rules.isEmpty ? [] : method.zeroRuleCriteria.filter { sheet.scores[$0]?.points == .zero }
        self.groups = groups
        self.sum = sum
        self.total = zeroedBy.isEmpty ? sum : .zero
        self.zeroedBy = zeroedBy
        self.scoredCount = scored
        // The number of `method.criteria`, counted without gathering them into a new array per sheet.
        self.criterionCount = criterionCount
    }

    /// Whether the total reaches the methodology's floor.
    public func passes(_ method: QualityMethod) -> Bool {
        total >= method.floor
    }
}
