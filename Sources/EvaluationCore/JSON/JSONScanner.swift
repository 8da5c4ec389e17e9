import Foundation

/// The one reader of the JSON the workspace files hold: straight from the bytes to a `JSONValue`.
///
/// It is total: every input, of any size or shape, gives a value or a `JSONSyntaxError` naming the
/// line, the column and, inside a document, the JSON path — never a trap. It is also strict where
/// the format needs it to be: a key twice in one object, nesting deeper than `maximumDepth`, a
/// number with more than `maximumSignificantDigits` digits or an exponent `Decimal` cannot hold,
/// a lone surrogate and text that is not UTF-8 are refused. A UTF-8 byte-order mark at the very
/// start is skipped (editors on Windows write one).
struct JSONScanner {
    /// Deeper documents are refused; the workspace's own files are at most six levels deep.
    static let maximumDepth = 256
    /// More significant digits than `Decimal` keeps exactly are refused.
    static let maximumSignificantDigits = 38

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0
    /// Keys of the top-level object whose values are checked but not kept (`.null` in their place).
    private var discarded: Set<String> = []

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The document in `data`, or why it is not JSON.
    static func read(_ data: Data) -> Result<JSONValue, JSONSyntaxError> {
        data.withUnsafeBytes { read($0) }
    }

    /// The document in `bytes`, or why it is not JSON.
    static func read(_ bytes: UnsafeRawBufferPointer) -> Result<JSONValue, JSONSyntaxError> {
        read(bytes, discarding: [])
    }

    /// `read`, with the values of the top-level object's `keys` checked as strictly but not built:
    /// `.null` stands in their place. What is accepted is the same.
    static func read(_ bytes: UnsafeRawBufferPointer, discarding keys: Set<String>) -> Result<JSONValue, JSONSyntaxError> {
        var scanner = JSONScanner(bytes)
        scanner.discarded = keys
        do throws(Failure) {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { scanner.index = 3 }
            scanner.skipWhitespace()
            guard scanner.index < bytes.count else { throw Failure(offset: scanner.index, reason: .empty) }
            let value = try scanner.value()
            scanner.skipWhitespace()
            guard scanner.index == bytes.count else { throw Failure(offset: scanner.index, reason: .trailingText) }
            return .success(value)
        } catch {
            return .failure(error.syntaxError(in: bytes))
        }
    }

    /// The document in `data`, or `nil` when it is not JSON.
    static func parse(_ data: Data) -> JSONValue? {
        try? read(data).get()
    }

