import EvaluationCore
import Terminal

/// Progress: per evaluator (assigned, started, submitted, recused; checklist and quality apart) and
/// per proposal (each stage's sheets and their states, the findings, the standing).
enum ChairProgressView {
    static func draw(_ state: ChairState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        let model = state.model
        let bold = Style(attributes: [.bold])
        var row = rect.row
        let nameWidth = max(20, rect.columns - 50)
        let header = TextLayout.padRight(state.text("Оценител", "Evaluator"), to: nameWidth) + "  "
            + TextLayout.padRight(state.text("Декл.", "Decl."), to: 6)
            + TextLayout.padRight(state.text("Админ. р/з/п/о", "Admin a/s/d/r"), to: 20)
            + state.text("Качество р/з/п/о", "Quality a/s/d/r")
        buffer.write(header, row: row, column: rect.column, style: bold, maxWidth: rect.columns)
        row += 1
        for evaluator in model.evaluators where row < rect.row + 6 {
            func counts(_ progress: ChairModel.Progress) -> String {
                "\(progress.assigned)/\(progress.started)/\(progress.submitted)/\(progress.recused)"
            }
            let admin = model.progress(of: evaluator.id, stage: .admin)
            let quality = model.progress(of: evaluator.id, stage: .quality)
            let line = TextLayout.padRight(TextLayout.truncate("\(evaluator.name) (\(evaluator.id))", to: nameWidth), to: nameWidth) + "  "
                + TextLayout.padRight(model.declarations[evaluator.id] == nil ? state.text("няма", "no") : state.text("да", "yes"), to: 6)
                + TextLayout.padRight(counts(admin), to: 20) + counts(quality)
            buffer.write(line, row: row, column: rect.column, maxWidth: rect.columns)
            row += 1
        }
        buffer.write(state.text("р — разпределени, з — започнати, п — подадени, о — отводи", "a — assigned, s — started, d — submitted, r — recused"),
                     row: row, column: rect.column, style: AppView.mutedStyle, maxWidth: rect.columns)
        row += 1
        let blocking = model.standings.lazy.filter { $0.status == .pending || $0.status == .needsDecision }
        let summary = blockingSummary(blocking, state, fillingLines: 2, of: rect.columns)
        row += AppView.paragraph(summary, into: &buffer, rect: ScreenRect(row: row, column: rect.column, rows: 2, columns: rect.columns),
                                 style: blocking.isEmpty ? Style(color: .success) : Style(color: .warning), maxLines: 2)
        buffer.drawHorizontalLine(row: row, from: rect.column, to: rect.column + rect.columns - 1, style: AppView.mutedStyle)
        row += 1
        let applicantWidth = max(12, rect.columns - 15 - 3 - 10 - 18 - 12 - 5)
        buffer.write(TextLayout.padRight(state.text("Номер", "Number"), to: 15) + " " + TextLayout.padRight(state.text("Кандидат", "Applicant"), to: applicantWidth)
                     + " " + TextLayout.padRight(state.text("Пр.", "Pr."), to: 3) + " " + TextLayout.padRight(state.text("Админ.", "Admin"), to: 10)
                     + " " + TextLayout.padRight(state.text("Качество", "Quality"), to: 18) + " " + state.text("Състояние", "Standing"),
                     row: row, column: rect.column, style: bold, maxWidth: rect.columns)
        row += 1
        let visible = rect.row + rect.rows - row
        guard visible > 0, !model.standings.isEmpty else { return }
        let first = min(max(0, state.progressCursor - visible + 1), max(0, model.standings.count - visible))
        for (offset, standing) in model.standings[first...].prefix(visible).enumerated() {
            let index = first + offset
            let id = standing.proposal.id
            let admin = model.assignments.evaluators(of: id, in: .admin).map { evaluator -> String in
                let sheet = model.adminSheets[evaluator]?[id]
                if sheet?.conflict?.declared == true { return "\(evaluator):" + state.text("о", "r") }
                return "\(evaluator):" + (sheet.map { sheetMark($0.status, state) } ?? "–")
            }.joined(separator: " ")
            let quality = model.qualityTotals(of: id).map { sheet in
                "\(sheet.evaluator) " + (sheet.recused ? state.text("отвод", "recused")
                                         : sheet.status == .submitted ? AppView.points(sheet.total, state.language) : sheetMark(sheet.status, state))
            }
                .joined(separator: " ")
            let line = TextLayout.padRight(id, to: 15) + " "
                + TextLayout.padRight(TextLayout.truncate(standing.proposal.applicant.name, to: applicantWidth), to: applicantWidth) + " "
                + TextLayout.padRight(model.procedure.displayedPriority(standing.proposal.priority), to: 3) + " " + TextLayout.padRight(TextLayout.truncate(admin, to: 10), to: 10) + " "
                + TextLayout.padRight(TextLayout.truncate(quality, to: 18), to: 18) + " "
                + standingLabel(standing, state) + (standing.proposal.findings.isEmpty ? "" : " !")
            let selected = index == state.progressCursor
            if selected { buffer.fill(ScreenRect(row: row + offset, column: rect.column, rows: 1, columns: rect.columns), style: AppView.selectedStyle) }
            buffer.write(line, row: row + offset, column: rect.column, style: selected ? AppView.selectedStyle : style(of: standing), maxWidth: rect.columns)
        }
    }

    /// The line that lists what stands in the way of a final ranking, with only as many of `blocking`
    /// as fill `lines` lines of `columns` and two more: `AppView.paragraph` shows `lines` of it and ends
    /// the last with " …" when there is more, and the lines it shows are those of the whole list (a
    /// line is wrapped only from the words up to the next), so a key's frame does not wrap the ids of
    /// every proposal that waits — thousands at 20 000 proposals.
    static func blockingSummary(_ blocking: some Sequence<ProposalStanding>, _ state: ChairState, fillingLines lines: Int,
                                of columns: Int) -> String {
        var text = state.text("Пречат на окончателното класиране: ", "Standing in the way of a final ranking: ")
        var length = text.count
        let enough = (lines + 2) * max(1, columns)
        var listed = 0
        for standing in blocking {
            let item = (listed == 0 ? "" : ", ") + "\(standing.proposal.id) ("
                + (standing.status == .pending ? state.text("в процес", "pending") : state.text("решение", "decision")) + ")"
            text += item
            length += item.count
            listed += 1
            if length > enough { break }
        }
        return listed == 0 ? state.text("Нищо не пречи на окончателното класиране.", "Nothing stands in the way of a final ranking.") : text
    }

    /// A sheet's status in one or two letters (the legend above the table explains them).
    static func sheetMark(_ status: SheetStatus, _ state: ChairState) -> String {
        switch status {
        case .draft: state.text("ч", "d")
        case .submitted: "✓"
        case .returned: state.text("в", "ret")
        case .cancelled: "×"
        }
    }

    static func standingLabel(_ standing: ProposalStanding, _ state: ChairState) -> String {
        switch standing.status {
        case .eligible: return state.text("класира се", "ranked")
        case .belowFloor: return state.text("под минимума", "below floor")
        case .notAdmitted: return state.text("недопуснато", "not admitted")
        case .needsDecision: return state.text("чака решение", "needs decision")
        case .pending: return state.text("в процес", "pending")
        }
    }

    static func style(of standing: ProposalStanding) -> Style {
        switch standing.status {
        case .eligible: return .plain
        case .needsDecision: return Style(color: .warning, attributes: [.bold])
        case .pending: return AppView.mutedStyle
        case .belowFloor, .notAdmitted: return Style(color: .error)
        }
    }
}
