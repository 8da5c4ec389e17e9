import EvaluationCore
import Terminal

/// The proposals list: progress, filters, and a row per proposal with the evaluator's own statuses.
enum ListView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, rect: ScreenRect) -> ScreenPosition? {
        let width = rect.columns
        let model = state.model
        let who = (state.sync.map { $0.text(in: state.language) + " (F5)  " } ?? "") + "\(model.evaluator.name) (\(model.evaluator.id))"
        buffer.write(TextLayout.truncate(model.procedure.title, to: width - DisplayWidth.of(who) - 3), row: 0, column: 1, style: AppView.titleStyle)
        buffer.write(who, row: 0, column: width - DisplayWidth.of(who) - 1, style: AppView.mutedStyle)
        let progress = model.progress
        var filters = state.text("Оценени \(progress.done)/\(progress.total)", "Done \(progress.done)/\(progress.total)")
        if progress.recused > 0 { filters += " · " + state.text(CountedMessages.recusals(progress.recused)) }
        filters += state.text(" · Приоритет: ", " · Priority: ") + (state.list.priority ?? state.text("всички", "all"))
        filters += state.text(" · Състояние: ", " · Status: ") + statusFilterLabel(state.list.status, state)
        if !state.list.search.isEmpty || state.list.isSearching {
            filters += state.text(" · Търсене: ", " · Search: ") + state.list.search
        }
        buffer.write(TextLayout.truncate(filters, to: width - 2), row: 1, column: 1)
        var cursor: ScreenPosition?
        if state.list.isSearching {
            cursor = ScreenPosition(row: 1, column: min(width - 1, 1 + DisplayWidth.of(filters)))
        }
        buffer.drawHorizontalLine(row: 2, from: 0, to: width - 1, style: AppView.mutedStyle)
        let columns = ListColumns(width: width)
        buffer.write(columns.header(state), row: 3, column: 0, style: Style(attributes: [.bold]))
        let rows = ProposalRow.visibleIndices(in: state)
        let visibleRows = rect.rows - 4
        guard !rows.isEmpty else {
            let empty = model.proposals.isEmpty
                ? state.text("Нямате разпределени предложения.", "You have no proposals assigned.")
                : state.text("Няма предложения, които отговарят на филтъра.", "No proposals match the filter.")
            buffer.write(empty, row: 5, column: 2, style: AppView.mutedStyle)
            return cursor
        }
        let selected = min(state.list.cursor, rows.count - 1)
        let first = min(max(0, selected - visibleRows + 1), max(0, rows.count - visibleRows))
        let top = selected < first ? selected : first
        for (offset, index) in rows[top...].prefix(visibleRows).enumerated() {
            let screenRow = 4 + offset
            let isSelected = top + offset == selected
            columns.draw(ProposalRow(model.proposals[index], model: model), state: state, into: &buffer, row: screenRow, selected: isSelected)
            // The terminal's cursor rests on the selected row, for a screen reader and without colours.
            if isSelected && cursor == nil { cursor = ScreenPosition(row: screenRow, column: 0) }
        }
        return cursor
    }

    static func statusFilterLabel(_ filter: ListState.StatusFilter, _ state: AppState) -> String {
        switch filter {
        case .all: return state.text("всички", "all")
        case .toDo: return state.text("за работа", "to do")
        case .draft: return state.text("чернови", "drafts")
        case .submitted: return state.text("подадени", "submitted")
        }
    }
}

/// The column widths of the list for a screen width: the applicant takes what is left.
struct ListColumns {
    let number = 15
    let priority = 3
    let admin = 12
    let quality = 14
    let total = 6
    let applicant: Int

    init(width: Int) {
        applicant = max(10, width - 1 - number - priority - admin - quality - total - 5)
    }

    func header(_ state: AppState) -> String {
        " " + TextLayout.padRight(state.text("Номер", "Number"), to: number) + " "
            + TextLayout.padRight(state.text("Кандидат", "Applicant"), to: applicant) + " "
            + TextLayout.padRight(state.text("Пр.", "Pr."), to: priority) + " "
            + TextLayout.padRight(state.text("Админ.", "Admin"), to: admin) + " "
            + TextLayout.padRight(state.text("Качество", "Quality"), to: quality) + " "
            + TextLayout.padLeft(state.text("Точки", "Score"), to: total)
    }

    func draw(_ row: ProposalRow, state: AppState, into buffer: inout ScreenBuffer, row screenRow: Int, selected: Bool) {
        let base: Style = selected ? AppView.selectedStyle : .plain
        if selected { buffer.fill(ScreenRect(row: screenRow, column: 0, rows: 1, columns: buffer.size.columns), style: base) }
        var column = 1
        column = buffer.write(TextLayout.padRight(TextLayout.truncate(row.proposal.id, to: number), to: number), row: screenRow, column: column, style: base) + 1
        column = buffer.write(TextLayout.padRight(TextLayout.truncate(row.proposal.applicant.name, to: applicant), to: applicant),
                              row: screenRow, column: column, style: base) + 1
        column = buffer.write(TextLayout.padRight(state.model.procedure.displayedPriority(row.proposal.priority), to: priority), row: screenRow, column: column, style: base) + 1
        let adminStyle = selected ? base : AppView.style(of: row.admin.state)
        column = buffer.write(TextLayout.padRight(TextLayout.truncate(state.text(row.admin.text), to: admin), to: admin),
                              row: screenRow, column: column, style: adminStyle) + 1
        let qualityStyle = selected ? base : AppView.style(of: row.quality.state)
        column = buffer.write(TextLayout.padRight(TextLayout.truncate(state.text(row.quality.text), to: quality), to: quality),
                              row: screenRow, column: column, style: qualityStyle) + 1
        let total = state.model.total(of: row.proposal.id).map { AppView.points($0.total, state.language) } ?? ""
        buffer.write(TextLayout.padLeft(total, to: self.total), row: screenRow, column: column, style: base)
    }
}
