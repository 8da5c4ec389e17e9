/// The bytes of one document as the pieces it was made in, in order: written out one after the
/// other (and hashed as they go) without being joined into one buffer first. A protocol of 2 000
/// proposals is ~130 MB; joining it cost a second buffer of that size, its page faults and a copy.
public struct ByteParts: Sendable, Equatable {
    public private(set) var parts: [[UInt8]]

    public init(_ parts: [[UInt8]] = []) {
        self.parts = parts
    }

    /// The bytes' count.
    public var count: Int { parts.reduce(0) { $0 + $1.count } }

    public var isEmpty: Bool { parts.allSatisfy(\.isEmpty) }

    public mutating func append(_ part: [UInt8]) {
        parts.append(part)
    }

    /// The bytes in one buffer.
    public func joined() -> [UInt8] {
        guard parts.count != 1 else { return parts[0] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for part in parts { bytes += part }
        return bytes
    }
}
