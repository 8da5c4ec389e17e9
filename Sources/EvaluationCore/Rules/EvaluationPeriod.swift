/// How long the committee has to assess a proposal: "в срок до един месец от датата на подаването им"
/// (003_b1d6d98fb7444580.txt:727), the period stopping while the applicant remedies shortcomings —
/// "срокът за оценка спира да тече до датата на тяхното отстраняване" (003:735).
public struct EvaluationPeriod: Sendable, Equatable {
    public var months: Int
    /// Whether the days from a remedy notice to the remedy are not counted.
    public var pausedWhileRemedied: Bool
    public var source: String?

    public init(months: Int, pausedWhileRemedied: Bool, source: String? = nil) {
        self.months = months
        self.pausedWhileRemedied = pausedWhileRemedied
        self.source = source
    }

    /// Where a proposal's assessment stands against the period.
    public struct Standing: Sendable, Equatable {
        /// The last day, with the paused days added; nil while a remedy is still running (the period is stopped).
        public let due: CalendarDate?
        /// The days not counted because a remedy ran.
        public let pausedDays: Int
        /// The day the assessment ended (the last checklist submitted), if it has.
        public let finishedOn: CalendarDate?

        /// The assessment ended after its last day.
        public var isLate: Bool {
            guard let due, let finishedOn else { return false }
            return finishedOn > due
        }
    }

    /// The last day of the period for a proposal submitted on `submittedOn`: the same day `months`
    /// later (the last day of that month when it has no such day), plus the days paused by the
    /// remedies of `sheets` (each from the notice — sent, else the request — to the reply, or to its
    /// deadline when none came; overlapping remedies are counted once). A remedy still open on
    /// `today` stops the period: no last day yet.
    public func standing(submittedOn: CalendarDate, sheets: [AdminSheet], today: CalendarDate) -> Standing {
        var intervals: [(CalendarDate, CalendarDate)] = []
        var running = false
        if pausedWhileRemedied {
            for request in sheets.flatMap(\.remedy) {
                let start = request.noticeSentOn ?? request.requestedAt.localDate
                let end: CalendarDate
                if let reply = request.reply {
                    end = reply.repliedOn ?? reply.receivedAt.localDate
                } else if today <= request.dueDate {
                    running = true
                    continue
                } else {
                    end = request.dueDate
                }
                if end > start { intervals.append((start, end)) }
            }
        }
        var paused = 0
        var covered: CalendarDate?
        for (start, end) in intervals.sorted(by: { $0.0 < $1.0 }) {
            let from = max(start, covered ?? start)
            if end > from { paused += end.daysSinceEpoch - from.daysSinceEpoch }
            covered = max(covered ?? end, end)
        }
        let finished = sheets.count == sheets.filter({ $0.status == .submitted }).count && !sheets.isEmpty
            ? sheets.compactMap { $0.submittedAt?.localDate }.max() : nil
        let due = running ? nil : Self.adding(months: months, to: submittedOn).adding(days: paused)
        return Standing(due: due, pausedDays: paused, finishedOn: finished)
    }

    /// The same day `months` later, or the last day of that month.
    static func adding(months: Int, to day: CalendarDate) -> CalendarDate {
        let total = day.year * 12 + (day.month - 1) + months
        let year = total / 12
        let month = total % 12 + 1
        let last = CalendarDate.daysIn(month: month, year: year)
        return CalendarDate(year: year, month: month, day: min(day.day, last)) ?? day
    }
}
