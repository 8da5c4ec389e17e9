import EvaluationCore
import Terminal

/// The checklist: every criterion with the evaluator's answer, then the selected one in full with its
/// note, what a НЕ means, and any remedy request.
enum AdminTabView {
    static func draw(_ state: AppState, view: ProposalViewState, into buffer: inout ScreenBuffer, rect: ScreenRect) -> ScreenPosition? {
        let model = state.model
        let checklist = model.procedure.admin
        guard model.assignedAdmin.contains(view.proposal) else {
            drawOutcome(state, proposal: view.proposal, into: &buffer, rect: rect)
            return nil
        }
        let sheet = model.adminSheet(view.proposal)
        var lines: [(text: String, criterion: Int?)] = []
        var index = 0
        for group in checklist.groups {
            lines.append(("\(group.id). \(group.title)", nil))
            for criterion in group.criteria {
                let answer = sheet.answers[criterion.id].map { state.text($0.answer.label) } ?? "—"
                lines.append(("\(TextLayout.padRight(criterion.id, to: 6)) \(TextLayout.padRight(answer, to: 4)) \(criterion.text.replacingNewlines())", index))
                index += 1
            }
        }
        let listHeight = min(lines.count, max(4, rect.rows / 2 - 1))
        let selectedLine = lines.firstIndex { $0.criterion == view.adminCursor } ?? 0
        let first = min(max(0, selectedLine - listHeight / 2), max(0, lines.count - listHeight))
        var selectedRow: Int?
        for (offset, line) in lines[first...].prefix(listHeight).enumerated() {
            let row = rect.row + offset
            if line.criterion == view.adminCursor {
                selectedRow = row
                buffer.fill(ScreenRect(row: row, column: rect.column, rows: 1, columns: rect.columns), style: AppView.selectedStyle)
                buffer.write("▶ " + line.text, row: row, column: rect.column, style: AppView.selectedStyle, maxWidth: rect.columns)
            } else if line.criterion == nil {
                buffer.write(line.text, row: row, column: rect.column, style: Style(attributes: [.bold]), maxWidth: rect.columns)
            } else {
                buffer.write("  " + line.text, row: row, column: rect.column, maxWidth: rect.columns)
            }
        }
        let criteria = checklist.criteria
        guard criteria.indices.contains(view.adminCursor) else { return nil }
        let criterion = criteria[view.adminCursor]
        var row = rect.row + listHeight
        buffer.drawHorizontalLine(row: row, from: rect.column, to: rect.column + rect.columns - 1, style: AppView.mutedStyle)
        row += 1
        let bottom = rect.row + rect.rows - 1
        row += AppView.paragraph("\(criterion.id) \(criterion.text)", into: &buffer,
                                 rect: ScreenRect(row: row, column: rect.column, rows: bottom - row, columns: rect.columns),
                                 style: Style(attributes: [.bold]), maxLines: 3)
        var consequence = switch criterion.onNo {
        case .reject: state.text("НЕ ⇒ предложението не се допуска.", "NO ⇒ the proposal is not admitted.")
        case .note: state.text("НЕ се отбелязва с мотива, но не води до отхвърляне.", "A NO is noted with its reason but does not reject.")
        case .remedy: state.text("НЕ ⇒ кандидатът може да отстрани нередовността в срок от \(checklist.remedyDays) \(checklist.remedyDayKind == .calendar ? "календарни" : "работни") дни (R).",
                         "NO ⇒ the applicant may remedy it within \(checklist.remedyDays) \(checklist.remedyDayKind.rawValue) days (R).")
        }
        if criterion.allowsNA { consequence += state.text(" Допуска се Н/П.", " N/A is allowed.") }
        let request = sheet.remedyRequest(for: criterion.id)
        row += AppView.paragraph(consequence, into: &buffer, rect: ScreenRect(row: row, column: rect.column, rows: bottom - row, columns: rect.columns),
                                 style: AppView.mutedStyle, maxLines: request == nil ? 2 : 1)
        if let request {
            row += remedyLines(request, state: state, editing: view.editing?.target, into: &buffer,
                               rect: ScreenRect(row: row, column: rect.column, rows: bottom - row, columns: rect.columns))
        }
        var caret: ScreenPosition?
        let editing = view.editing
        let label: String
        let text: String
        switch editing?.target {
        case .remedyRequest?:
            label = state.text("Искане до кандидата:", "Request to the applicant:")
            text = sheet.remedyRequest(for: criterion.id)?.request ?? ""
        case .remedyReply?:
            label = state.text("Отговор на кандидата:", "The applicant's reply:")
            text = sheet.remedyRequest(for: criterion.id)?.reply?.text ?? ""
        case .remedyDates?:
            label = state.text("Дати — изпратено, получено, отговор (ДД.ММ.ГГГГ):", "Dates — sent, received, reply (DD.MM.YYYY):")
            text = editing?.editor.text ?? ""
        default:
            label = state.text("Мотив:", "Note:")
            text = sheet.answers[criterion.id]?.note ?? state.pendingNotes[PendingNote(proposal: view.proposal, criterion: criterion.id)] ?? ""
        }
        if row < bottom {
            buffer.write(label, row: row, column: rect.column, style: Style(attributes: [.bold]))
            row += 1
            caret = ProposalScreenView.text(text, editing: editing?.editor, placeholder: sheet.status.isEditable ? state.text("(няма — e за писане)", "(none — e to write)") : state.text("(няма)", "(none)"),
                                            state: state, into: &buffer,
                                            rect: ScreenRect(row: row, column: rect.column + 2, rows: max(0, bottom - row), columns: rect.columns - 2))
        }
        let answered = criteria.filter { sheet.answers[$0.id] != nil }.count
        let footer = state.text("Лист: \(sheet.status.label.bulgarian) · отговорени \(answered)/\(criteria.count)",
                                "Sheet: \(sheet.status.label.english) · answered \(answered)/\(criteria.count)")
        buffer.write(footer, row: bottom, column: rect.column, style: AppView.mutedStyle, maxWidth: rect.columns)
        return caret ?? selectedRow.map { ScreenPosition(row: $0, column: rect.column) }
    }

