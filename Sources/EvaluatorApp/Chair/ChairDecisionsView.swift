import EvaluationCore
import Terminal

/// The proposals that need a decision, with why, and each evaluator's totals side by side — per group
/// for the selected one.
enum ChairDecisionsView {
    static func draw(_ state: ChairState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        let model = state.model
        let rows = state.decisionRows
        let bold = Style(attributes: [.bold])
        let title = state.showsAll
            ? state.text("Всички предложения (v — само чакащите решение)", "All proposals (v — only those needing a decision)")
            : state.text("Предложения, които чакат решение: \(rows.count) (v — всички)", "Proposals that need a decision: \(rows.count) (v — all)")
        buffer.write(title, row: rect.row, column: rect.column, style: bold, maxWidth: rect.columns)
        guard !rows.isEmpty else {
            buffer.write(state.text("Няма предложения, които чакат решение.", "No proposal needs a decision."), row: rect.row + 2, column: rect.column,
                         style: Style(color: .success))
            return
        }
        let listHeight = min(rows.count, max(3, rect.rows / 2 - 2))
        let first = min(max(0, state.decisionsCursor - listHeight + 1), max(0, rows.count - listHeight))
        for (offset, standing) in rows[first...].prefix(listHeight).enumerated() {
            let index = first + offset
            let totals = model.qualityTotals(of: standing.proposal.id).map { sheet in
                "\(sheet.evaluator): " + (sheet.recused ? state.text("отвод", "recused")
                    : AppView.points(sheet.total, state.language) + (sheet.status == .submitted ? "" : state.text(" (чернова)", " (draft)")))
            }.joined(separator: "  ")
            let line = TextLayout.padRight(standing.proposal.id, to: 15) + " "
                + TextLayout.padRight(TextLayout.truncate(standing.proposal.applicant.name, to: 28), to: 28) + " " + totals
            let row = rect.row + 1 + offset
            if index == state.decisionsCursor {
                buffer.fill(ScreenRect(row: row, column: rect.column, rows: 1, columns: rect.columns), style: AppView.selectedStyle)
                buffer.write(line, row: row, column: rect.column, style: AppView.selectedStyle, maxWidth: rect.columns)
            } else {
                buffer.write(line, row: row, column: rect.column, maxWidth: rect.columns)
            }
        }
        guard rows.indices.contains(state.decisionsCursor) else { return }
        let selected = rows[state.decisionsCursor]
        var row = rect.row + 2 + listHeight
        buffer.drawHorizontalLine(row: row - 1, from: rect.column, to: rect.column + rect.columns - 1, style: AppView.mutedStyle)
        let bottom = rect.row + rect.rows
        row += AppView.paragraph("\(selected.proposal.id) · \(selected.proposal.applicant.name) · \(selected.proposal.title)", into: &buffer,
                                 rect: ScreenRect(row: row, column: rect.column, rows: bottom - row, columns: rect.columns), style: bold, maxLines: 2)
        row += AppView.paragraph(why(selected, state), into: &buffer, rect: ScreenRect(row: row, column: rect.column, rows: bottom - row, columns: rect.columns),
                                 style: Style(color: .warning), maxLines: 3)
        guard let method = model.procedure.quality, row < bottom else { return }
        let evaluators = model.assignments.evaluators(of: selected.proposal.id, in: .quality)
        let sheets = evaluators.compactMap { evaluator in
            model.qualitySheets[evaluator]?[selected.proposal.id].flatMap { $0.conflict?.declared == true ? nil : (evaluator, SheetTotals(sheet: $0, method: method)) }
        }
        guard !sheets.isEmpty else { return }
        var header = TextLayout.padRight(state.text("Група", "Group"), to: 8)
        for (evaluator, _) in sheets { header += TextLayout.padLeft(evaluator, to: 9) }
        buffer.write(header + TextLayout.padLeft(state.text("макс.", "max"), to: 8), row: row, column: rect.column, style: bold, maxWidth: rect.columns)
        row += 1
        var shown = 0
        for group in method.groups where row < bottom - 1 {
            if shown + 1 < method.groups.count && row == bottom - 2 {
                buffer.write(state.text("… още \(CountedNoun.group.phrase(method.groups.count - shown, in: .bulgarian)); s — листовете изцяло",
                                        "… \(CountedNoun.group.phrase(method.groups.count - shown, in: .english)) more; s — the sheets in full"),
                             row: row, column: rect.column, style: AppView.mutedStyle, maxWidth: rect.columns)
                row += 1
                break
            }
            shown += 1
            var line = TextLayout.padRight(group.id, to: 8)
            for (_, totals) in sheets { line += TextLayout.padLeft(AppView.points(totals.groups[group.id], state.language), to: 9) }
            buffer.write(line + TextLayout.padLeft(AppView.points(group.maxPoints, state.language), to: 8), row: row, column: rect.column, maxWidth: rect.columns)
            row += 1
        }
        if row < bottom {
            var line = TextLayout.padRight(state.text("Общо", "Total"), to: 8)
            for (_, totals) in sheets { line += TextLayout.padLeft(AppView.points(totals.total, state.language), to: 9) }
            buffer.write(line + TextLayout.padLeft(AppView.points(method.maxPoints, state.language), to: 8), row: row, column: rect.column, style: bold,
                         maxWidth: rect.columns)
        }
    }

    /// Why the proposal waits, in words.
    static func why(_ standing: ProposalStanding, _ state: ChairState) -> String {
        if case .disagreement(let yes, let no) = standing.admin {
            return state.text("Административните листове се разминават: допускат \(yes.joined(separator: ", ")), не допускат \(no.joined(separator: ", ")).",
                              "The admin sheets disagree: \(yes.joined(separator: ", ")) admit, \(no.joined(separator: ", ")) do not.")
        }
        if case .needsDecision(let problem)? = standing.quality {
            return state.text("Чака решение: ", "Needs a decision: ") + problem.message(in: state.language)
        }
        switch standing.status {
        case .pending: return state.text("В процес на оценка.", "Being assessed.")
        case .eligible: return state.text("Класира се с ", "Ranked with ") + AppView.points(standing.finalScore, state.language) + state.text(" т.", " points.")
        case .belowFloor: return state.text("Под минимума.", "Below the floor.")
        case .notAdmitted: return state.text("Недопуснато.", "Not admitted.")
        case .needsDecision: return state.text("Чака решение.", "Needs a decision.")
        }
    }
}
