/// The two weeks of an objection (002_60dcf141085ee52b.txt:1148): the applicant objects "в
/// едноседмичен срок от съобщаването", the head decides "в едноседмичен срок от неговото получаване".
/// A week is 7 calendar days, the day of the notice or receipt not counted; a week that ends on a
/// non-working day ends on the next working day, by the procedure's calendar (as remedy deadlines).
public struct ObjectionDeadlines: Sendable, Equatable {
    public static let days = 7

    /// The last day to object.
    public let objectDue: CalendarDate
    /// The last day for the head's decision.
    public let decisionDue: CalendarDate

    public init(_ objection: Objection, checklist: AdminChecklist) {
        objectDue = Self.week(after: objection.notifiedOn, checklist: checklist)
        decisionDue = Self.week(after: objection.receivedOn, checklist: checklist)
    }

    public static func week(after day: CalendarDate, checklist: AdminChecklist) -> CalendarDate {
        let end = day.adding(days: days)
        return checklist.remedyRollsToWorkingDay ? checklist.workingDaysCalendar.workingDay(onOrAfter: end) : end
    }

    /// Whether the objection arrived after its week.
    public func isLate(_ objection: Objection) -> Bool { objection.receivedOn > objectDue }

    /// Whether the head decided after the week.
    public func isDecisionLate(_ objection: Objection) -> Bool {
        guard let decision = objection.decision else { return false }
        return decision.decidedOn > decisionDue
    }
}
