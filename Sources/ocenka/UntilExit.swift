import Foundation

/// What a one-shot command (`check`, `rank`, `protocol`) has read, held until the process exits: the
/// exit lets it all go at once, instead of its objects being freed one by one as the command returns —
/// a workspace of 2 000 proposals is some 100 MB of small objects, and freeing them took ~9 % of
/// `rank`. Not for the interfaces, which read the workspace again and again.
enum UntilExit {
    private static let values = Values()

    static func keep(_ value: Any) {
        values.append(value)
    }

    /// Never read: the values are only kept.
    private final class Values: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Any] = []

        func append(_ value: Any) {
            lock.withLock { values.append(value) }
        }
    }
}
