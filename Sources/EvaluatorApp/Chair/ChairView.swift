import EvaluationCore
import Terminal

/// Draws the chair's interface: the header with the screens and whether the ranking is final, the
/// current screen, the status line and the key bar, and a decision form or the help over them.
public enum ChairView {
    public static func render(_ state: ChairState) -> (buffer: ScreenBuffer, cursor: ScreenPosition?) {
        var buffer = ScreenBuffer(size: state.size)
        guard !AppView.isTooSmall(state.size) else {
            buffer.write(state.text("Прозорецът е твърде малък; нужни са поне 80×24.", "The window is too small; at least 80×24 is needed."),
                         row: 0, column: 0)
            return (buffer, nil)
        }
        let width = state.size.columns
        let who = (state.sync.map { $0.text(in: state.language) + " (F5)  " } ?? "") + state.text("Председател: ", "Chair: ") + state.model.chair.name
        buffer.write(TextLayout.truncate(state.model.procedure.title, to: width - DisplayWidth.of(who) - 3), row: 0, column: 1, style: AppView.titleStyle)
        buffer.write(who, row: 0, column: width - DisplayWidth.of(who) - 1, style: AppView.mutedStyle)
        var column = 1
        for screen in ChairState.Screen.allCases {
            let style = screen == state.screen ? Style(color: .accent, attributes: [.reverse, .bold]) : AppView.mutedStyle
            column = buffer.write(" " + state.text(screen.label) + " ", row: 1, column: column, style: style) + 1
        }
        let hint = state.text("Tab екран", "Tab screen")
        buffer.write(hint, row: 1, column: width - DisplayWidth.of(hint) - 1, style: AppView.mutedStyle)
        let ranking = state.model.ranking
        let waiting = ranking.unranked.filter { $0.status == .needsDecision }.count
        let pending = ranking.unranked.filter { $0.status == .pending }.count
        let objections = state.model.openObjections.map { "\($0.number) (\($0.proposal))" }.joined(separator: ", ")
        let blocked = !state.model.openObjections.isEmpty
        let finality = blocked
            ? state.text("НЕ е окончателно: неприключено възражение № \(objections).", "NOT final: open objection no. \(objections).")
            : ranking.isFinal
            ? (ranking.outcome == .funding ? state.text("Класирането е ОКОНЧАТЕЛНО.", "The ranking is FINAL.")
                                           : state.text("Списъкът е ОКОНЧАТЕЛЕН.", "The list is FINAL."))
            : state.text(CountedMessages.preliminaryRanking(waiting: waiting, pending: pending))
        buffer.write(finality, row: 2, column: 1, style: ranking.isFinal && !blocked ? Style(color: .success, attributes: [.bold]) : Style(color: .warning, attributes: [.bold]),
                     maxWidth: width - 2)
        buffer.drawHorizontalLine(row: 3, from: 0, to: width - 1, style: AppView.mutedStyle)
        let content = ScreenRect(row: 4, column: 1, rows: state.size.rows - 6, columns: width - 2)
        if let comparison = state.comparison {
            ChairComparisonView.draw(state, comparison: comparison, into: &buffer, rect: content)
        } else {
            drawScreen(state, into: &buffer, rect: content)
        }
        drawFooter(state, into: &buffer)
        var cursor: ScreenPosition?
        if state.isShowingHelp {
            var under = state
            under.isShowingHelp = false
            let lines = KeyBindings.helpLines(in: ChairUpdate.context(of: under), language: state.language)
            Chrome.box(title: state.text("Клавиши", "Keys"), lines: lines, footer: state.text("Esc — затваряне", "Esc — close"), size: state.size,
                       minimumWidth: 44, into: &buffer)
        } else if let form = state.form {
            cursor = ChairFormView.draw(form, state: state, into: &buffer)
        }
        return (buffer, cursor)
    }

    private static func drawScreen(_ state: ChairState, into buffer: inout ScreenBuffer, rect content: ScreenRect) {
        switch state.screen {
        case .progress: ChairProgressView.draw(state, into: &buffer, rect: content)
        case .decisions: ChairDecisionsView.draw(state, into: &buffer, rect: content)
        case .ranking: ChairRankingView.draw(state, into: &buffer, rect: content)
        case .protocolPreview: drawProtocol(state, into: &buffer, rect: content)
        }
    }

    private static func drawFooter(_ state: ChairState, into buffer: inout ScreenBuffer) {
        Chrome.statusLine(state.message, size: state.size, into: &buffer)
        Chrome.keyBar(KeyBindings.bar(for: ChairUpdate.context(of: state), language: state.language, hiding: ChairUpdate.hiddenCommands(state)),
                      size: state.size, into: &buffer)
    }

    private static func drawProtocol(_ state: ChairState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        guard !state.protocolPreview.isEmpty else {
            buffer.write(state.text("Протоколът се подготвя…", "Preparing the protocol…"), row: rect.row, column: rect.column, style: AppView.mutedStyle)
            return
        }
        let first = min(state.protocolScroll, max(0, state.protocolPreview.count - rect.rows))
        for (offset, line) in state.protocolPreview[first...].prefix(rect.rows).enumerated() {
            let skipped = TextLayout.prefix(Substring(line), fitting: state.protocolColumn).0
            buffer.write(String(line.dropFirst(skipped.count)), row: rect.row + offset, column: rect.column, maxWidth: rect.columns)
        }
    }
}
