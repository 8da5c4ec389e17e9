import EvaluationCore
import Testing

@Suite("Dates, Bulgarian working days and remedy deadlines")
struct CalendarTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func checklist(days: Int, kind: RemedyDayKind, rolls: Bool = true, nonWorking: [String] = []) -> AdminChecklist {
        AdminChecklist(remedyDays: days, remedyDayKind: kind, remedyRollsToWorkingDay: rolls, groups: [],
                       nonWorkingDays: nonWorking.map(date))
    }

    @Test func dateArithmetic() {
        #expect(Self.date("2025-12-31").adding(days: 1) == Self.date("2026-01-01"))
        #expect(Self.date("2024-02-28").adding(days: 1) == Self.date("2024-02-29"))
        #expect(Self.date("2025-02-28").adding(days: 1) == Self.date("2025-03-01"))
        #expect(Self.date("1970-01-01").daysSinceEpoch == 0)
        #expect(Self.date("2025-11-26").weekday == .wednesday)
        #expect(Self.date("2025-11-26").bulgarianText == "26.11.2025")
        #expect(CalendarDate("2025-02-29") == nil)
        #expect(CalendarDate("2025-13-01") == nil)
        #expect(CalendarDate("25-11-26") == nil)
    }

    @Test func timestamps() throws {
        let moment = try #require(Timestamp("2025-12-01T00:30:00+02:00"))
        #expect(moment.localDate == Self.date("2025-12-01"))
        #expect(moment.secondsSinceEpoch == Timestamp("2025-11-30T22:30:00Z")!.secondsSinceEpoch)
        #expect(moment.bulgarianText == "01.12.2025 00:30")
        #expect(Timestamp(secondsSinceEpoch: moment.secondsSinceEpoch, offsetMinutes: 120).text == "2025-12-01T00:30:00+02:00")
        #expect(Timestamp("2025-12-01T10:00:00") == nil)
        #expect(Timestamp("2025-12-01T24:00:00Z") == nil)
        #expect(Timestamp("2025-12-01T10:00:00.123+02:00") != nil)
    }

    @Test("Orthodox Easter", arguments: [(2024, "2024-05-05"), (2025, "2025-04-20"), (2026, "2026-04-12"), (2027, "2027-05-02")])
    func easter(year: Int, expected: String) {
        #expect(BulgarianWorkingDays.orthodoxEaster(year) == Self.date(expected))
    }

    @Test("Official holidays and the days off in their place (чл. 154 КТ)")
    func holidays() {
        let calendar = BulgarianWorkingDays()
        #expect(!calendar.isWorkingDay(Self.date("2025-03-03")))
        #expect(!calendar.isWorkingDay(Self.date("2025-04-18")))  // Good Friday
        #expect(!calendar.isWorkingDay(Self.date("2025-04-21")))  // Easter Monday
        #expect(calendar.isWorkingDay(Self.date("2025-04-22")))
        #expect(!calendar.isWorkingDay(Self.date("2025-12-24")))
        #expect(!calendar.isWorkingDay(Self.date("2025-12-26")))
        #expect(calendar.isWorkingDay(Self.date("2025-12-29")))
        // 2021: 1 May on a Saturday and Easter Monday on 3 May ⇒ 4 May off; 25–26 Dec on a weekend ⇒ 27–28 Dec off.
        #expect(!calendar.isWorkingDay(Self.date("2021-05-04")))
        #expect(calendar.isWorkingDay(Self.date("2021-05-05")))
        #expect(!calendar.isWorkingDay(Self.date("2021-12-27")))
        #expect(!calendar.isWorkingDay(Self.date("2021-12-28")))
        #expect(calendar.isWorkingDay(Self.date("2021-12-29")))
        // 6 May 2023 was a Saturday ⇒ Monday 8 May off.
        #expect(!calendar.isWorkingDay(Self.date("2023-05-08")))
        #expect(calendar.isWorkingDay(Self.date("2025-11-26")))
    }

    @Test("Days declared non-working by the Council of Ministers (19.11.2025)")
    func declaredNonWorkingDays() {
        let calendar = BulgarianWorkingDays()
        #expect(!calendar.isWorkingDay(Self.date("2025-12-31")))
        #expect(!calendar.isWorkingDay(Self.date("2026-01-01")))
        #expect(!calendar.isWorkingDay(Self.date("2026-01-02")))
        #expect(calendar.isWorkingDay(Self.date("2025-12-30")))
        #expect(calendar.isWorkingDay(Self.date("2026-01-05")))
        #expect(calendar.isWorkingDay(Self.date("2024-12-31")))
        #expect(calendar.isWorkingDay(Self.date("2027-01-04")))
    }

    /// A holiday on a Saturday or Sunday gives the next working day off (чл. 154, ал. 2 КТ), Easter excepted.
    @Test("Weekend substitutes 2025–2027", arguments: [
        ("2025-05-26", "2025-05-24 on a Saturday"), ("2025-09-08", "2025-09-06 on a Saturday"),
        ("2026-05-25", "2026-05-24 on a Sunday"), ("2026-09-07", "2026-09-06 on a Sunday"),
        ("2026-12-28", "2026-12-26 on a Saturday"),
        ("2027-05-04", "2027-05-01 on a Saturday, 03.05 is Easter Monday"),
        ("2027-12-27", "2027-12-25 on a Saturday"), ("2027-12-28", "2027-12-26 on a Sunday"),
    ])
    func weekendSubstitutes(day: String, why: String) {
        #expect(!BulgarianWorkingDays().isWorkingDay(Self.date(day)), "\(why)")
        #expect(BulgarianWorkingDays.holidays(of: Self.date(day).year).contains(Self.date(day)), "\(why)")
    }

    @Test("Around the substitutes the working days stay working")
    func workingAroundSubstitutes() {
        let calendar = BulgarianWorkingDays()
        for day in ["2025-05-27", "2025-09-09", "2025-09-23", "2026-05-26", "2026-09-08", "2026-09-21",
                    "2026-12-29", "2027-05-05", "2027-05-25", "2027-12-29"] {
            #expect(calendar.isWorkingDay(Self.date(day)), "\(day)")
        }
        for day in ["2026-09-22", "2027-04-30", "2027-05-03", "2027-05-06", "2027-05-24", "2027-09-06", "2027-09-22", "2027-12-24"] {
            #expect(!calendar.isWorkingDay(Self.date(day)), "\(day)")
        }
    }

    @Test("2 calendar days: Monday ⇒ Wednesday; Thursday ⇒ Saturday ⇒ moved to Monday")
    func calendarDays() {
        let rolling = Self.checklist(days: 2, kind: .calendar)
        let strict = Self.checklist(days: 2, kind: .calendar, rolls: false)
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-01"), checklist: rolling) == Self.date("2025-12-03"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-04"), checklist: rolling) == Self.date("2025-12-08"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-04"), checklist: strict) == Self.date("2025-12-06"))
    }

    @Test("Across month and year ends, and over the Christmas holidays")
    func monthEnds() {
        let rolling = Self.checklist(days: 2, kind: .calendar)
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-11-28"), checklist: rolling) == Self.date("2025-12-01"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2026-02-26"), checklist: rolling) == Self.date("2026-03-02"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2024-02-28"), checklist: rolling) == Self.date("2024-03-01"))
        // 22.12.2025 (Mon) + 2 = 24.12 (holiday) ⇒ 24, 25, 26 holidays, 27–28 weekend ⇒ 29.12.
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-22"), checklist: rolling) == Self.date("2025-12-29"))
        // 30.12.2025 + 2 = 01.01.2026 (holiday); 02.01.2026 was declared non-working (Council of
        // Ministers, 19.11.2025); 03–04.01 are a weekend ⇒ 05.01.2026 (Monday).
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-30"), checklist: rolling) == Self.date("2026-01-05"))
        // 29.12.2025 + 2 = 31.12.2025, declared non-working ⇒ 05.01.2026.
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-29"), checklist: rolling) == Self.date("2026-01-05"))
        // 28.12.2025 + 2 = 30.12.2025, a working day.
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-28"), checklist: rolling) == Self.date("2025-12-30"))
        // 31.12.2025 + 2 = 02.01.2026 ⇒ 05.01.2026; 01.01.2026 + 2 = 03.01.2026 (Saturday) ⇒ 05.01.2026.
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-31"), checklist: rolling) == Self.date("2026-01-05"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2026-01-03"), checklist: rolling) == Self.date("2026-01-05"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2026-01-04"), checklist: rolling) == Self.date("2026-01-06"))
    }

    @Test("Working days skip weekends, holidays and declared bridge days")
    func workingDays() {
        let five = Self.checklist(days: 5, kind: .working)
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-01"), checklist: five) == Self.date("2025-12-08"))
        // 19.12.2025 (Fri): 22, 23, then 24–26 holidays and the weekend, then 29, 30; 31.12 and 02.01
        // declared non-working, 01.01 a holiday, 03–04.01 a weekend ⇒ 05.01.2026.
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-19"), checklist: five) == Self.date("2026-01-05"))
        let one = Self.checklist(days: 1, kind: .working)
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-30"), checklist: one) == Self.date("2026-01-05"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-29"), checklist: one) == Self.date("2025-12-30"))
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2026-01-29"), checklist: five) == Self.date("2026-02-05"))
        let bridge = Self.checklist(days: 1, kind: .working, nonWorking: ["2025-12-02"])
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-12-01"), checklist: bridge) == Self.date("2025-12-03"))
        let week = Self.checklist(days: 7, kind: .calendar)
        #expect(RemedyDeadline.dueDate(requestedOn: Self.date("2025-04-14"), checklist: week) == Self.date("2025-04-22"))
    }
}
