/// The last day an applicant has to remedy a НЕ: `remedyDays` calendar or working days after the day
/// the request was received (the day itself not counted). A calendar deadline that ends on a
/// non-working day moves to the next working day when the procedure says so (the default), as
/// Bulgarian procedural law moves such deadlines.
public enum RemedyDeadline {
    public static func dueDate(requestedOn day: CalendarDate, checklist: AdminChecklist) -> CalendarDate {
        let calendar = checklist.workingDaysCalendar
        switch checklist.remedyDayKind {
        case .working:
            return calendar.adding(workingDays: checklist.remedyDays, to: day)
        case .calendar:
            let end = day.adding(days: checklist.remedyDays)
            return checklist.remedyRollsToWorkingDay ? calendar.workingDay(onOrAfter: end) : end
        }
    }
}
