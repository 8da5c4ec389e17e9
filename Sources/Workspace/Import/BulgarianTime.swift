import EvaluationCore

/// The civil time of Bulgaria: EET (+02:00) in winter, EEST (+03:00) in summer, by the EU rule —
/// summer time from the last Sunday of March, 01:00 UTC, to the last Sunday of October, 01:00 UTC.
public enum BulgarianTime {
    static let winterOffsetMinutes = 120
    static let summerOffsetMinutes = 180

    /// The offset of a wall-clock time in Bulgaria, given as seconds since 1970-01-01T00:00 of that
    /// wall clock. In October's repeated hour the first (summer) reading is taken; an hour skipped in
    /// March is read as winter time.
    public static func offsetMinutes(localSecondsSinceEpoch local: Int64, year: Int) -> Int {
        let summer = summerTime(year: year)
        if summer.contains(local - Int64(summerOffsetMinutes * 60)) { return summerOffsetMinutes }
        return winterOffsetMinutes
    }

    /// The summer time of `year`, in seconds since the epoch (UTC).
    static func summerTime(year: Int) -> Range<Int64> {
        changeInstant(year: year, month: 3)..<changeInstant(year: year, month: 10)
    }

    /// 01:00 UTC on the last Sunday of `month`.
    private static func changeInstant(year: Int, month: Int) -> Int64 {
        guard let lastDay = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return 0 }
        let sunday = lastDay.adding(days: -(lastDay.weekday.rawValue % 7))
        return Int64(sunday.daysSinceEpoch) * 86_400 + 3_600
    }
}
