import EvaluationCore
import Terminal

/// The criterion under the cursor in full, over the whole body of the screen: the proposal's title,
/// the group with its description, the criterion's text, every level whole, the priority's
/// activities where the criterion asks about them, and the note or justification written. It
/// scrolls with ↑↓, PgUp/PgDn, Home/End; nothing in it is cut.
enum DetailView {
    typealias Line = (text: String, style: Style)

    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {
        let body = ScreenRect(row: 0, column: 0, rows: state.size.rows - 2, columns: state.size.columns)
        buffer.fill(body)
        let lines = self.lines(state)
        let page = pageRows(state.size)
        let first = min(scroll, max(0, lines.count - page))
        buffer.write(state.text("Критерият изцяло", "The criterion in full"), row: 0, column: 1, style: AppView.titleStyle)
        for (offset, line) in lines[first...].prefix(page).enumerated() {
            buffer.write(line.text, row: 1 + offset, column: 1, style: line.style, maxWidth: state.size.columns - 2)
        }
        let shownTo = min(lines.count, first + page)
        let footer = lines.count > page
            ? state.text("Редове \(first + 1)–\(shownTo) от \(lines.count) · ↑↓ PgUp PgDn Home End · Esc затваряне",
                         "Lines \(first + 1)–\(shownTo) of \(lines.count) · ↑↓ PgUp PgDn Home End · Esc close")
            : state.text("Esc — затваряне", "Esc — close")
        buffer.write(footer, row: body.rows - 1, column: 1, style: AppView.mutedStyle, maxWidth: state.size.columns - 2)
    }

    /// The rows of text the view shows at once.
    static func pageRows(_ size: ScreenSize) -> Int {
        max(1, size.rows - 4)
    }

    /// The last first line worth scrolling to.
    static func lastScroll(_ state: AppState) -> Int {
        max(0, lines(state).count - pageRows(state.size))
    }

    static func lines(_ state: AppState) -> [Line] {
        guard state.screen == .proposal else { return [] }
        let view = state.view
        let width = max(10, state.size.columns - 2)
        var lines: [Line] = []
        func add(_ text: String, _ style: Style = .plain, indent: String = "") {
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += TextLayout.hanging(String(paragraph), first: indent, rest: indent, width: width).map { ($0, style) }
            }
        }
        let bold = Style(attributes: [.bold])
        let model = state.model
        if let proposal = model.proposal(withID: view.proposal) {
            add("\(proposal.id): \(proposal.title)", AppView.mutedStyle)
            lines.append(("", .plain))
        }
        switch view.tab {
        case .admin:
            let checklist = model.procedure.admin
            guard checklist.criteria.indices.contains(view.adminCursor) else { return lines }
            let criterion = checklist.criteria[view.adminCursor]
            if let group = checklist.groups.first(where: { $0.criteria.contains { $0.id == criterion.id } }) {
                add("\(group.id). \(group.title)", bold)
            }
            add("\(criterion.id) \(criterion.text)", AppView.titleStyle)
            switch criterion.onNo {
            case .reject: add(state.text("НЕ ⇒ предложението не се допуска.", "NO ⇒ the proposal is not admitted."), AppView.mutedStyle)
            case .remedy: add(state.text("НЕ ⇒ кандидатът може да отстрани нередовността (R).", "NO ⇒ the applicant may remedy it (R)."), AppView.mutedStyle)
            case .note: add(state.text("НЕ се отбелязва, но не води до отхвърляне.", "A NO is noted but does not reject."), AppView.mutedStyle)
            }
            let sheet = model.adminSheet(view.proposal)
            if let request = sheet.remedyRequest(for: criterion.id) {
                lines.append(("", .plain))
                add(state.text("Искане от \(request.requestedAt.bulgarianText), срок до \(request.dueDate.bulgarianText):",
                               "Requested \(request.requestedAt.text), due \(request.dueDate.isoText):"), bold)
                add(request.request, indent: "  ")
                if let reply = request.reply {
                    add(state.text("Отговор от \(reply.receivedAt.bulgarianText):", "Reply of \(reply.receivedAt.text):"), bold)
                    add(reply.text, indent: "  ")
                } else {
                    add(state.text("Няма отговор.", "No reply yet."), AppView.mutedStyle)
                }
            }
            lines.append(("", .plain))
            let answer = sheet.answers[criterion.id]
            add(state.text("Отговор: ", "Answer: ") + (answer.map { state.text($0.answer.label) } ?? "—"), bold)
            let note = answer?.note ?? state.pendingNotes[PendingNote(proposal: view.proposal, criterion: criterion.id)] ?? ""
            add(state.text("Мотив:", "Note:"), bold)
            add(note.trimmingWhitespace().isEmpty ? state.text("(няма)", "(none)") : note, indent: "  ")
        case .quality, .summary:
            guard let method = model.procedure.quality, method.criteria.indices.contains(view.qualityCursor) else { return lines }
            let criterion = method.criteria[view.qualityCursor]
            if let group = method.group(containing: criterion.id) {
                add(state.text("Група \(group.id). \(group.title) (до \(AppView.points(group.maxPoints, state.language)) т.)",
                               "Group \(group.id). \(group.title) (up to \(AppView.points(group.maxPoints, state.language)) pt)"), bold)
                if let description = group.description, !description.isEmpty { add(description, AppView.mutedStyle) }
                lines.append(("", .plain))
            }
            add("\(criterion.id) \(criterion.question)", AppView.titleStyle)
            let sheet = model.qualitySheet(view.proposal)
            let chosen = sheet.scores[criterion.id]?.points
            for (index, level) in criterion.levels.enumerated() {
                let points = state.language == .bulgarian ? level.points.shortLocalizedNumber : level.points.canonicalText
                let label = "\(chosen == level.points ? "●" : " ")\(index + 1) \(TextLayout.padLeft(points, to: 4)) \(state.text("т.", "pt")) "
                let style: Style = chosen == level.points ? Style(color: .success, attributes: [.bold]) : .plain
                lines += TextLayout.hanging(level.text, first: label, rest: String(repeating: " ", count: DisplayWidth.of(label)), width: width)
                    .map { ($0, style) }
            }
            if let proposal = model.proposal(withID: view.proposal), ([criterion.question] + criterion.levels.map(\.text)).contains(where: { $0.lowercased().contains("дейност") }),
               let priority = model.procedure.priorities.first(where: { $0.id == proposal.priority }) {
                lines.append(("", .plain))
                add(state.text(state.model.procedure.priorityTerm.noun) + " \(priority.id). \(priority.title)", bold)
                if !priority.mandatoryActivities.isEmpty {
                    add(state.text("Задължителни дейности: ", "Mandatory activities: ") + priority.mandatoryActivities.joined(separator: ", "))
                }
                if !priority.activities.isEmpty {
                    add(state.text("Допустими дейности: ", "Eligible activities: ") + priority.activities.joined(separator: ", "))
                }
                if let minimum = priority.minimumActivities {
                    add(state.text("Най-малко \(minimum) от допустимите дейности.", "At least \(minimum) of the eligible activities."))
                }
            }
            lines.append(("", .plain))
            add(state.text("Обосновка:", "Justification:"), bold)
            let note = sheet.scores[criterion.id]?.note ?? ""
            add(note.trimmingWhitespace().isEmpty ? state.text("(няма)", "(none)") : note, indent: "  ")
        }
        return lines
    }
}
