/// Lines and frames drawn with the Unicode box-drawing characters, which
/// are one column wide in UTF-8 terminals.
extension ScreenBuffer {
    /// Draws a frame along the edge of `rect`, with `title` set into its
    /// top edge ("┌─ title ───┐") when it fits. Rectangles smaller than
    /// 2×2 are not drawn.
    public mutating func drawBorder(_ rect: ScreenRect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.rows >= 2, rect.columns >= 2 else {
            return
        }
        let top = rect.row
        let bottom = rect.row + rect.rows - 1
        let left = rect.column
        let right = rect.column + rect.columns - 1
        drawHorizontalLine(row: top, from: left + 1, to: right, style: style)
        drawHorizontalLine(row: bottom, from: left + 1, to: right, style: style)
        for row in (top + 1)..<bottom {
            write("│", row: row, column: left, style: style)
            write("│", row: row, column: right, style: style)
        }
        write("┌", row: top, column: left, style: style)
        write("┐", row: top, column: right, style: style)
        write("└", row: bottom, column: left, style: style)
        write("┘", row: bottom, column: right, style: style)
        if let title, rect.columns >= 7 {
            let start = write(" ", row: top, column: left + 2, style: style)
            let end = write(title, row: top, column: start, style: titleStyle ?? style, maxWidth: rect.columns - 6)
            write(" ", row: top, column: end, style: style)
        }
    }

    /// Draws "─" on `row` over the columns `from..<to`.
    public mutating func drawHorizontalLine(row: Int, from start: Int, to end: Int, style: Style = .plain) {
        guard end > start else {
            return
        }
        fill(ScreenRect(row: row, column: start, rows: 1, columns: end - start), with: "─", style: style)
    }
}
