import EvaluationCore
import Terminal

/// The recusal: the reason being typed, in a box with the editor's caret.
enum RecusalView {
    /// The width of the reason's text field.
    static let width = 56

    static func draw(proposal: String, reason: TextEditor, state: AppState, into buffer: inout ScreenBuffer) -> ScreenPosition? {
        let intro = TextLayout.wrap(state.text(
            "Отвод по предложение \(proposal): впишете защо имате конфликт на интереси (например връзка с кандидата или партньор). Причината се записва в листа и я вижда председателят.",
            "Recusal from proposal \(proposal): write why you have a conflict of interest (for example a tie to the applicant or a partner). The reason is recorded in the sheet and the chair sees it."), width: width)
        let fieldRows = 5
        let lines = intro + [""] + Array(repeating: "", count: fieldRows)
        let rect = OverlayView.box(title: state.text("Отвод", "Recusal"), lines: lines,
                                   footer: state.text("Enter — напред към потвърждаването · Esc — назад", "Enter — on to the confirmation · Esc — back"),
                                   state: state, into: &buffer)
        var scroll = 0
        let field = ScreenRect(row: rect.row + 1 + intro.count + 1, column: rect.column + 2, rows: fieldRows, columns: min(width, rect.columns - 4))
        return reason.draw(into: &buffer, rect: field, style: Style(attributes: [.underline]), scroll: &scroll)
    }
}
