import EvaluationCore
import Terminal

/// A decision being filled in: what it is, its parameter (a choice by digit, or points or an amount
/// typed), then its reason.
enum ChairFormView {
    static func draw(_ form: DecisionForm, state: ChairState, into buffer: inout ScreenBuffer) -> ScreenPosition? {
        let title: String
        switch form.kind {
        case .assignEvaluator: title = state.text("Още един оценител", "One more evaluator")
        case .consensusScore: title = state.text("Консенсусна оценка", "Consensus score")
        case .admission: title = state.text("Решение за допускане", "Admission decision")
        case .returnSheet: title = state.text("Връщане на лист", "Returning a sheet")
        case .budgetCorrection: title = state.text("Корекция на бюджета", "Budget correction")
        case .reorder: title = state.text("Подреждане при равни точки", "Reorder at equal scores")
        }
        let width = min(state.size.columns - 4, 64)
        let height = 16
        let rect = ScreenRect(row: max(1, (state.size.rows - height) / 2), column: (state.size.columns - width) / 2, rows: height, columns: width)
        buffer.fill(rect)
        buffer.drawBorder(rect, title: " \(title) — \(form.proposal) ", style: Style(color: .accent), titleStyle: AppView.titleStyle)
        let inner = ScreenRect(row: rect.row + 1, column: rect.column + 2, rows: rect.rows - 2, columns: width - 4)
        var row = inner.row
        var cursor: ScreenPosition?
        if !form.choices.isEmpty {
            buffer.write(state.text("Изберете с цифра:", "Choose with a digit:"), row: row, column: inner.column, style: Style(attributes: [.bold]))
            row += 1
            for (index, choice) in form.choices.prefix(6).enumerated() {
                let style: Style = form.chosen == index ? Style(color: .success, attributes: [.bold, .reverse]) : .plain
                buffer.write("\(index + 1)  \(choice.label)", row: row, column: inner.column, style: style, maxWidth: inner.columns)
                row += 1
            }
        } else {
            let label = form.kind == .consensusScore
                ? state.text("Точки (напр. 72,50): ", "Points (e.g. 72.50): ")
                : state.text("Сума, премахната като недопустима (напр. 1 200,00): ", "Amount removed as ineligible (e.g. 1200.00): ")
            let end = buffer.write(label, row: row, column: inner.column, style: Style(attributes: [.bold]))
            let fieldEnd = buffer.write(form.field, row: row, column: end, style: Style(attributes: [.underline]))
            if form.step == .parameter { cursor = ScreenPosition(row: row, column: fieldEnd) }
            row += 1
        }
        row += 1
        if form.step == .reason {
            buffer.write(state.text("Мотиви (задължително), Enter — записване:", "Reason (required), Enter records:"), row: row, column: inner.column,
                         style: Style(attributes: [.bold]))
            row += 1
            var scroll = 0
            let rows = max(2, inner.row + inner.rows - 3 - row)
            cursor = form.reason.draw(into: &buffer, rect: ScreenRect(row: row, column: inner.column, rows: rows, columns: inner.columns),
                                      style: Style(attributes: [.underline]), scroll: &scroll)
            row += rows
        }
        if let error = form.error {
            buffer.write(TextLayout.truncate(error, to: inner.columns), row: inner.row + inner.rows - 2, column: inner.column, style: Style(color: .error, attributes: [.bold]))
        }
        buffer.write(state.text("Enter — напред / записване · Esc — отказ", "Enter — next / record · Esc — cancel"), row: inner.row + inner.rows - 1,
                     column: inner.column, style: Style(color: .accent))
        return cursor
    }
}
