import EvaluationCore

/// A table of text aligned by display width: Cyrillic, „“ quotes and long names wrap inside their
/// column and never break the table (DESIGN §5).
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
            ([column.title] + rows.map { $0.indices.contains(index) ? $0[index] : "" })
                .flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
                .map { DisplayWidth.of($0) }.max() ?? 0
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
        let widths = columnWidths(fitting: width)
        var lines: [String] = []
        lines += renderRow(columns.map(\.title), widths: widths)
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: separator))
        for row in rows {
            lines += renderRow(row, widths: widths)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func renderRow(_ cells: [String], widths: [Int]) -> [String] {
        let wrapped = widths.indices.map { index in
            TextLayout.wrap(cells.indices.contains(index) ? cells[index] : "", width: max(1, widths[index]))
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            var text = ""
            for index in widths.indices {
                let cell = line < wrapped[index].count ? wrapped[index][line] : ""
                let padded = columns[index].alignment == .right
                    ? TextLayout.padLeft(cell, to: widths[index])
                    : TextLayout.padRight(cell, to: widths[index])
                text += (index == 0 ? "" : separator) + padded
            }
            return text.trailingSpacesRemoved()
        }
    }
}
