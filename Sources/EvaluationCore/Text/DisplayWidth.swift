/// How many terminal columns text takes: 0 for combining marks and format characters, 2 for East
/// Asian wide and full-width characters and emoji shown as pictures, 1 for everything else (Latin,
/// Cyrillic, „“ quotes, box drawing). Matches what a terminal's `wcwidth` gives for those scripts.
public enum DisplayWidth {
    /// The columns of one character (grapheme cluster).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width = max(width, of(scalar))
        }
        return width
    }

    /// The columns of a string.
    public static func of(_ text: some StringProtocol) -> Int {
        if let width = simpleWidth(text) { return width }
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// The width of text made only of characters one column wide, each its own grapheme cluster —
    /// printable ASCII, Latin, Cyrillic without its combining marks, the general punctuation of
    /// „“–—…, №, €, box drawing and blocks — which is then its number of scalars; `nil` for any other
    /// text (new lines, marks, wide characters, emoji), which is measured character by character.
    public static func simpleWidth(_ text: some StringProtocol) -> Int? {
        if let width = text.utf8.withContiguousStorageIfAvailable({ simpleWidth(utf8: $0) }) { return width }
        var count = 0
        for scalar in text.unicodeScalars {
            guard isSimple(scalar.value) else { return nil }
            count += 1
        }
        return count
    }

    /// `simpleWidth` of valid UTF-8 bytes, decoded in place: a simple scalar is at most three bytes.
    public static func simpleWidth(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        while index < bytes.count {
            guard let length = simpleScalarLength(in: bytes, at: index) else { return nil }
            count += 1
            index += length
        }
        return count
    }

    /// The length in bytes of the scalar at `index` of valid UTF-8 `bytes`, when it is simple
    /// (`isSimple`); nil when it is not, or is cut short.
    @inlinable @inline(__always)
    public static func simpleScalarLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        let end = bytes.count
        // Printable ASCII and the Cyrillic of U+0400–U+047F (lead bytes D0, D1) are simple.
        if byte >= 0x20 && byte < 0x7F { return 1 }
        if (byte == 0xD0 || byte == 0xD1) && index + 1 < end { return 2 }
        let scalar: UInt32
        let length: Int
        if byte < 0x80 {
            scalar = UInt32(byte)
            length = 1
        } else if byte < 0xE0 {
            guard index + 1 < end else { return nil }
            scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if byte < 0xF0 {
            guard index + 2 < end else { return nil }
            scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            return nil
        }
        return isSimple(scalar) ? length : nil
    }

    /// Whether a scalar is one column wide and never joins a grapheme cluster with its neighbours.
    @inlinable @inline(__always)
    public static func isSimple(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x203B,
             0x20AC, 0x2116, 0x2500...0x259F:
            true
        default:
            false
        }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth W and F).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(value) }
    }
}
