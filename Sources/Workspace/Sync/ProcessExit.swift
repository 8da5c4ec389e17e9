import Foundation

/// The end of a child `Process`, learnt from its termination handler. Foundation's
/// `waitUntilExit()` on Linux runs the caller's run loop in steps of 50 ms and looks between them,
/// so it returns up to 50 ms after the child has ended: every `git` command of a sync paid that,
/// and the benchmark counted it in each process it timed (`/bin/true` took 51 ms).
public final class ProcessExit: Sendable {
    private let ended = DispatchSemaphore(value: 0)

    /// Watches `process`, which must not have been started yet (its termination handler is set).
    public init(of process: Process) {
        let ended = self.ended
        process.terminationHandler = { _ in ended.signal() }
    }

    /// Waits until the process has ended; its `terminationStatus` is then known.
    public func wait() {
        ended.wait()
    }
}