    // MARK: Reading

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case .space, .tab, .lineFeed, .carriageReturn: index += 1
            default: return
            }
        }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw Failure(offset: index, reason: .endOfFile(expected: .value)) }
        switch bytes[index] {
        case .openBrace: return try object()
        case .openBracket: return try array()
        case .quote: return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw unexpected(expected: .value)
        }
    }

    /// `value()` without building it: the same bytes are accepted (strings are checked for UTF-8 in
    /// place, a key twice in one object is refused).
    private mutating func skipValue() throws(Failure) {
        skipWhitespace()
        guard index < bytes.count else { throw Failure(offset: index, reason: .endOfFile(expected: .value)) }
        switch bytes[index] {
        case .openBrace:
            try enter()
            skipWhitespace()
            if index < bytes.count, bytes[index] == .closeBrace {
                index += 1
                depth -= 1
                return
            }
            var keys = SkippedKeys()
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == .quote else { throw unexpected(expected: .key) }
                let keyOffset = index
                let mark = keys.bytes.count
                // A key that decodes to ASCII is kept as bytes; any other is read by `string()`, as before.
                var key: String?
                if keys.strings != nil || !asciiKey(into: &keys.bytes) {
                    keys.bytes.removeSubrange(mark...)
                    index = keyOffset
                    key = try string()
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == .colon else { throw unexpected(expected: .colon) }
                index += 1
                try skipValue()
                if let key {
                    guard keys.insert(key) else { throw Failure(offset: keyOffset, reason: .duplicateKey(key, firstOffset: nil)) }
                } else if let twice = keys.insertLast(from: mark) {
                    throw Failure(offset: keyOffset, reason: .duplicateKey(twice, firstOffset: nil))
                }
                if try endsContainer(.closeBrace, expected: .commaOrBrace) { return }
            }
        case .openBracket:
            try enter()
            skipWhitespace()
            if index < bytes.count, bytes[index] == .closeBracket {
                index += 1
                depth -= 1
                return
            }
            while true {
                try skipValue()
                if try endsContainer(.closeBracket, expected: .commaOrBracket) { return }
            }
        case .quote: try skipString()
        default: _ = try value()
        }
    }

    /// The key from its opening quote decoded into `out` when every byte of it is ASCII, escapes
    /// included (`\"`, `\u0041`…): the index then after its closing quote. `false` (the index
    /// unmoved, `out` partly written) for anything else, which `string()` reads and refuses as ever.
    private mutating func asciiKey(into out: inout [UInt8]) -> Bool {
        var position = index + 1
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case .quote:
                index = position + 1
                return true
            case .backslash:
                guard position + 1 < bytes.count else { return false }
                let escape = bytes[position + 1]
                position += 2
                switch escape {
                case .quote, .backslash, UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(.lineFeed)
                case UInt8(ascii: "r"): out.append(.carriageReturn)
                case UInt8(ascii: "t"): out.append(.tab)
                case UInt8(ascii: "u"):
                    var value: UInt32 = 0
                    guard position + 4 <= bytes.count else { return false }
                    for offset in 0..<4 {
                        guard let digit = Self.hexDigit(bytes[position + offset]) else { return false }
                        value = value << 4 | UInt32(digit)
                    }
                    guard value < 0x80 else { return false }
                    out.append(UInt8(value))
                    position += 4
                default:
                    return false
                }
            case 0..<0x20, 0x80...:
                return false
            default:
                out.append(byte)
                position += 1
            }
        }
        return false
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The keys of one object `skipValue` steps over, for refusing a key written twice. While every
    /// key is ASCII (the usual case) their decoded bytes are compared, which for ASCII is how strings
    /// compare; past `listed` keys, or at the first key that is not ASCII, they move into a
    /// `Set<String>` and every later key is a `String`, as the reader always did.
    private struct SkippedKeys {
        static let listed = 16
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        var strings: Set<String>?

        /// Adds the key decoded into `bytes[start...]`; the key as a string when it was there already.
        mutating func insertLast(from start: Int) -> String? {
            let range = start..<bytes.count
            let key = bytes[range]
            if strings != nil {
                let text = String(decoding: key, as: UTF8.self)
                return insert(text) ? nil : text
            }
            for earlier in ranges where earlier.count == range.count && bytes[earlier].elementsEqual(key) {
                return String(decoding: key, as: UTF8.self)
            }
            ranges.append(range)
            if ranges.count > Self.listed { moveToSet() }
            return nil
        }

        /// Adds `key`; `false` when it was there already.
        mutating func insert(_ key: String) -> Bool {
            moveToSet()
            return strings!.insert(key).inserted
        }

        private mutating func moveToSet() {
            guard strings == nil else { return }
            strings = Set(ranges.map { String(decoding: bytes[$0], as: UTF8.self) })
        }
    }

    /// `string()` without building it, for a string without escapes; one with escapes is built.
    private mutating func skipString() throws(Failure) {
        let quote = index
        let (position, highBits) = plainRun(from: index + 1)
        guard position < bytes.count, bytes[position] == .quote else {
            _ = try string()
            return
        }
        guard highBits & Self.repeated(0x80) == 0 || Self.isUTF8(UnsafeRawBufferPointer(rebasing: bytes[(quote + 1)..<position])) else {
            _ = try string()
            return
        }
        index = position + 1
    }

    /// Whether `bytes` are valid UTF-8 (what `String(validating:)` accepts: no overlong forms, no
    /// surrogates, nothing past U+10FFFF).
    static func isUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        func continuation(_ offset: Int) -> Bool { index + offset < count && bytes[index + offset] & 0xC0 == 0x80 }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Cyrillic and the rest of U+0080–U+07FF first: a lead byte and one continuation byte.
            if lead >= 0xC2 && lead <= 0xDF && continuation(1) {
                index += 2
                continue
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return false }
                if lead == 0xED && second > 0x9F { return false }
                index += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 { return false }
                if lead == 0xF4 && second > 0x8F { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    private func unexpected(expected: Failure.Expected) -> Failure {
        index < bytes.count
            ? Failure(offset: index, reason: .unexpected(byte: bytes[index], expected: expected))
            : Failure(offset: index, reason: .endOfFile(expected: expected))
    }

    /// After a member of an object or an array: steps over the comma (false) or over `close`, leaving
    /// the container (true); anything else, or the end of the bytes, is refused as not `expected`.
    private mutating func endsContainer(_ close: UInt8, expected: Failure.Expected) throws(Failure) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw unexpected(expected: expected) }
        switch bytes[index] {
        case .comma:
            index += 1
            return false
        case close:
            index += 1
            depth -= 1
            return true
        default:
            throw unexpected(expected: expected)
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw Failure(offset: index, reason: .tooDeep) }
        index += 1
    }

    private mutating func object() throws(Failure) -> JSONValue {
        let objectStart = index
        try enter()
        var values: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBrace {
            index += 1
            depth -= 1
            return .object(values)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == .quote else { throw unexpected(expected: .key) }
            let keyOffset = index
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == .colon else { throw unexpected(expected: .colon) }
            index += 1
            let value: JSONValue
            do throws(Failure) {
                if depth == 1 && !discarded.isEmpty && discarded.contains(key) {
                    try skipValue()
                    value = .null
                } else {
                    value = try self.value()
                }
            } catch {
                throw error.inside(.key(key))
            }
            if values.updateValue(value, forKey: key) != nil {
                // The first place is looked for only now: the common case keeps no offsets at all.
                let first = firstOffset(ofKey: key, inObjectAt: objectStart)
                throw Failure(offset: keyOffset, reason: .duplicateKey(key, firstOffset: first)).inside(.key(key))
            }
            if try endsContainer(.closeBrace, expected: .commaOrBrace) { return .object(values) }
        }
    }

    /// Where `key` was first written in the object that opens at `objectStart` (read again, its
    /// values skipped, only when a duplicate is refused).
    private func firstOffset(ofKey key: String, inObjectAt objectStart: Int) -> Int? {
        var scanner = JSONScanner(bytes)
        scanner.index = objectStart + 1
        while true {
            scanner.skipWhitespace()
            let offset = scanner.index
            guard let text = try? scanner.string() else { return nil }
            if text == key { return offset }
            scanner.skipWhitespace()
            scanner.index += 1
            guard (try? scanner.value()) != nil else { return nil }
            scanner.skipWhitespace()
            scanner.index += 1
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try enter()
        var values: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBracket {
            index += 1
            depth -= 1
            return .array(values)
        }
        while true {
            do throws(Failure) {
                values.append(try value())
            } catch {
                throw error.inside(.index(values.count))
            }
            if try endsContainer(.closeBracket, expected: .commaOrBracket) { return .array(values) }
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeRawBufferPointer(start: word.utf8Start, count: count)
        for offset in 0..<count where index + offset >= bytes.count || bytes[index + offset] != expected[offset] {
            throw Failure(offset: index, reason: .badLiteral)
        }
        index += count
        return value
    }

    /// A number as JSON writes it. Whole numbers of up to 18 digits take a fast path; every other
    /// number is kept exactly when `Decimal` can hold it, and refused otherwise.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let integerStart = index
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0 else { throw Failure(offset: start, reason: .badNumber) }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
            throw Failure(offset: start, reason: .badNumber)
        }
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            fractionDigits = index - fractionStart
            guard fractionDigits > 0 else { throw Failure(offset: start, reason: .badNumber) }
        }
        var exponent = 0
        var exponentDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < bytes.count, let digit = Self.digit(bytes[index]) {
                // Digits past the sixth cannot make an exponent `Decimal` holds; they are only counted.
                if exponentDigits < 6 { exponent = exponent * 10 + Int(digit) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { throw Failure(offset: start, reason: .badNumber) }
            if exponentNegative { exponent = -exponent }
        }
        if fractionDigits == 0 && exponentDigits == 0 && integerDigits <= 18 {
            var magnitude: Int64 = 0
            for position in integerStart..<index { magnitude = magnitude * 10 + Int64(bytes[position] - UInt8(ascii: "0")) }
            return .number(Decimal(negative ? -magnitude : magnitude))
        }
        return .number(try exactDecimal(
            from: start, negative: negative, integerStart: integerStart, integerDigits: integerDigits,
            fractionDigits: fractionDigits, exponent: exponentDigits > 6 ? nil : exponent))
    }

    /// The `Decimal` of a number the fast path does not take; `exponent` is `nil` when it had more
    /// than six digits.
    private func exactDecimal(
        from start: Int, negative: Bool, integerStart: Int, integerDigits: Int, fractionDigits: Int, exponent: Int?
    ) throws(Failure) -> Decimal {
        var digits: [UInt8] = []
        let fractionStart = integerStart + integerDigits + 1
        for position in integerStart..<(integerStart + integerDigits) { digits.append(bytes[position]) }
        if fractionDigits > 0 { for position in fractionStart..<(fractionStart + fractionDigits) { digits.append(bytes[position]) } }
        var leading = 0
        while leading < digits.count, digits[leading] == UInt8(ascii: "0") { leading += 1 }
        guard leading < digits.count else { return Decimal(0) }
        var trailing = 0
        while digits[digits.count - 1 - trailing] == UInt8(ascii: "0") { trailing += 1 }
        let significant = digits[leading..<(digits.count - trailing)]
        guard significant.count <= Self.maximumSignificantDigits else {
            throw Failure(offset: start, reason: .numberOutOfRange(digits: significant.count))
        }
        guard let exponent else { throw Failure(offset: start, reason: .numberOutOfRange(digits: nil)) }
        let scale = exponent - fractionDigits + trailing
        guard (-128...127).contains(scale) else { throw Failure(offset: start, reason: .numberOutOfRange(digits: nil)) }
        let text = (negative ? "-" : "") + String(decoding: significant, as: UTF8.self) + "E" + String(scale)
        guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), decimal.isFinite else {
            throw Failure(offset: start, reason: .numberOutOfRange(digits: nil))
        }
        return decimal
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        isDigit(byte) ? byte - UInt8(ascii: "0") : nil
    }

    /// A string from its opening quote.
    private mutating func string() throws(Failure) -> String {
        let quote = index
        index += 1
        let start = index
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            throw Failure(offset: quote, reason: .endOfFile(expected: .closingQuote))
        }
        let (position, highBits) = plainRun(from: start)
        index = position
        guard position < bytes.count else { throw Failure(offset: quote, reason: .unterminatedString) }
        switch base[position] {
        case .quote:
            let text = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
            index += 1
            if highBits & Self.repeated(0x80) == 0 { return String(decoding: text, as: UTF8.self) }
            guard let string = String(validating: text, as: UTF8.self) else {
                throw Failure(offset: start + (Self.firstInvalidUTF8Offset(text) ?? 0), reason: .notUTF8)
            }
            return string
        case .backslash:
            return try escapedString(from: start, quote: quote)
        default:
            throw Failure(offset: position, reason: .controlCharacter(base[position]))
        }
    }

    /// `byte` in each of the eight bytes of a word.
    /// The end of the run of string bytes from `start` that needs no work (no quote, backslash or
    /// control character), and the OR of its bytes (its top bits say whether it is all ASCII).
    /// Eight bytes at a time (SWAR: a byte is found when the word, with that byte subtracted, borrows
    /// into its top bit), then byte by byte.
    private func plainRun(from start: Int) -> (end: Int, highBits: UInt64) {
        var position = start
        var highBits: UInt64 = 0
        if let base = bytes.baseAddress {
            while position + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                let quotes = word ^ Self.repeated(.quote)
                let backslashes = word ^ Self.repeated(.backslash)
                let found = ((quotes &- Self.repeated(0x01)) & ~quotes) | ((backslashes &- Self.repeated(0x01)) & ~backslashes)
                    | ((word &- Self.repeated(0x20)) & ~word)
                if found & Self.repeated(0x80) != 0 { break }
                highBits |= word
                position += 8
            }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .quote || byte == .backslash || byte < 0x20 { break }
            highBits |= UInt64(byte)
            position += 1
        }
        return (position, highBits)
    }

    private static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The rest of a string from its first escape, `start` being the first byte after the quote.
    private mutating func escapedString(from start: Int, quote: Int) throws(Failure) -> String {
        var text = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case .quote:
                guard let string = String(validating: text, as: UTF8.self) else {
                    let offset = text.withUnsafeBytes { Self.firstInvalidUTF8Offset($0) } ?? 0
                    throw Failure(offset: start + offset, reason: .notUTF8)
                }
                return string
            case .backslash:
                let escapeStart = index - 1
                guard index < bytes.count else { throw Failure(offset: quote, reason: .unterminatedString) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case .quote, .backslash, UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(.lineFeed)
                case UInt8(ascii: "r"): text.append(.carriageReturn)
                case UInt8(ascii: "t"): text.append(.tab)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { throw Failure(offset: escapeStart, reason: .badUnicodeEscape) }
                    UTF8.encode(scalar) { text.append($0) }
                default:
                    throw Failure(offset: escapeStart, reason: .badEscape)
                }
            case 0..<0x20:
                throw Failure(offset: index - 1, reason: .controlCharacter(byte))
            default:
                text.append(byte)
            }
        }
        throw Failure(offset: quote, reason: .unterminatedString)
    }

    /// The scalar of `\uXXXX` (after the `u`), a surrogate pair taken whole; `nil` for a lone surrogate.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hexQuad() else { return nil }
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == .backslash, bytes[index + 1] == UInt8(ascii: "u") else { return nil }
            index += 2
            guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(unit)
        }
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// The offset of the first byte of `bytes` that does not continue valid UTF-8, if any.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return consumed
            }
        }
    }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let comma = UInt8(ascii: ",")
}