    /// The remedy form: the notice's dates and deadline on one line, the request, and the reply (or
    /// that none came yet), each on its own lines so that the reply stays visible at 80×24.
    static func remedyLines(_ request: RemedyRequest, state: AppState, editing: ProposalViewState.Editing.Target?,
                            into buffer: inout ScreenBuffer, rect: ScreenRect) -> Int {
        var used = 0
        let notice = state.text(
            "Изпратено \(request.sentDate.bulgarianText) · получено \(request.receiptDate.bulgarianText) · срок до \(request.dueDate.bulgarianText) (D — дати)",
            "Notice sent \(request.sentDate.isoText) · received \(request.receiptDate.isoText) · due \(request.dueDate.isoText) (D: dates)")
        used += AppView.paragraph(notice, into: &buffer, rect: rect, style: Style(color: .accent, attributes: [.bold]), maxLines: 2)
        var shown: [(String, Int)] = []
        if editing != .remedyRequest(criterion: request.criterion) {
            shown.append((state.text("Искане: ", "Request: ") + request.request.replacingNewlines(), 1))
        }
        if editing != .remedyReply(criterion: request.criterion) {
            let reply = request.reply.map {
                state.text("Отговор от \($0.arrivalDate.bulgarianText)\(request.replyWasLate ? " (след срока)" : ""): ",
                           "Reply of \($0.arrivalDate.isoText)\(request.replyWasLate ? " (late)" : ""): ") + $0.text.replacingNewlines()
            } ?? state.text("Отговор: няма (R — вписване)", "Reply: none yet (R to record)")
            shown.append((reply, 2))
        }
        for (text, lines) in shown where used < rect.rows {
            used += AppView.paragraph(text, into: &buffer,
                                      rect: ScreenRect(row: rect.row + used, column: rect.column, rows: rect.rows - used, columns: rect.columns),
                                      style: Style(color: .accent), maxLines: lines)
        }
        return used
    }

    /// For an evaluator not on the checklist: the administrative result only.
    static func drawOutcome(_ state: AppState, proposal: String, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        let text: String
        switch state.model.admission[proposal] {
        case .admitted?: text = state.text("Предложението е допуснато до оценка на качеството.", "The proposal is admitted to the quality assessment.")
        case .notAdmitted?: text = state.text("Предложението не е допуснато.", "The proposal is not admitted.")
        case .disagreement?: text = state.text("Административните листове се разминават; решава председателят.", "The admin sheets disagree; the chair decides.")
        case .pending?, nil: text = state.text("Административната проверка още тече.", "The administrative check is still going on.")
        }
        AppView.paragraph(state.text("Не сте определени за административната проверка на това предложение. ", "You are not assigned to this proposal's administrative check. ") + text,
                          into: &buffer, rect: rect)
    }
}

extension String {
    /// The text on one line: new lines become spaces.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
