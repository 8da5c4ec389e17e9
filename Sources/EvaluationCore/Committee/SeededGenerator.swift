/// A random number generator that gives the same numbers for the same seed on every machine and
/// every Swift version (SplitMix64), so that a recorded draw can be made again. Shuffling is done
/// here too, because the standard library does not promise that its algorithm stays the same.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, without modulo bias.
    public mutating func number(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// `values` in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ values: [T]) -> [T] {
        var result = values
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, number(below: index + 1))
            index -= 1
        }
        return result
    }
}
