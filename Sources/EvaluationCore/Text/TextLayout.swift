/// Text measured and laid out by display width, for terminal screens and text protocols.
public enum TextLayout {
    /// Breaks `text` into lines of at most `width` columns, at spaces where possible; a word longer
    /// than a line is cut. Existing line breaks are kept; an empty paragraph stays an empty line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "width must be positive")
        if let lines = wrapSimple(text, width: width) { return lines }
        return wrapCharacters(text, width: width)
    }

    /// `wrap` character by character, for any text.
    static func wrapCharacters(_ text: String, width: Int) -> [String] {
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
    /// so no line break either): the same lines, found on the UTF-8 bytes by `SimpleWrap`; `nil` for
    /// other text.
    static func wrapSimple(_ text: String, width: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            var starts: [Int] = []
            guard SimpleWrap.append(bytes, width: width, to: &output,
                                    beginLine: { output, _ in starts.append(output.count) }, endLine: { _ in }) else { return nil }
            starts.append(output.count)
            return output.withUnsafeBufferPointer { output in
                (0..<(starts.count - 1)).map { String(decoding: UnsafeBufferPointer(rebasing: output[starts[$0]..<starts[$0 + 1]]), as: UTF8.self) }
            }
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
