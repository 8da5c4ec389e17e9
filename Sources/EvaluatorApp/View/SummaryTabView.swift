import EvaluationCore
import Terminal

/// The evaluator's own summary of a proposal: both sheets' states, the totals per group against the
/// maxima, everything still missing, every automatic finding of the register, and a review of every
/// criterion with its answer or level and its note or justification in full. It scrolls.
enum SummaryTabView {
    static func draw(_ state: AppState, view: ProposalViewState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        let lines = self.lines(state, view: view, width: rect.columns)
        let first = min(view.scroll, max(0, lines.count - rect.rows))
        for (offset, line) in lines[first...].prefix(rect.rows).enumerated() {
            buffer.write(line.0, row: rect.row + offset, column: rect.column, style: line.1, maxWidth: rect.columns)
        }
    }

    /// The last first line worth scrolling to.
    static func lastScroll(_ state: AppState, view: ProposalViewState) -> Int {
        let rect = ProposalScreenView.contentRect(state, view: view)
        return max(0, lines(state, view: view, width: rect.columns).count - rect.rows)
    }

    static func lines(_ state: AppState, view: ProposalViewState, width: Int) -> [(String, Style)] {
        let model = state.model
        let language = state.language
        let procedure = model.procedure
        var lines: [(String, Style)] = []
        func add(_ text: String, _ style: Style = .plain) {
            for line in TextLayout.wrap(text, width: width) { lines.append((line, style)) }
        }
        let bold = Style(attributes: [.bold])
        if model.assignedAdmin.contains(view.proposal) {
            let sheet = model.adminSheet(view.proposal)
            add(state.text("Административен лист: ", "Administrative sheet: ") + state.text(sheet.status.label)
                + (sheet.status == .returned ? "" : submittedText(sheet.submittedAt, state)), bold)
            if let change = model.returnReason(view.proposal, stage: .admin) {
                add(state.text("Върнат от председателя на \(change.at.bulgarianText). Причина: ", "Returned by the chair at \(change.at.text). Reason: ") + change.reason,
                    Style(color: .warning))
            }
            let missing = SubmissionCheck.missing(sheet, checklist: procedure.admin, today: state.today)
            if sheet.status.isEditable {
                for item in missing { add("  – " + state.text(item.message), Style(color: .warning)) }
            }
        }
        switch model.admission[view.proposal] {
        case .admitted?: add(state.text("Резултат от административната проверка: допуснато.", "Administrative result: admitted."), Style(color: .success))
        case .notAdmitted?: add(state.text("Резултат от административната проверка: недопуснато.", "Administrative result: not admitted."), Style(color: .error))
        case .disagreement?: add(state.text("Административните листове се разминават; решава председателят.", "The admin sheets disagree; the chair decides."), Style(color: .warning))
        case .pending?, nil: add(state.text("Административната проверка още тече.", "The administrative check is still going on."), AppView.mutedStyle)
        }
        if let method = procedure.quality, model.assignedQuality.contains(view.proposal) {
            let sheet = model.qualitySheet(view.proposal)
            let totals = SheetTotals(sheet: sheet, method: method)
            lines.append(("", .plain))
            add(state.text("Лист за качество: ", "Quality sheet: ") + state.text(sheet.status.label)
                + (sheet.status == .returned ? "" : submittedText(sheet.submittedAt, state)), bold)
            if let change = model.returnReason(view.proposal, stage: .quality) {
                add(state.text("Върнат от председателя на \(change.at.bulgarianText). Причина: ", "Returned by the chair at \(change.at.text). Reason: ") + change.reason,
                    Style(color: .warning))
            }
            let groups = method.groups.map { group in
                "\(group.id):\u{00A0}\(AppView.points(totals.groups[group.id], language))/\(AppView.points(group.maxPoints, language))"
            }.joined(separator: "  ")
            add(state.text("По групи: ", "By group: ") + groups)
            var total = state.text("Общо: ", "Total: ") + "\(AppView.points(totals.total, language)) / \(AppView.points(method.maxPoints, language))"
                + state.text(" (минимум \(AppView.points(method.floor, language)))", " (floor \(AppView.points(method.floor, language)))")
            if !totals.zeroedBy.isEmpty {
                total += state.text(" — приложено правило: 0 т. по критерий \(totals.zeroedBy.joined(separator: ", ")) ⇒ 0 т. за целия проект",
                                    " — rule applied: 0 on criterion \(totals.zeroedBy.joined(separator: ", ")) ⇒ 0 for the whole proposal")
            } else if totals.isComplete {
                total += totals.passes(method) ? state.text(" — достига минимума", " — reaches the floor") : state.text(" — под минимума", " — below the floor")
            }
            add(total, totals.zeroedBy.isEmpty ? bold : Style(color: .warning, attributes: [.bold]))
            if sheet.status.isEditable && model.isAdmitted(view.proposal) {
                let missing = SubmissionCheck.missing(sheet, method: method)
                if !missing.isEmpty { add(state.text(CountedMessages.missingEntries(missing.count)), Style(color: .warning)) }
                for item in missing { add("  – " + state.text(item.message), Style(color: .warning)) }
            }
        }
        if let proposal = model.proposal(withID: view.proposal), !proposal.findings.isEmpty {
            lines.append(("", .plain))
            add(state.text("Автоматични констатации на регистъра (не решават нищо сами):", "Automatic findings of the register (they decide nothing):"), bold)
            for finding in proposal.findings { add("  ! " + state.text(finding.message(currency: procedure.currency)), Style(color: .warning)) }
        }
        func addIndented(_ text: String, _ style: Style, indent: String) {
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                for line in TextLayout.hanging(String(paragraph), first: indent, rest: indent, width: width) { lines.append((line, style)) }
            }
        }
        if model.assignedAdmin.contains(view.proposal) {
            let sheet = model.adminSheet(view.proposal)
            lines.append(("", .plain))
            add(state.text("Преглед на административните критерии:", "Review of the administrative criteria:"), bold)
            for criterion in procedure.admin.criteria {
                let answer = sheet.answers[criterion.id]
                addIndented("\(criterion.id)  " + (answer.map { state.text($0.answer.label) } ?? state.text("без отговор", "no answer")),
                            answer == nil ? Style(color: .warning) : bold, indent: "  ")
                if let answer, !answer.note.trimmingWhitespace().isEmpty { addIndented(answer.note, .plain, indent: "      ") }
            }
        }
        if let method = procedure.quality, model.assignedQuality.contains(view.proposal), model.isAdmitted(view.proposal) {
            let sheet = model.qualitySheet(view.proposal)
            lines.append(("", .plain))
            add(state.text("Преглед на критериите за качество:", "Review of the quality criteria:"), bold)
            for criterion in method.criteria {
                let score = sheet.scores[criterion.id]
                let level = score?.points.flatMap { points in criterion.levels.firstIndex { $0.points == points } }
                var head = level.map { index in
                    state.text("\(criterion.id)  \(AppView.points(criterion.levels[index].points, language)) т. (ниво \(index + 1) от \(criterion.levels.count))",
                               "\(criterion.id)  \(AppView.points(criterion.levels[index].points, language)) pt (level \(index + 1) of \(criterion.levels.count))")
                } ?? state.text("\(criterion.id)  без ниво", "\(criterion.id)  no level")
                let note = score?.note ?? ""
                let hasNote = !note.trimmingWhitespace().isEmpty
                if !hasNote { head += state.text(" · без обосновка", " · no justification") }
                addIndented(head, level == nil || !hasNote ? Style(color: .warning) : bold, indent: "  ")
                if hasNote { addIndented(note, .plain, indent: "      ") }
            }
        }
        return lines
    }

    private static func submittedText(_ at: Timestamp?, _ state: AppState) -> String {
        guard let at else { return "" }
        return state.text(" на \(at.bulgarianText)", " at \(at.text)")
    }
}
