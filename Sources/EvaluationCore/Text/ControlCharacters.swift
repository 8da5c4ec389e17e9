/// Control characters (Unicode category Cc: U+0000–U+001F, U+007F, U+0080–U+009F) in stored text.
///
/// A control character reaching a terminal can move the cursor, recolour or clear the screen, or
/// hide what follows, so the program refuses them where text comes in and escapes them where text
/// leaves: every one except a new line and a tab is written as `\u{1B}` (its hexadecimal value in
/// Swift's notation, upper case, no leading zeros), which a reader can still tell apart.
public enum ControlCharacters {
    /// Whether `scalar` is a control character (category Cc).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first control character of `text` that is not allowed: every one, or every one but a
    /// new line and a tab when `multiline` (notes and justifications).
    public static func firstRefused(in text: String, multiline: Bool) -> Unicode.Scalar? {
        guard mayContainControl(text) else { return nil }
        return text.unicodeScalars.first { isControl($0) && !(multiline && ($0 == "\n" || $0 == "\t")) }
    }

    /// `text` with every control character except a new line and a tab written as `\u{1B}`; the
    /// text itself when there is none (the common case costs one pass over the bytes).
    public static func escaped(_ text: String) -> String {
        guard mayContainControl(text) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isControl(scalar) && scalar != "\n" && scalar != "\t" {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// How a refused character is named in a message: "U+001B".
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The message for a refused control character, naming the field.
    public static func refusal(_ scalar: Unicode.Scalar, multiline: Bool) -> LocalizedText {
        let allowed = multiline
            ? LocalizedText(bg: "позволени са само нов ред и табулация", en: "only a new line and a tab are allowed")
            : LocalizedText(bg: "полето е на един ред", en: "the field is a single line")
        return LocalizedText(
            bg: "текстът съдържа управляващ знак \(name(scalar)); \(allowed.bulgarian)",
            en: "the text contains the control character \(name(scalar)); \(allowed.english)")
    }

    /// Whether any byte of `text` may start a control character: below 0x20, 0x7F, or the lead
    /// byte 0xC2 of U+0080–U+00BF.
    private static func mayContainControl(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(mayContainControl(utf8:)) { return found }
        return text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
    }

    /// `mayContainControl` on bytes, eight at a time: a word with no byte below 0x20, equal to 0x7F
    /// or to 0xC2 is passed over whole (the tests are exact: a word is looked at byte by byte only
    /// when one of its bytes is one of those).
    private static func mayContainControl(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- ones &* 0x20) & ~word & highs != 0 || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return true }
            index += 1
        }
        return false
    }
}

extension String {
    /// The text as it may be printed: control characters other than a new line and a tab escaped
    /// (see `ControlCharacters.escaped`).
    public var escapingControlCharacters: String { ControlCharacters.escaped(self) }
}
