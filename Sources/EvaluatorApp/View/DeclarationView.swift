import EvaluationCore
import Terminal

/// The declaration of impartiality and confidentiality, shown on the evaluator's first start. It
/// scrolls (↓, PgDn, End) and is accepted only once read to its end, through a question of its own.
enum DeclarationView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        let inner = ScreenRect(row: rect.row + 1, column: rect.column + 2, rows: visibleRows(state.size), columns: rect.columns - 4)
        let lines = self.lines(state)
        let last = max(0, lines.count - inner.rows)
        let first = min(state.declarationScroll, last)
        for (index, line) in lines[first...].prefix(inner.rows).enumerated() {
            buffer.write(line, row: inner.row + index, column: inner.column, style: first + index == 0 ? AppView.titleStyle : .plain)
        }
        let prompt: String
        if first < last {
            prompt = state.text("Редове \(first + 1)–\(first + inner.rows) от \(lines.count) · прочетете докрай: ↓ PgDn End · q изход",
                                "Lines \(first + 1)–\(first + inner.rows) of \(lines.count) · read to the end: ↓ PgDn End · q quit")
        } else {
            prompt = state.text("Край на декларацията · Enter — приемане (с още един въпрос) · q изход",
                                "The end of the declaration · Enter accepts (asking once more) · q quit")
        }
        AppView.paragraph(prompt, into: &buffer, rect: ScreenRect(row: rect.row + rect.rows - 1, column: inner.column, rows: 1, columns: inner.columns),
                          style: Style(color: .accent, attributes: [.bold]))
    }

    /// The declaration's lines as wrapped for the screen.
    static func lines(_ state: AppState) -> [String] {
        let text = state.text(DeclarationText.text(name: state.model.evaluator.name, procedureTitle: state.model.procedure.title))
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += TextLayout.wrap(String(paragraph), width: max(1, state.size.columns - 4))
        }
        return lines
    }

    /// How many lines of the declaration a screen of `size` shows.
    static func visibleRows(_ size: ScreenSize) -> Int {
        max(1, size.rows - 5)
    }
}
