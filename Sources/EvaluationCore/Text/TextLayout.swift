/// Text measured and laid out by display width, for terminal screens and text protocols.
public enum TextLayout {
    /// Breaks `text` into lines of at most `width` columns, at spaces where possible; a word longer
    /// than a line is cut. Existing line breaks are kept; an empty paragraph stays an empty line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "width must be positive")
        if let lines = wrapSimple(text, width: width) { return lines }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let (head, headWidth) = prefix(word, fitting: width)
                    lines.append(String(head))
                    word = word.dropFirst(head.count)
                    wordWidth -= headWidth
                }
                line = String(word)
                lineWidth = wordWidth
            }
            if line.isEmpty && paragraph.contains(where: { $0 != " " }) { continue }
            lines.append(line)
        }
        return lines
    }

    /// `wrap` for text whose every character is one scalar one column wide (`DisplayWidth.isSimple`,
    /// so no line break either): the same lines, found on the UTF-8 bytes, where a character's
    /// width is 1 and its bytes are a lead byte and its continuation bytes; `nil` for other text.
    static func wrapSimple(_ text: String, width: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var lines: [String] = []
            var line: [UInt8] = []
            var lineWidth = 0
            var index = 0
            /// The bytes of `count` characters from `start`.
            func end(from start: Int, characters count: Int) -> Int {
                var end = start
                var seen = 0
                while end < bytes.count {
                    if bytes[end] & 0xC0 != 0x80 {
                        if seen == count { break }
                        seen += 1
                    }
                    end += 1
                }
                return end
            }
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    index += 1
                    continue
                }
                // A word: up to the next space; its width is its count of lead bytes.
                var wordEnd = index
                var wordWidth = 0
                var scalar: UInt32 = 0
                var remaining = 0
                while wordEnd < bytes.count && bytes[wordEnd] != 0x20 {
                    let byte = bytes[wordEnd]
                    if byte & 0xC0 == 0x80 {
                        scalar = scalar << 6 | UInt32(byte & 0x3F)
                        remaining -= 1
                    } else {
                        wordWidth += 1
                        switch byte {
                        case ..<0x80: scalar = UInt32(byte); remaining = 0
                        case ..<0xE0: scalar = UInt32(byte & 0x1F); remaining = 1
                        case ..<0xF0: scalar = UInt32(byte & 0x0F); remaining = 2
                        default: return nil
                        }
                    }
                    if remaining == 0 && !DisplayWidth.isSimple(scalar) { return nil }
                    wordEnd += 1
                }
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line.append(0x20)
                    line.append(contentsOf: bytes[index..<wordEnd])
                    lineWidth += 1 + wordWidth
                    index = wordEnd
                    continue
                }
                if lineWidth > 0 {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    lineWidth = 0
                }
                var start = index
                while wordWidth > width {
                    let headEnd = end(from: start, characters: width)
                    lines.append(String(decoding: bytes[start..<headEnd], as: UTF8.self))
                    start = headEnd
                    wordWidth -= width
                }
                line.append(contentsOf: bytes[start..<wordEnd])
                lineWidth = wordWidth
                index = wordEnd
            }
            lines.append(String(decoding: line, as: UTF8.self))
            return lines
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, and its width.
    public static func prefix(_ text: Substring, fitting width: Int) -> (Substring, Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let characterWidth = DisplayWidth.of(text[index])
            if used + characterWidth > width { break }
            used += characterWidth
            end = text.index(after: index)
        }
        if end == text.startIndex, let first = text.first, width > 0 {
            return (text[text.startIndex...text.startIndex], DisplayWidth.of(first))
        }
        return (text[text.startIndex..<end], used)
    }

    /// `text` as a sentence: its first letter in upper case ("папката се използва…" → "Папката се използва…").
    public static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `text` cut to `width` columns, with "…" where it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return String(prefix(Substring(text), fitting: width).0) }
        return String(prefix(Substring(text), fitting: width - 1).0) + "…"
    }

    /// `text` padded with spaces on the right to `width` columns.
    public static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// `text` padded with spaces on the left to `width` columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// `text` indented: the first line with `first`, the following with `rest`, wrapped to `width`.
    public static func hanging(_ text: String, first: String, rest: String, width: Int) -> [String] {
        let indentWidth = max(DisplayWidth.of(first), DisplayWidth.of(rest))
        let lines = wrap(text, width: max(1, width - indentWidth))
        return lines.enumerated().map { index, line in
            let indent = index == 0 ? first : rest
            return TextLayout.padRight(indent, to: indentWidth) + line
        }
    }
}
