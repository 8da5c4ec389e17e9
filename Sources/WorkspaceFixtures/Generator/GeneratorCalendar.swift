import EvaluationCore
import Workspace

/// The generator's calendar: moments in Bulgarian civil time on working days (weekends and public
/// holidays skipped), 09:00–18:00, counted in minutes of working time from a first day, so that any
/// amount of generated work gets ordered, plausible moments.
struct GeneratorCalendar: Sendable {
    /// 09:00.
    static let dayStart = 9 * 60
    /// Working minutes a day (09:00–18:00).
    static let minutesPerDay = 9 * 60

    private let days: [CalendarDate]

    /// A calendar of `count` working days from `first` (or the first working day after it).
    init(from first: CalendarDate, workingDays count: Int) {
        let calendar = BulgarianWorkingDays()
        var days: [CalendarDate] = []
        days.reserveCapacity(count)
        var day = calendar.workingDay(onOrAfter: first)
        while days.count < count {
            days.append(day)
            day = calendar.workingDay(onOrAfter: day.adding(days: 1))
        }
        self.days = days
    }

    /// The moment `minutes` of working time after 09:00 of the first day (past the last day, the
    /// last day's evening).
    func moment(_ minutes: Int) -> Timestamp {
        let index = minutes / Self.minutesPerDay
        guard index < days.count else { return Self.moment(on: days[days.count - 1], minuteOfDay: 18 * 60) }
        return Self.moment(on: days[index], minuteOfDay: Self.dayStart + minutes % Self.minutesPerDay)
    }

    /// The minute that starts the working day after the one `minutes` falls in.
    static func nextDay(after minutes: Int) -> Int {
        (minutes / minutesPerDay + 1) * minutesPerDay
    }

    /// `minuteOfDay` on `day`, wall-clock time in Bulgaria, with the offset of that moment.
    static func moment(on day: CalendarDate, minuteOfDay: Int) -> Timestamp {
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(minuteOfDay) * 60
        let offset = BulgarianTime.offsetMinutes(localSecondsSinceEpoch: local, year: day.year)
        return Timestamp(secondsSinceEpoch: local - Int64(offset) * 60, offsetMinutes: offset)
    }
}
