import EvaluationCore
import Terminal

/// What both interfaces draw the same way: the status line, the key bar and a framed box.
enum Chrome {
    /// The message on the row above the key bar, in its kind's colour.
    static func statusLine(_ message: StatusMessage?, size: ScreenSize, into buffer: inout ScreenBuffer) {
        guard let message else { return }
        let style: Style
        switch message.kind {
        case .info: style = Style(color: .accent)
        case .success: style = Style(color: .success)
        case .warning: style = Style(color: .warning, attributes: [.bold])
        case .error: style = Style(color: .error, attributes: [.bold])
        }
        buffer.write(" " + TextLayout.truncate(message.text, to: size.columns - 2), row: size.rows - 2, column: 0, style: style)
    }

    /// The keys that apply, on the last row, in reverse.
    static func keyBar(_ bar: String, size: ScreenSize, into buffer: inout ScreenBuffer) {
        let row = size.rows - 1
        buffer.fill(ScreenRect(row: row, column: 0, rows: 1, columns: size.columns), style: AppView.barStyle)
        buffer.write(" " + TextLayout.truncate(bar, to: size.columns - 1), row: row, column: 0, style: AppView.barStyle)
    }

    /// A framed box in the middle of the screen, at least `minimumWidth` wide inside; returns its frame.
    @discardableResult
    static func box(title: String, lines: [String], footer: String?, size: ScreenSize, minimumWidth: Int,
                    into buffer: inout ScreenBuffer) -> ScreenRect {
        let width = min(size.columns - 4, max(minimumWidth, (lines + [title, footer ?? ""]).map { DisplayWidth.of($0) }.max() ?? minimumWidth) + 4)
        let body = Array(lines.prefix(size.rows - 6))
        let height = body.count + (footer == nil ? 2 : 4)
        let rect = ScreenRect(row: max(1, (size.rows - height) / 2), column: (size.columns - width) / 2, rows: height, columns: width)
        buffer.fill(rect)
        buffer.drawBorder(rect, title: " \(title) ", style: Style(color: .accent), titleStyle: AppView.titleStyle)
        for (index, line) in body.enumerated() {
            buffer.write(line, row: rect.row + 1 + index, column: rect.column + 2, maxWidth: width - 4)
        }
        if let footer {
            buffer.write(footer, row: rect.row + rect.rows - 2, column: rect.column + 2, style: Style(color: .accent, attributes: [.bold]), maxWidth: width - 4)
        }
        return rect
    }
}
