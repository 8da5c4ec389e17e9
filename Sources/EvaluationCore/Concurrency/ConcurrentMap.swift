import Foundation

/// The cores this process may use, asked once: on Linux Foundation reads the cgroup's files for it
/// on every call.
private let activeCores = ProcessInfo.processInfo.activeProcessorCount

extension Array where Element: Sendable {
    /// `map(transform)` with the elements spread over the processor's cores, the results in order.
    /// For independent pieces of work, such as reading the files of a workspace; fewer than
    /// `minimumCount` elements are mapped in place, as the threads would cost more than they save.
    public func concurrentMap<T: Sendable>(minimumCount: Int = 64, _ transform: @Sendable (Element) -> T) -> [T] {
        let cores = activeCores
        guard count >= Swift.max(2, minimumCount), cores > 1 else { return map(transform) }
        let results = ConcurrentResults<T>(count: count)
        let chunks = Swift.min(count, cores * 8)
        let count = count
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in chunk * count / chunks ..< (chunk + 1) * count / chunks {
                results.store(transform(self[index]), at: index)
            }
        }
        return results.takeValues()
    }
}

/// The slots `concurrentMap` writes its results into: each index written once, by one thread, and
/// read only after every thread is done.
private final class ConcurrentResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) {
        slots[index] = value
    }

    /// The results, moved out of their slots rather than copied (a copy of a sheet or a batch and
    /// the release of the original cost a retain and a release per reference it holds); the slots
    /// are left empty. Called once, after every thread is done.
    func takeValues() -> [T] {
        var values: [T] = []
        values.reserveCapacity(slots.count)
        guard let base = slots.baseAddress else { return values }
        for index in slots.indices {
            if let value = (base + index).move() { values.append(value) }
            (base + index).initialize(to: nil)
        }
        return values
    }
}
