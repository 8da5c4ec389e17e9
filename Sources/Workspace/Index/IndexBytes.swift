/// The index's bytes are not what its writer wrote (cut short, or of another shape): the index is
/// not used, and the next check writes a new one.
struct IndexCorruption: Error {}

/// Appends the index's values as bytes: unsigned numbers as LEB128, signed ones zigzagged, texts as
/// their length and UTF-8 bytes, optionals behind a presence byte.
struct IndexWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func int(_ value: Int) {
        int(Int64(value))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func raw(_ value: some Collection<UInt8>) {
        unsigned(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout IndexWriter, T) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }
}

/// Reads what an `IndexWriter` wrote, refusing (`IndexCorruption`) whatever runs past the end or is
/// not of the shape expected. It reads bytes it does not own: use it within their scope only.
struct IndexReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func unsigned() throws(IndexCorruption) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw IndexCorruption() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int64() throws(IndexCorruption) -> Int64 {
        let zigzag = try unsigned()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    mutating func int() throws(IndexCorruption) -> Int {
        let value = try int64()
        guard let int = Int(exactly: value) else { throw IndexCorruption() }
        return int
    }

    /// A length or count: not negative, and not more than the bytes left.
    mutating func count() throws(IndexCorruption) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - offset) else { throw IndexCorruption() }
        return Int(value)
    }

    mutating func bool() throws(IndexCorruption) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw IndexCorruption() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func text() throws(IndexCorruption) -> String {
        let range = try span()
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func raw() throws(IndexCorruption) -> [UInt8] {
        Array(UnsafeRawBufferPointer(rebasing: bytes[try span()]))
    }

    /// The place of a length-prefixed run of bytes, which is stepped over.
    mutating func span() throws(IndexCorruption) -> Range<Int> {
        let length = try count()
        defer { offset += length }
        return offset ..< offset + length
    }

    mutating func optional<T>(_ read: (inout IndexReader) throws(IndexCorruption) -> T) throws(IndexCorruption) -> T? {
        try bool() ? try read(&self) : nil
    }
}
