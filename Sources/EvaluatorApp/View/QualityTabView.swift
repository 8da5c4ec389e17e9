import EvaluationCore
import Terminal

/// One quality criterion: its question, every level with its points (the chosen one highlighted), the
/// justification, and the running totals of the group and the sheet against the floor.
enum QualityTabView {
    static func draw(_ state: AppState, view: ProposalViewState, into buffer: inout ScreenBuffer, rect: ScreenRect) -> ScreenPosition? {
        let model = state.model
        guard let method = model.procedure.quality else {
            AppView.paragraph(state.text("Процедурата е само за допустимост: няма оценка на качеството.", "The procedure is pass/fail: there is no quality assessment."),
                              into: &buffer, rect: rect)
            return nil
        }
        guard model.assignedQuality.contains(view.proposal) else {
            AppView.paragraph(state.text("Не сте определени за оценка на качеството на това предложение.",
                                         "You are not assigned to the quality assessment of this proposal."), into: &buffer, rect: rect)
            return nil
        }
        guard model.isAdmitted(view.proposal) else {
            AppView.paragraph(ProposalUpdate.notAdmittedText(state), into: &buffer, rect: rect, style: Style(color: .warning))
            return nil
        }
        let criteria = method.criteria
        guard criteria.indices.contains(view.qualityCursor), let group = method.group(containing: criteria[view.qualityCursor].id) else { return nil }
        let criterion = criteria[view.qualityCursor]
        let sheet = model.qualitySheet(view.proposal)
        let totals = SheetTotals(sheet: sheet, method: method)
        let bottom = rect.row + rect.rows - 1
        let language = state.language
        let groupLine = state.text("Група \(group.id). \(group.title)", "Group \(group.id). \(group.title)")
        let sums = state.text("група \(AppView.points(totals.groups[group.id], language))/\(AppView.points(group.maxPoints, language))",
                              "group \(AppView.points(totals.groups[group.id], language))/\(AppView.points(group.maxPoints, language))")
        buffer.write(TextLayout.truncate(groupLine, to: rect.columns - DisplayWidth.of(sums) - 2), row: rect.row, column: rect.column, style: Style(attributes: [.bold]))
        buffer.write(sums, row: rect.row, column: rect.column + rect.columns - DisplayWidth.of(sums), style: AppView.mutedStyle)
        var row = rect.row + 1
        var focus = ScreenPosition(row: row, column: rect.column)
        row += AppView.paragraph("\(criterion.id) \(criterion.question)", into: &buffer,
                                 rect: ScreenRect(row: row, column: rect.column, rows: bottom - row, columns: rect.columns),
                                 style: AppView.titleStyle, maxLines: 2)
        if method.zeroesTotal(criterion: criterion.id) && row < bottom {
            buffer.write(state.text("Внимание: 0 т. по този критерий прави общата оценка на предложението 0 т.",
                                    "Note: 0 points on this criterion make the proposal's total 0."),
                         row: row, column: rect.column, style: Style(color: .warning), maxWidth: rect.columns)
            row += 1
        }
        let chosen = sheet.scores[criterion.id]?.points
        let noteArea = 4
        let levelRows = max(criterion.levels.count, bottom - row - noteArea - 1)
        let perLevel = max(1, min(3, levelRows / max(1, criterion.levels.count)))
        for (index, level) in criterion.levels.enumerated() where row < bottom - noteArea {
            let isChosen = chosen == level.points
            if isChosen { focus = ScreenPosition(row: row, column: rect.column) }
            let marker = isChosen ? "●" : " "
            let label = "\(marker)\(index + 1) \(TextLayout.padLeft(language == .bulgarian ? level.points.shortLocalizedNumber : level.points.canonicalText, to: 4)) \(state.text("т.", "pt")) "
            let style: Style = isChosen ? Style(color: .success, attributes: [.bold, .reverse]) : .plain
            let lines = TextLayout.hanging(level.text, first: label, rest: String(repeating: " ", count: DisplayWidth.of(label)), width: rect.columns)
            let shown = Array(lines.prefix(min(perLevel, bottom - noteArea - row)))
            for (offset, line) in shown.enumerated() {
                var text = line
                if offset == shown.count - 1 && lines.count > shown.count { text = TextLayout.truncate(line + " …", to: rect.columns) }
                buffer.write(text, row: row + offset, column: rect.column, style: style, maxWidth: rect.columns)
            }
            row += shown.count
        }
        var caret: ScreenPosition?
        if row < bottom {
            buffer.write(state.text("Обосновка:", "Justification:"), row: row, column: rect.column, style: Style(attributes: [.bold]))
            row += 1
            let editing = view.editing.flatMap { editing -> TextEditor? in
                if case .justification(criterion.id) = editing.target { return editing.editor }
                return nil
            }
            caret = ProposalScreenView.text(sheet.scores[criterion.id]?.note ?? "", editing: editing,
                                            placeholder: sheet.status.isEditable ? state.text("(няма — e за писане)", "(none — e to write)") : state.text("(няма)", "(none)"), state: state, into: &buffer,
                                            rect: ScreenRect(row: row, column: rect.column + 2, rows: max(0, bottom - row), columns: rect.columns - 2))
        }
        var footer = state.text("Критерий \(view.qualityCursor + 1) от \(criteria.count) · оценени \(totals.scoredCount)/\(totals.criterionCount) · общо ",
                                "Criterion \(view.qualityCursor + 1) of \(criteria.count) · scored \(totals.scoredCount)/\(totals.criterionCount) · total ")
        footer += "\(AppView.points(totals.total, language))/\(AppView.points(method.maxPoints, language))"
        footer += state.text(" (минимум \(AppView.points(method.floor, language)))", " (floor \(AppView.points(method.floor, language)))")
        var footerStyle = AppView.mutedStyle
        if !totals.zeroedBy.isEmpty {
            footer += state.text(" · 0 т. по \(totals.zeroedBy.joined(separator: ", ")) ⇒ общо 0", " · 0 on \(totals.zeroedBy.joined(separator: ", ")) ⇒ total 0")
            footerStyle = Style(color: .warning, attributes: [.bold])
        } else if totals.isComplete && !totals.passes(method) {
            footer += state.text(" · под минимума", " · below the floor")
            footerStyle = Style(color: .warning)
        }
        buffer.write(TextLayout.truncate(footer, to: rect.columns), row: bottom, column: rect.column, style: footerStyle)
        return caret ?? focus
    }
}

