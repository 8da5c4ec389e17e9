import Terminal

/// A text as the editor shows it at one width: its visual lines and where the cursor is on them.
///
/// The lines' ranges tile the text's character offsets: every offset but the text's end lies in
/// exactly one line, and the text's end lies in the last line. The cursor at an offset is on the
/// line whose range holds it, so after the last character of a line broken inside a word it shows
/// at the start of the next line; at the end of a paragraph or of the text it stays on its line,
/// and when that line is full its column is `width`, one past the last column (``TextEditor``'s
/// drawing shows the terminal's cursor in the last column then). After a space that a line breaks
/// at, the column can also be `width` or more.
public struct EditorLayout: Equatable, Sendable {
    /// The visual lines, top to bottom; there is always at least one.
    public let lines: [Line]
    /// The cursor's line (`row`, an index into ``lines``) and its display column on that line.
    public let cursor: ScreenPosition
    private let graphemes: [Grapheme]

    init(lines: [Line], graphemes: [Grapheme], cursor offset: Int) {
        self.lines = lines
        self.graphemes = graphemes
        self.cursor = Self.position(of: offset, lines: lines, graphemes: graphemes)
    }

    /// The line and display column of the cursor standing at character `offset` (clamped to the
    /// text).
    public func position(of offset: Int) -> ScreenPosition {
        Self.position(of: min(max(0, offset), graphemes.count), lines: lines, graphemes: graphemes)
    }

    /// The character offset nearest to `position` without going past its column (a wide character
    /// is not split); a row or a column beyond the text's lines is clamped to them.
    public func offset(at position: ScreenPosition) -> Int {
        let row = min(max(0, position.row), lines.count - 1)
        return LineWrapping.offset(atColumn: position.column, on: lines[row].range, in: graphemes)
    }

    private static func position(of offset: Int, lines: [Line], graphemes: [Grapheme]) -> ScreenPosition {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].range.lowerBound <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        let column = LineWrapping.columns(from: lines[low].range.lowerBound, to: offset, in: graphemes)
        return ScreenPosition(row: low, column: column)
    }
}
