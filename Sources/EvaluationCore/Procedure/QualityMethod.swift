/// The quality methodology: groups of criteria, each scored by choosing one of its fixed levels.
public struct QualityMethod: Sendable, Equatable {
    public var maxPoints: Points
    /// The minimum final score for funding.
    public var floor: Points
    public var groups: [QualityGroup]
    public var rules: [QualityRule]

    public init(maxPoints: Points, floor: Points, groups: [QualityGroup], rules: [QualityRule] = []) {
        self.maxPoints = maxPoints
        self.floor = floor
        self.groups = groups
        self.rules = rules
    }

    /// Every criterion, in the order of the methodology.
    public var criteria: [QualityCriterion] { groups.flatMap(\.criteria) }

    public func criterion(withID id: String) -> QualityCriterion? {
        for group in groups {
            if let criterion = group.criteria.first(where: { $0.id == id }) { return criterion }
        }
        return nil
    }

    public func group(containing criterionID: String) -> QualityGroup? {
        groups.first { group in group.criteria.contains { $0.id == criterionID } }
    }

    /// The groups whose criteria the source document does not give yet (seed 002's Приложение XII).
    public var groupsToBeEntered: [QualityGroup] { groups.filter(\.toBeEntered) }

    /// Whether every group has its criteria; an incomplete methodology is never frozen into a
    /// workspace, so nothing is scored or ranked on placeholders.
    public var isComplete: Bool { !groups.contains(where: \.toBeEntered) }
}

public struct QualityGroup: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var description: String?
    public var criteria: [QualityCriterion]
    public var source: String?
    /// The group is in the methodology but its criteria are still to be entered (no criteria yet).
    public var toBeEntered: Bool

    public init(
        id: String, title: String, description: String? = nil, criteria: [QualityCriterion], source: String? = nil,
        toBeEntered: Bool = false
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.criteria = criteria
        self.source = source
        self.toBeEntered = toBeEntered
    }

    /// The sum of the criteria's highest levels.
    public var maxPoints: Points {
        criteria.reduce(Points.zero) { $0 + $1.maxPoints }
    }
}

public struct QualityCriterion: Sendable, Equatable, Identifiable {
    public var id: String
    public var question: String
    /// From the highest points to the lowest; digit 1 picks the first.
    public var levels: [QualityLevel]
    public var source: String?

    public init(id: String, question: String, levels: [QualityLevel], source: String? = nil) {
        self.id = id
        self.question = question
        self.levels = levels
        self.source = source
    }

    public var maxPoints: Points {
        levels.map(\.points).max() ?? .zero
    }

    public func level(withPoints points: Points) -> QualityLevel? {
        levels.first { $0.points == points }
    }
}

public struct QualityLevel: Sendable, Equatable {
    public var points: Points
    public var text: String

    public init(points: Points, text: String) {
        self.points = points
        self.text = text
    }
}

/// A rule of the methodology beyond the plain sum.
public enum QualityRule: Sendable, Equatable {
    /// 0 points on `criterion` makes the total of the sheet 0 (seed 001: "Проекти, получили 0 т. по
    /// критерий 2.3., получават служебно 0 т. за целия проект").
    case zeroTotalIfCriterionZero(criterion: String, source: String?)

    public static let kinds = ["zeroTotalIfCriterionZero"]
}
