import Foundation

/// One value made on another thread while the caller does something else: `start` begins making it,
/// `take` waits for it. What `ByteStream.forEachBatch` uses to make a document's next batch while the
/// one before is written and hashed, so that neither core waits for the other.
final class MadeAhead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the making thread before it signals `done`, read by the caller after waiting on it.
    private var value: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = make()
            done.signal()
        }
    }

    /// The value, once it is made.
    func take() -> Value {
        done.wait()
        defer { value = nil }
        guard let value else { preconditionFailure("MadeAhead taken twice") }
        return value
    }
}
