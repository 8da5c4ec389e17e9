import Terminal

extension TextEditor {
    /// Draws the text wrapped to `rect`'s width into `rect`, from visual line `scroll` on, and
    /// returns where the terminal's cursor goes.
    ///
    /// The rest of `rect` is cleared in `style`. `scroll` is first kept within the text (it never
    /// leaves blank rows below the text that lines above could fill) and then adjusted by as little
    /// as needed for the cursor's line to be visible. The cursor's column is kept inside `rect`:
    /// after the last character of a full line it shows on that character's column.
    public func draw(into buffer: inout ScreenBuffer, rect: ScreenRect, style: Style, scroll: inout Int) -> ScreenPosition {
        buffer.fill(rect, style: style)
        guard rect.rows > 0, rect.columns > 0 else {
            scroll = 0
            return ScreenPosition(row: rect.row, column: rect.column)
        }
        let lines = lineRanges(width: rect.columns)
        let cursorRow = LineWrapping.lineIndex(containing: cursor, in: lines)
        scroll = min(max(0, scroll), max(0, lines.count - rect.rows))
        if cursorRow < scroll {
            scroll = cursorRow
        } else if cursorRow >= scroll + rect.rows {
            scroll = cursorRow - rect.rows + 1
        }
        var start = textIndex(ofCharacter: lines[scroll].lowerBound)
        for (row, line) in lines[scroll..<min(lines.count, scroll + rect.rows)].enumerated() {
            let end = text.utf8.index(start, offsetBy: utf8Count(of: line))
            buffer.write(text[start..<end], row: rect.row + row, column: rect.column, style: style, maxWidth: rect.columns)
            start = end
        }
        let column = cursorColumn(on: lines[cursorRow])
        return ScreenPosition(row: rect.row + cursorRow - scroll, column: rect.column + min(column, rect.columns - 1))
    }
}
