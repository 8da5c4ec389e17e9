import EvaluationCore
import Terminal

/// The declaration of impartiality and confidentiality, shown on the evaluator's first start.
enum DeclarationView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        let text = DeclarationText.text(name: state.model.evaluator.name, procedureTitle: state.model.procedure.title).text(in: state.language)
        let inner = ScreenRect(row: rect.row + 1, column: rect.column + 2, rows: rect.rows - 3, columns: rect.columns - 4)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += TextLayout.wrap(String(paragraph), width: inner.columns)
        }
        for (index, line) in lines.prefix(inner.rows).enumerated() {
            buffer.write(line, row: inner.row + index, column: inner.column, style: index == 0 ? AppView.titleStyle : .plain)
        }
        let prompt = state.text("Натиснете Enter (или y/д), за да приемете декларацията; q — изход без приемане.",
                                "Press Enter (or y) to accept the declaration; q quits without accepting.")
        AppView.paragraph(prompt, into: &buffer, rect: ScreenRect(row: rect.row + rect.rows - 1, column: inner.column, rows: 1, columns: inner.columns),
                          style: Style(color: .accent, attributes: [.bold]))
    }
}
