/// Timing of the benchmark's steps: each step run several times, the median kept.
enum Stopwatch {
    /// Runs `body` once and returns its result with the milliseconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, milliseconds: Double) {
        let start = ContinuousClock.now
        let value = try body()
        return (value, milliseconds(ContinuousClock.now - start))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }

    /// The median of `samples` (the mean of the middle two for an even count).
    static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
