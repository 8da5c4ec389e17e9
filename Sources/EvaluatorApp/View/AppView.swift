import EvaluationCore
import Terminal

/// Draws a state into a screen buffer: the screen, the status line, the key bar and any overlay.
/// Pure, so every screen can be tested as text.
public enum AppView {
    /// The smallest screen the interface lays out for.
    public static let minimumSize = ScreenSize(rows: 24, columns: 80)

    /// Whether a window of `size` is below ``minimumSize``: then the screens show only that, and nothing
    /// but Ctrl-C does anything (both interfaces).
    public static func isTooSmall(_ size: ScreenSize) -> Bool {
        size.rows < minimumSize.rows || size.columns < minimumSize.columns
    }

    public static let titleStyle = Style(color: .accent, attributes: [.bold])
    public static let selectedStyle = Style(attributes: [.reverse])
    public static let mutedStyle = Style(color: .muted)
    public static let barStyle = Style(attributes: [.reverse])

    /// The frame and where the terminal's cursor goes (the editor's caret), if anywhere.
    public static func render(_ state: AppState) -> (buffer: ScreenBuffer, cursor: ScreenPosition?) {
        var buffer = ScreenBuffer(size: state.size)
        guard !isTooSmall(state.size) else {
            let lines = TextLayout.wrap(state.text(
                "Прозорецът е \(state.size.columns)×\(state.size.rows); ocenka се нуждае от поне 80×24. Увеличете го — нищо не е изгубено. Докато е по-малък, клавишите не се изпълняват.",
                "The window is \(state.size.columns)×\(state.size.rows); ocenka needs at least 80×24. Enlarge it — nothing is lost. While it is smaller, keys do nothing."),
                width: max(1, state.size.columns))
            for (index, line) in lines.prefix(state.size.rows).enumerated() { buffer.write(line, row: index, column: 0) }
            return (buffer, nil)
        }
        var cursor: ScreenPosition?
        let body = ScreenRect(row: 0, column: 0, rows: state.size.rows - 2, columns: state.size.columns)
        switch state.screen {
        case .declaration:
            DeclarationView.draw(state, into: &buffer, rect: body)
        case .list:
            cursor = ListView.draw(state, into: &buffer, rect: body)
        case .proposal:
            cursor = ProposalScreenView.draw(state, view: state.view, into: &buffer, rect: body)
        }
        Chrome.statusLine(state.message, size: state.size, into: &buffer)
        drawKeyBar(state, into: &buffer)
        if let overlay = state.overlay {
            cursor = OverlayView.draw(overlay, state: state, into: &buffer)
        }
        return (buffer, cursor)
    }

    private static func drawKeyBar(_ state: AppState, into buffer: inout ScreenBuffer) {
        let bar: String
        if state.screen == .proposal, let editing = state.view.editing, state.overlay == nil {
            bar = editing.advanceOnLeave
                ? state.text("Редактиране: Enter нов ред  ←→↑↓ Home End  Backspace  Esc → следващ критерий",
                             "Editing: Enter new line  ←→↑↓ Home End  Backspace  Esc → next criterion")
                : state.text("Редактиране: Enter нов ред  ←→↑↓ Home End  Backspace/Delete  Esc край (всичко е записано)",
                             "Editing: Enter new line  ←→↑↓ Home End  Backspace/Delete  Esc done (all is saved)")
        } else if state.screen == .list && state.list.isSearching && state.overlay == nil {
            bar = state.text("Търсене: пишете номер или кандидат  Enter готово  Esc изчистване",
                             "Search: type a number or an applicant  Enter done  Esc clear")
        } else {
            bar = KeyBindings.bar(for: AppUpdate.context(of: state), language: state.language, hiding: AppUpdate.hiddenCommands(state))
        }
        Chrome.keyBar(bar, size: state.size, into: &buffer)
    }

    /// Writes wrapped text into `rect` from its top; returns the rows used (at most the rect's height).
    @discardableResult
    static func paragraph(_ text: String, into buffer: inout ScreenBuffer, rect: ScreenRect, style: Style = .plain,
                          maxLines: Int? = nil) -> Int {
        let limit = min(rect.rows, maxLines ?? rect.rows)
        guard limit > 0 else { return 0 }
        var lines = TextLayout.wrap(text, width: max(1, rect.columns))
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] = TextLayout.truncate(lines[limit - 1] + " …", to: rect.columns)
        }
        for (index, line) in lines.enumerated() {
            buffer.write(line, row: rect.row + index, column: rect.column, style: style, maxWidth: rect.columns)
        }
        return lines.count
    }

    static func points(_ value: Points?, _ language: Language) -> String {
        guard let value else { return "—" }
        return language == .bulgarian ? value.localizedNumber : value.fixedText
    }

    static func style(of cell: ProposalRow.Cell.State) -> Style {
        switch cell {
        case .none: return mutedStyle
        case .toDo: return Style(color: .warning)
        case .draft: return Style(color: .accent)
        case .done: return Style(color: .success)
        case .blocked: return mutedStyle
        }
    }
}
