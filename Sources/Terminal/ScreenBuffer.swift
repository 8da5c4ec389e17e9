import EvaluationCore

/// A grid of cells that a screen is drawn into before it reaches the
/// terminal.
///
/// Screens are built as values: write text, fill areas, then hand the
/// buffer to ``TerminalSession/draw(_:cursor:)``, which draws only the cells
/// that differ from the previous frame (``diff(from:)``). A buffer knows
/// nothing of ncurses, so a screen can be tested as text.
///
/// Text is measured with EvaluationCore's `DisplayWidth`, the same
/// measure the reports and layouts use, so text padded elsewhere lines up
/// here. A wide character takes its cell
/// and a continuation cell; writing over either half of a wide character
/// blanks the other half, and text clipped at an edge never splits one.
public struct ScreenBuffer: Hashable, Sendable, CustomStringConvertible {
    public let size: ScreenSize
    private var cells: [Cell]

    /// A buffer of blank cells.
    public init(size: ScreenSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.rows * size.columns)
    }

    /// A buffer of blank cells.
    public init(rows: Int, columns: Int) {
        self.init(size: ScreenSize(rows: rows, columns: columns))
    }

    /// The cell at `row`, `column`; both must be inside the buffer.
    public subscript(row: Int, column: Int) -> Cell {
        precondition(contains(row: row, column: column), "cell \(row),\(column) is outside \(size)")
        return cells[row * size.columns + column]
    }

    /// Whether `row`, `column` is inside the buffer.
    public func contains(row: Int, column: Int) -> Bool {
        (0..<size.rows).contains(row) && (0..<size.columns).contains(column)
    }

    /// Writes `text` from `row`, `column` onwards and returns the column
    /// just after it.
    ///
    /// The text is clipped to the buffer and, when `maxWidth` is given, to
    /// that many columns. A wide character that does not fit is not drawn;
    /// the column it would have started in becomes a blank in `style`.
    /// Zero-width clusters that stand alone (a stray combining mark, a
    /// control character) are dropped. A row outside the buffer writes
    /// nothing.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol,
        row: Int,
        column: Int,
        style: Style = .plain,
        maxWidth: Int? = nil
    ) -> Int {
        guard (0..<size.rows).contains(row) else {
            return column
        }
        var end = size.columns
        if let maxWidth {
            end = min(end, column + max(0, maxWidth))
        }
        var current = column
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0 else {
                continue
            }
            if current + width > end {
                if current < end, end > 0 {
                    put(" ", width: 1, style: style, row: row, column: max(0, current))
                    current = end
                }
                break
            }
            if current < 0 {
                if current + width > 0 {
                    put(" ", width: 1, style: style, row: row, column: 0)
                }
            } else {
                put(character, width: width, style: style, row: row, column: current)
            }
            current += width
        }
        return current
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`.
    ///
    /// A wide `character` is repeated every two columns; an odd column left
    /// at the right edge becomes a blank.
    public mutating func fill(_ rect: ScreenRect, with character: Character = " ", style: Style = .plain) {
        let width = DisplayWidth.of(character)
        let fillCharacter: Character = width == 0 ? " " : character
        let fillWidth = max(1, width)
        let rows = max(0, rect.row)..<min(size.rows, rect.row + rect.rows)
        let start = max(0, rect.column)
        let end = min(size.columns, rect.column + rect.columns)
        for row in rows {
            var column = start
            while column < end {
                if column + fillWidth > end {
                    put(" ", width: 1, style: style, row: row, column: column)
                    column += 1
                } else {
                    put(fillCharacter, width: fillWidth, style: style, row: row, column: column)
                    column += fillWidth
                }
            }
        }
    }

    /// Makes every cell blank.
    public mutating func clear() {
        cells = Array(repeating: .blank, count: cells.count)
    }

    /// The characters of `row`, continuation cells left out, so a row of
    /// `size.columns` columns reads as it shows.
    public func text(ofRow row: Int) -> String {
        precondition((0..<size.rows).contains(row), "row \(row) is outside \(size)")
        var line = ""
        for cell in cells[(row * size.columns)..<((row + 1) * size.columns)] where !cell.isContinuation {
            line.append(cell.character)
        }
        return line
    }

    /// Every row as text (see ``text(ofRow:)``).
    public var lines: [String] {
        (0..<size.rows).map { text(ofRow: $0) }
    }

    /// The rows joined by newlines.
    public var description: String {
        lines.joined(separator: "\n")
    }

    /// The runs of cells that differ from `old`, row by row, left to right.
    ///
    /// When the sizes differ every row is one run (see ``runs()``). A run
    /// is widened so that it holds both halves of every wide character it
    /// touches.
    public func diff(from old: ScreenBuffer) -> [CellRun] {
        guard old.size == size else {
            return runs()
        }
        let columns = size.columns
        var result: [CellRun] = []
        for row in 0..<size.rows {
            let base = row * columns
            var column = 0
            while column < columns {
                guard cells[base + column] != old.cells[base + column] else {
                    column += 1
                    continue
                }
                var start = column
                if start > 0, cells[base + start].isContinuation {
                    start -= 1
                }
                var end = column + 1
                while end < columns, cells[base + end] != old.cells[base + end] {
                    end += 1
                }
                if end < columns, cells[base + end - 1].width == 2 {
                    end += 1
                }
                if let last = result.last, last.row == row, last.column + last.cells.count >= start {
                    let lastEnd = last.column + last.cells.count
                    result[result.count - 1].cells.append(contentsOf: cells[(base + lastEnd)..<(base + end)])
                } else {
                    result.append(CellRun(row: row, column: start, cells: Array(cells[(base + start)..<(base + end)])))
                }
                column = end
            }
        }
        return result
    }

    /// The whole buffer as runs, one per row: what a full redraw draws.
    public func runs() -> [CellRun] {
        (0..<size.rows).map { row in
            CellRun(row: row, column: 0, cells: Array(cells[(row * size.columns)..<((row + 1) * size.columns)]))
        }
    }

    /// Puts one character whose width is known at a place where it fits,
    /// first blanking the other half of any wide character it cuts.
    private mutating func put(_ character: Character, width: Int, style: Style, row: Int, column: Int) {
        let base = row * size.columns
        if column > 0, cells[base + column].isContinuation {
            cells[base + column - 1] = .blank(cells[base + column - 1].style)
        }
        let last = column + width - 1
        if last + 1 < size.columns, cells[base + last].width == 2 {
            cells[base + last + 1] = .blank(cells[base + last + 1].style)
        }
        cells[base + column] = Cell(character: character, width: width, style: style)
        if width == 2 {
            cells[base + column + 1] = .continuation(style)
        }
    }
}
