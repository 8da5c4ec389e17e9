/// A position in the bytes of a JSON document for the direct readers of one format (`SheetReader`):
/// it reads only the plainest JSON — strings without escapes, whole numbers, `true`, `false`,
/// `null` — and says `nil` (or `false`) for anything else, so that its reader can leave the
/// document to the general path (`JSONScanner` and `JSONObjectReader`), which accepts the same and
/// names every problem. Whatever it returns, the general path would read the same way.
struct JSONCursor {
    private let bytes: UnsafeRawBufferPointer
    private(set) var index = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return index == bytes.count
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Steps over `byte` after white space; `false` when the next byte is another.
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Whether the next byte after white space is `byte` (not stepped over).
    mutating func peek(_ byte: UInt8) -> Bool {
        skipWhitespace()
        return index < bytes.count && bytes[index] == byte
    }

    /// After a member of an object or an array: `true` when it was the last (`close` stepped over),
    /// `false` after a comma; `nil` for anything else.
    mutating func endsContainer(_ close: UInt8) -> Bool? {
        if take(0x2C) { return false }
        if take(close) { return true }
        return nil
    }

    /// A string without escapes from its opening quote: the range of its bytes, whether any is not
    /// ASCII (its UTF-8 is not checked here) and whether any is 0x7F or 0xC2, which may begin a
    /// control character (`ControlCharacters`; JSON's plain strings have none below 0x20).
    mutating func plainString() -> (range: Range<Int>, ascii: Bool, mayContainControl: Bool)? {
        guard take(0x22) else { return nil }
        let start = index
        var high: UInt64 = 0
        var control = false
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let found = Self.hasByte(word, 0x22) | Self.hasByte(word, 0x5C) | ((word &- Self.repeated(0x20)) & ~word & Self.repeated(0x80))
                if found != 0 { break }
                if Self.hasByte(word, 0x7F) | Self.hasByte(word, 0xC2) != 0 { control = true }
                high |= word
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                index += 1
                return (start..<(index - 1), high & Self.repeated(0x80) == 0, control)
            }
            if byte == 0x5C || byte < 0x20 { return nil }
            if byte == 0x7F || byte == 0xC2 { control = true }
            high |= UInt64(byte)
            index += 1
        }
        return nil
    }

    /// The high bit of each byte of `word` that equals `byte` (exact for whether there is one).
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let diff = word ^ repeated(byte)
        return (diff &- repeated(0x01)) & ~diff & repeated(0x80)
    }

    /// A key (a string without escapes, then the colon) as its bytes.
    mutating func key() -> UnsafeRawBufferPointer? {
        guard let (range, _, _) = plainString(), take(0x3A) else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[range])
    }

    /// A string without escapes, valid UTF-8, as a `String`.
    mutating func string() -> String? {
        text()?.string
    }

    /// `string()`, and whether it may contain a control character (see `plainString`).
    mutating func text() -> (string: String, mayContainControl: Bool)? {
        guard let (range, ascii, control) = plainString() else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: bytes[range])
        guard let string = ascii ? String(decoding: text, as: UTF8.self) : String(validating: text, as: UTF8.self) else { return nil }
        return (string, control)
    }

    /// `true` or `false`.
    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// Steps over `null` when it comes next.
    mutating func null() -> Bool {
        literal("null")
    }

    /// A whole number of 1 to 9 digits, no sign, no leading zero, no fraction or exponent.
    mutating func smallInteger() -> Int? {
        skipWhitespace()
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, index - start < 9 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        let digits = index - start
        guard digits > 0, digits == 1 || bytes[start] != 0x30 else { return nil }
        if index < bytes.count {
            switch bytes[index] {
            case 0x30...0x39, 0x2E, 0x45, 0x65: return nil
            default: break
            }
        }
        return value
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        skipWhitespace()
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let expected = UnsafeRawBufferPointer(start: word.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] { return false }
        index += count
        return true
    }

    private static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }
}

extension UnsafeRawBufferPointer {
    /// Whether the bytes are the UTF-8 of `name` (ASCII field names).
    func isName(_ name: StaticString) -> Bool {
        guard count == name.utf8CodeUnitCount else { return false }
        let expected = UnsafeRawBufferPointer(start: name.utf8Start, count: count)
        for offset in 0..<count where self[offset] != expected[offset] { return false }
        return true
    }
}
