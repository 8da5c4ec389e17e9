import EvaluationCore

/// A table of text aligned by display width: Cyrillic, „“ quotes and long names wrap inside their
/// column and never break the table (Docs/architecture.md, "The protocol").
public struct TextTable {
    public struct Column {
        public enum Alignment {
            case left
            case right
        }

        public var title: String
        public var alignment: Alignment
        /// Whether the column may be narrowed (its cells wrap); numbers and ids should not.
        public var wraps: Bool

        public init(title: String, alignment: Alignment = .left, wraps: Bool = true) {
            self.title = title
            self.alignment = alignment
            self.wraps = wraps
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    public var separator = "  "

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The widths that fit `width`: natural widths, then the widest wrapping column narrowed first.
    public func columnWidths(fitting width: Int) -> [Int] {
        var widths = columns.enumerated().map { index, column in
            var widest = 0
            for cell in [column.title] + rows.map({ $0.indices.contains(index) ? $0[index].escapingControlCharacters : "" }) {
                guard cell.utf8.contains(.lineFeed) else {
                    widest = max(widest, Self.displayWidth(cell))
                    continue
                }
                for line in cell.split(separator: "\n", omittingEmptySubsequences: false) {
                    widest = max(widest, Self.displayWidth(line))
                }
            }
            return widest
        }
        let separators = DisplayWidth.of(separator) * max(0, columns.count - 1)
        let minimum = 6
        while widths.reduce(0, +) + separators > width {
            let candidates = widths.indices.filter { columns[$0].wraps && widths[$0] > minimum }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        // Still too wide: the columns that should not wrap wrap too, rather than break the width.
        while widths.reduce(0, +) + separators > width {
            guard let widest = widths.indices.filter({ widths[$0] > 1 }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// The table, header underlined, each row's cells wrapped to their column.
    public func render(width: Int) -> String {
        lines(width: width).joined(separator: "\n") + "\n"
    }

    /// The lines of `render(width:)`, without its line breaks: no line holds one (a cell's new lines
    /// are wrapped into lines of their own).
    public func lines(width: Int) -> [String] {
        lines(widths: columnWidths(fitting: width))
    }

    /// The lines with the columns `widths` wide (`columnWidths(fitting:)`, when the caller has them).
    public func lines(widths: [Int]) -> [String] {
        var lines: [String] = []
        lines += renderRow(columns.map(\.title), widths: widths)
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: separator))
        for row in rows {
            lines += renderRow(row, widths: widths)
        }
        return lines
    }

    private func renderRow(_ cells: [String], widths: [Int]) -> [String] {
        // Each cell's lines, each with its width and whether it is simple text (`simpleWidth`).
        let wrapped = widths.indices.map { index -> [(text: String, width: Int, simple: Bool)] in
            let cell = cells.indices.contains(index) ? cells[index].escapingControlCharacters : ""
            let columnWidth = max(1, widths[index])
            if let cellWidth = Self.oneLineWidth(cell, fitting: columnWidth) { return [(cell, cellWidth, true)] }
            return TextLayout.wrap(cell, width: columnWidth).map { line in
                if let width = Self.simpleWidth(line) { return (line, width, true) }
                return (line, DisplayWidth.of(line), false)
            }
        }
        let height = wrapped.map { $0.count }.max() ?? 1
        let last = widths.count - 1
        return (0..<height).map { line in
            var text = ""
            for index in widths.indices {
                let cell = line < wrapped[index].count ? wrapped[index][line] : (text: "", width: 0, simple: true)
                if index > 0 { text += separator }
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.width))
                if columns[index].alignment == .right {
                    text += padding + cell.text
                } else {
                    text += cell.text
                    // The last cell's padding would only be removed again below; simple text never
                    // joins the space after it into one character, so leaving it out changes nothing.
                    if index != last || !cell.simple { text += padding }
                }
            }
            return text.trailingSpacesRemoved()
        }
    }

    /// `DisplayWidth.of(text)`, counted fast for the text tables are mostly made of (see `simpleWidth`).
    static func displayWidth(_ text: some StringProtocol) -> Int {
        simpleWidth(text) ?? DisplayWidth.of(text)
    }

    /// The width of `cell` when `TextLayout.wrap(cell, width:)` is `[cell]`: simple text within the
    /// width, with no space at either end and never two together (wrapping would drop them); nil otherwise.
    static func oneLineWidth(_ cell: String, fitting width: Int) -> Int? {
        guard let cellWidth = simpleWidth(cell), cellWidth <= width else { return nil }
        let bytes = cell.utf8
        guard bytes.first != .space, bytes.last != .space else { return nil }
        return zip(bytes, bytes.dropFirst()).contains { $0 == .space && $1 == .space } ? nil : cellWidth
    }

    /// `DisplayWidth.simpleWidth`: the scalars of text whose every character is one column wide.
    static func simpleWidth(_ text: some StringProtocol) -> Int? {
        DisplayWidth.simpleWidth(text)
    }
}

private extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let lineFeed = UInt8(ascii: "\n")
}
