/// Which days are working days in Bulgaria: not Saturday or Sunday, not an official holiday of the
/// Labour Code (чл. 154, ал. 1 КТ), not a day off in place of a holiday that fell on a weekend
/// (чл. 154, ал. 2 КТ: every holiday but Easter), and not a day the procedure names as non-working
/// (bridge days the Council of Ministers declares, whether the calendar data below or the procedure
/// names them); a day the procedure names as working (a Saturday worked off) is one.
public struct BulgarianWorkingDays: Sendable, Equatable {
    public let extraNonWorkingDays: Set<CalendarDate>
    public let extraWorkingDays: Set<CalendarDate>

    public init(extraNonWorkingDays: Set<CalendarDate> = [], extraWorkingDays: Set<CalendarDate> = []) {
        self.extraNonWorkingDays = extraNonWorkingDays
        self.extraWorkingDays = extraWorkingDays
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        if extraWorkingDays.contains(date) { return true }
        if extraNonWorkingDays.contains(date) || date.isWeekend { return false }
        if BulgarianWorkingDays.declaredNonWorkingDays.contains(date) { return false }
        return !BulgarianWorkingDays.holidays(of: date.year).contains(date)
    }

    /// The first working day on or after `date`.
    public func workingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The day `count` working days after `date` (not counting `date` itself).
    public func adding(workingDays count: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Days the Council of Ministers declared non-working for everyone (чл. 154, ал. 3 КТ).
    /// Source: Решение на Министерския съвет от 19.11.2025 г. — 31.12.2025 и 02.01.2026 са неработни
    /// дни заради въвеждането на еврото от 01.01.2026 г.
    public static let declaredNonWorkingDays: Set<CalendarDate> = [
        CalendarDate(year: 2025, month: 12, day: 31)!,
        CalendarDate(year: 2026, month: 1, day: 2)!,
    ]

    /// The official holidays of `year` and the days off in place of those that fell on a weekend.
    public static func holidays(of year: Int) -> Set<CalendarDate> {
        let fixed: [(Int, Int)] = [(1, 1), (3, 3), (5, 1), (5, 6), (5, 24), (9, 6), (9, 22), (12, 24), (12, 25), (12, 26)]
        let fixedDates = fixed.compactMap { CalendarDate(year: year, month: $0.0, day: $0.1) }
        let easter = orthodoxEaster(year)
        let easterDays = (-2...1).map { easter.adding(days: $0) }
        var result = Set(fixedDates + easterDays)
        for holiday in fixedDates.sorted() where holiday.isWeekend {
            var substitute = holiday.adding(days: 1)
            while substitute.isWeekend || result.contains(substitute) {
                substitute = substitute.adding(days: 1)
            }
            result.insert(substitute)
        }
        return result
    }

    /// Orthodox Easter Sunday of `year` in the Gregorian calendar (Meeus' Julian algorithm; the 13-day
    /// offset holds for 1900–2099).
    public static func orthodoxEaster(_ year: Int) -> CalendarDate {
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let julian = CalendarDate(year: year, month: month, day: day)!
        let offset = year >= 2100 ? 14 : 13
        return julian.adding(days: offset)
    }
}
