/// The administrative-compliance checklist: criteria answered ДА / НЕ / Н/П.
public struct AdminChecklist: Sendable, Equatable {
    public var remedyDays: Int
    public var remedyDayKind: RemedyDayKind
    /// Whether a remedy deadline that ends on a non-working day moves to the next working day, as
    /// Bulgarian procedural law moves such deadlines (ГПК, чл. 60, ал. 6). Default true.
    public var remedyRollsToWorkingDay: Bool
    public var evaluatorsPerProposal: Int
    public var groups: [AdminGroup]
    /// Days the Council of Ministers declared non-working, for working-day deadlines.
    public var nonWorkingDays: [CalendarDate]
    /// Saturdays declared working days (worked off).
    public var workingDays: [CalendarDate]
    /// How long the committee has to assess a proposal, when the procedure says (seed 003 line 727).
    public var evaluationPeriod: EvaluationPeriod?

    public init(
        remedyDays: Int, remedyDayKind: RemedyDayKind, remedyRollsToWorkingDay: Bool = true,
        evaluatorsPerProposal: Int = 1, groups: [AdminGroup], nonWorkingDays: [CalendarDate] = [],
        workingDays: [CalendarDate] = []
    ) {
        self.remedyDays = remedyDays
        self.remedyDayKind = remedyDayKind
        self.remedyRollsToWorkingDay = remedyRollsToWorkingDay
        self.evaluatorsPerProposal = evaluatorsPerProposal
        self.groups = groups
        self.nonWorkingDays = nonWorkingDays
        self.workingDays = workingDays
    }

    /// Every criterion, in the order of the checklist.
    public var criteria: [AdminCriterion] { groups.flatMap(\.criteria) }

    public func criterion(withID id: String) -> AdminCriterion? {
        for group in groups {
            if let criterion = group.criteria.first(where: { $0.id == id }) { return criterion }
        }
        return nil
    }

    public var workingDaysCalendar: BulgarianWorkingDays {
        BulgarianWorkingDays(extraNonWorkingDays: Set(nonWorkingDays), extraWorkingDays: Set(workingDays))
    }
}

public enum RemedyDayKind: String, Sendable, CaseIterable {
    case calendar
    case working
}

/// What a НЕ on a criterion means.
public enum NoConsequence: String, Sendable, CaseIterable {
    /// The proposal is not admitted.
    case reject
    /// The applicant may remedy it within the remedy deadline; a НЕ that stands after it rejects.
    case remedy
    /// The НЕ is recorded with its note and reported, but does not stop the proposal (seed 004's
    /// "Води до отхвърляне: Не", 004_94583b06840526ec.txt:5).
    case note
}

public struct AdminGroup: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var criteria: [AdminCriterion]
    public var source: String?

    public init(id: String, title: String, criteria: [AdminCriterion], source: String? = nil) {
        self.id = id
        self.title = title
        self.criteria = criteria
        self.source = source
    }
}

public struct AdminCriterion: Sendable, Equatable, Identifiable {
    public var id: String
    public var text: String
    /// Whether Н/П (not applicable) is an allowed answer.
    public var allowsNA: Bool
    public var onNo: NoConsequence
    public var source: String?

    public init(id: String, text: String, allowsNA: Bool, onNo: NoConsequence, source: String? = nil) {
        self.id = id
        self.text = text
        self.allowsNA = allowsNA
        self.onNo = onNo
        self.source = source
    }
}
