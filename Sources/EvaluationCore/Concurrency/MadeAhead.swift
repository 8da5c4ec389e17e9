import Foundation

/// One value made on another thread while the caller does something else: `init` begins making it,
/// `take` waits for it. What `ByteStream.forEachBatch` uses to make a document's next batch while the
/// one before is written and hashed, so that neither core waits for the other; and what
/// `AtomicFile.writeAll` uses to write the scores CSV while the protocol is written.
public final class MadeAhead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the making thread before it signals `done`, read by the caller after waiting on it.
    private var value: Value?

    /// `onThreadOfItsOwn`: on a new thread rather than one of Dispatch's, for work that waits on
    /// Dispatch's threads itself (a file's writer waits for its batches, which are made on them).
    public init(onThreadOfItsOwn: Bool = false, _ make: @escaping @Sendable () -> Value) {
        guard onThreadOfItsOwn else {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                value = make()
                done.signal()
            }
            return
        }
        let thread = Thread { [self] in
            value = make()
            done.signal()
        }
        thread.start()
    }

    /// The value, once it is made.
    public func take() -> Value {
        done.wait()
        defer { value = nil }
        guard let value else { preconditionFailure("MadeAhead taken twice") }
        return value
    }
}
