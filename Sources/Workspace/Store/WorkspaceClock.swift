import EvaluationCore
import Foundation

/// The time the program stamps on what it writes: now, in the machine's time zone; or, when
/// `OCENKA_NOW` is set (tests, demonstrations), that moment.
public struct WorkspaceClock: Sendable {
    private let fixed: Timestamp?

    public init(fixed: Timestamp? = nil) {
        self.fixed = fixed
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> WorkspaceClock {
        WorkspaceClock(fixed: environment["OCENKA_NOW"].flatMap(Timestamp.init))
    }

    public func now() -> Timestamp {
        if let fixed { return fixed }
        let date = Date()
        let offset = TimeZone.current.secondsFromGMT(for: date) / 60
        return Timestamp(secondsSinceEpoch: Int64(date.timeIntervalSince1970.rounded(.down)), offsetMinutes: offset)
    }
}
