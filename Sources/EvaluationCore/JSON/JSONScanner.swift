import Foundation

/// A strict, fast reader of the JSON the workspace files hold: straight from the bytes to a
/// `JSONValue`, without `JSONDecoder`'s containers and the error thrown for every plain value.
///
/// It takes only what it is sure of, and gives up (`nil`) on anything else: a document that is not
/// an object or an array, a number with a fraction or an exponent or more than 18 digits, `-0`, a
/// lone surrogate, a key twice in one object, text that is not UTF-8, nesting deeper than
/// `maximumDepth`, and every syntax error. `JSONValue.parse` then reads the document with
/// `JSONDecoder`, as before, so what is accepted, what it becomes and every error message stay
/// exactly as they were; this reader only makes the common case fast.
struct JSONScanner {
    /// Deeper documents are left to `JSONDecoder` (whose limit is 512).
    static let maximumDepth = 256

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The document in `data`, or `nil` when this reader is not sure of it.
    static func parse(_ data: Data) -> JSONValue? {
        data.withUnsafeBytes { parse($0) }
    }

    /// The document in `bytes`, or `nil` when this reader is not sure of it.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> JSONValue? {
        var scanner = JSONScanner(bytes)
        scanner.skipWhitespace()
        guard scanner.index < bytes.count, bytes[scanner.index] == .openBrace || bytes[scanner.index] == .openBracket,
              let value = scanner.value() else { return nil }
        scanner.skipWhitespace()
        return scanner.index == bytes.count ? value : nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case .space, .tab, .lineFeed, .carriageReturn: index += 1
            default: return
            }
        }
    }

    private mutating func value() -> JSONValue? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case .openBrace: return object()
        case .openBracket: return array()
        case .quote: return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default: return nil
        }
    }

    private mutating func object() -> JSONValue? {
        depth += 1
        guard depth <= Self.maximumDepth else { return nil }
        index += 1
        var values: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBrace {
            index += 1
            depth -= 1
            return .object(values)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == .quote, let key = string() else { return nil }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == .colon else { return nil }
            index += 1
            guard let value = value(), values.updateValue(value, forKey: key) == nil else { return nil }
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case .comma:
                index += 1
            case .closeBrace:
                index += 1
                depth -= 1
                return .object(values)
            default:
                return nil
            }
        }
    }

    private mutating func array() -> JSONValue? {
        depth += 1
        guard depth <= Self.maximumDepth else { return nil }
        index += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBracket {
            index += 1
            depth -= 1
            return .array(values)
        }
        while true {
            guard let value = value() else { return nil }
            values.append(value)
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case .comma:
                index += 1
            case .closeBracket:
                index += 1
                depth -= 1
                return .array(values)
            default:
                return nil
            }
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return nil }
        let expected = UnsafeRawBufferPointer(start: word.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] { return nil }
        index += count
        return value
    }

    /// A whole number of at most 18 digits; anything else is left to `JSONDecoder`.
    private mutating func number() -> JSONValue? {
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var magnitude: Int64 = 0
        var digits = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            if digits == 1 && magnitude == 0 { return nil }
            magnitude = magnitude * 10 + Int64(digit)
            digits += 1
            index += 1
            guard digits <= 18 else { return nil }
        }
        guard digits > 0, !(negative && magnitude == 0) else { return nil }
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            default: break
            }
        }
        return .number(Decimal(negative ? -magnitude : magnitude))
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : nil
    }

    /// A string from its opening quote; `nil` for control characters, bad escapes and bytes that are not UTF-8.
    private mutating func string() -> String? {
        index += 1
        let start = index
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        var position = start
        var highBits: UInt64 = 0
        // Eight bytes at a time while none is a quote, a backslash or a control character (SWAR: a
        // byte is found when the word, with that byte subtracted, borrows into its top bit)…
        let raw = UnsafeRawPointer(base)
        while position + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let quotes = word ^ Self.repeated(.quote)
            let backslashes = word ^ Self.repeated(.backslash)
            let found = ((quotes &- Self.repeated(0x01)) & ~quotes) | ((backslashes &- Self.repeated(0x01)) & ~backslashes)
                | ((word &- Self.repeated(0x20)) & ~word)
            if found & Self.repeated(0x80) != 0 { break }
            highBits |= word
            position += 8
        }
        // …then byte by byte to the end of the string.
        while position < bytes.count {
            let byte = base[position]
            if byte == .quote || byte == .backslash || byte < 0x20 { break }
            highBits |= UInt64(byte)
            position += 1
        }
        index = position
        guard position < bytes.count, base[position] == .quote else {
            return position < bytes.count && base[position] == .backslash ? escapedString(from: start) : nil
        }
        let text = UnsafeRawBufferPointer(rebasing: bytes[start..<position])
        index += 1
        return highBits & Self.repeated(0x80) == 0 ? String(decoding: text, as: UTF8.self) : String(validating: text, as: UTF8.self)
    }

    /// `byte` in each of the eight bytes of a word.
    private static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The rest of a string from its first escape, `start` being the first byte after the quote.
    private mutating func escapedString(from start: Int) -> String? {
        var text = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case .quote:
                return String(validating: text, as: UTF8.self)
            case .backslash:
                guard index < bytes.count else { return nil }
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
                    guard let scalar = unicodeEscape() else { return nil }
                    UTF8.encode(scalar) { text.append($0) }
                default:
                    return nil
                }
            case 0..<0x20:
                return nil
            default:
                text.append(byte)
            }
        }
        return nil
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
}

private extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
}
