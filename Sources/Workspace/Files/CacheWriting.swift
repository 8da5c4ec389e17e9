import Foundation

/// Where the cache folder's files (`WorkspaceIndex`, `VerifiedSignatures`, `LogPositions`) are made
/// and written: at once by default, or, once a program has asked for it (`ocenka` does at its start),
/// on a queue of their own while the command goes on — an export renders its protocol while the
/// index of the check before it is written and flushed — and the process waits for them before it
/// exits. The queue is serial, so the files are written in the order they were asked for. A process
/// killed before they are done leaves the cache as it was (and perhaps a pending file): the cache
/// only saves time, and every file in it is checked before it is used.
public enum CacheWriting {
    private static let queue = DispatchQueue(label: "ocenka.cache-writing", qos: .utility)
    private static let mode = Mode()

    /// Writes from now on in the background; the process waits for them when it exits.
    public static func startInBackground() {
        guard mode.start() else { return }
        atexit { CacheWriting.finish() }
    }

    /// Waits until every write asked for so far is done.
    public static func finish() {
        queue.sync {}
    }

    /// Runs `job` (making and writing cache files) now, or on the queue when writing in the background.
    static func perform(_ job: @escaping @Sendable () -> Void) {
        if mode.inBackground {
            queue.async(execute: job)
        } else {
            job()
        }
    }

    /// Whether writes go to the queue: set once, read from any thread.
    private final class Mode: @unchecked Sendable {
        private let lock = NSLock()
        private var background = false

        var inBackground: Bool { lock.withLock { background } }

        /// Turns the background on; false when it already was.
        func start() -> Bool {
            lock.withLock {
                defer { background = true }
                return !background
            }
        }
    }
}
