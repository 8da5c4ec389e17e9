import EvaluationCore
import Workspace

/// A moment of the demo's fixed calendar, in Bulgarian winter time (+02:00): every step of the demo
/// happens at its own moment, so the demo is the same, byte for byte, every time it is made.
struct DemoMoment: Sendable {
    /// The day, "2025-12-01".
    let day: String
    /// Minutes after midnight.
    let minuteOfDay: Int

    init(_ day: String, _ hour: Int, _ minute: Int) {
        self.day = day
        self.minuteOfDay = hour * 60 + minute
    }

    private init(day: String, minuteOfDay: Int) {
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// The moment `minutes` later on the same day.
    func adding(minutes: Int) -> DemoMoment {
        DemoMoment(day: day, minuteOfDay: minuteOfDay + minutes)
    }

    var timestamp: Timestamp {
        let text = "\(day)T\(Self.twoDigits(minuteOfDay / 60)):\(Self.twoDigits(minuteOfDay % 60)):00+02:00"
        guard minuteOfDay < 24 * 60, let timestamp = Timestamp(text) else {
            preconditionFailure("not a moment of the demo's calendar: \(text)")
        }
        return timestamp
    }

    /// A clock stopped at this moment.
    var clock: WorkspaceClock { WorkspaceClock(fixed: timestamp) }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
