import EvaluationCore
import Terminal

/// An open proposal: its heading, the automatic findings, the tabs, and the current tab's content.
enum ProposalScreenView {
    static func draw(_ state: AppState, view: ProposalViewState, into buffer: inout ScreenBuffer, rect: ScreenRect) -> ScreenPosition? {
        guard let proposal = state.model.proposal(withID: view.proposal) else { return nil }
        let width = rect.columns
        let procedure = state.model.procedure
        let amount = state.language == .bulgarian ? proposal.requested.formatted(currency: procedure.currency)
                                                  : "\(proposal.requested.canonicalText) \(procedure.currency)"
        let heading = "\(proposal.id) · \(state.text(state.model.procedure.priorityTerm.noun)) \(proposal.priority) · \(amount)"
        let end = buffer.write(heading, row: 0, column: 1, style: AppView.titleStyle, maxWidth: width - 2)
        if end + 4 < width - 1 {
            buffer.write(TextLayout.truncate(" · " + proposal.title, to: width - 1 - end), row: 0, column: end, style: Style(attributes: [.bold]))
        }
        buffer.write(TextLayout.truncate(proposal.applicant.name + (proposal.partners.isEmpty ? "" : (proposal.partners.count == 1 ? state.text(" · партньор: ", " · partner: ") : state.text(" · партньори: ", " · partners: "))
                                             + proposal.partners.map(\.name).joined(separator: ", ")), to: width - 2),
                     row: 1, column: 1)
        var column = 1
        for tab in ProposalViewState.Tab.allCases {
            let label = " " + state.text(tab.label) + " "
            let style = tab == view.tab ? Style(color: .accent, attributes: [.reverse, .bold]) : AppView.mutedStyle
            column = buffer.write(label, row: 2, column: column, style: style) + 1
        }
        let hint = state.text("Tab раздел · Esc списък", "Tab next tab · Esc list")
        buffer.write(hint, row: 2, column: width - DisplayWidth.of(hint) - 1, style: AppView.mutedStyle)
        var top = 3
        for finding in proposal.findings.prefix(2) {
            buffer.write("! " + TextLayout.truncate(state.text(finding.message(currency: procedure.currency)), to: width - 4),
                         row: top, column: 1, style: Style(color: .warning))
            top += 1
        }
        if proposal.findings.count > 2 {
            buffer.write(state.text(CountedMessages.moreFindings(proposal.findings.count - 2)),
                         row: top, column: 1, style: Style(color: .warning))
            top += 1
        }
        buffer.drawHorizontalLine(row: top, from: 0, to: width - 1, style: AppView.mutedStyle)
        let content = ScreenRect(row: top + 1, column: 1, rows: rect.rows - top - 1, columns: width - 2)
        switch view.tab {
        case .admin: return AdminTabView.draw(state, view: view, into: &buffer, rect: content)
        case .quality: return QualityTabView.draw(state, view: view, into: &buffer, rect: content)
        case .summary:
            SummaryTabView.draw(state, view: view, into: &buffer, rect: content)
            return nil
        }
    }

    /// Where a tab's content goes for `view`: below the heading, the tabs and the findings shown.
    static func contentRect(_ state: AppState, view: ProposalViewState) -> ScreenRect {
        let findings = state.model.proposal(withID: view.proposal)?.findings.count ?? 0
        let top = 3 + min(2, findings) + (findings > 2 ? 1 : 0)
        return ScreenRect(row: top + 1, column: 1, rows: state.size.rows - 2 - top - 1, columns: state.size.columns - 2)
    }

    /// Draws the editor, or the text read-only, into `rect`; returns the caret when editing.
    static func text(_ text: String, editing: TextEditor?, placeholder: String, state: AppState,
                     into buffer: inout ScreenBuffer, rect: ScreenRect) -> ScreenPosition? {
        guard rect.rows > 0 else { return nil }
        if let editor = editing {
            var scroll = 0
            return editor.draw(into: &buffer, rect: rect, style: Style(attributes: [.underline]), scroll: &scroll)
        }
        if text.trimmingWhitespace().isEmpty {
            buffer.write(placeholder, row: rect.row, column: rect.column, style: AppView.mutedStyle, maxWidth: rect.columns)
            return nil
        }
        AppView.paragraph(text, into: &buffer, rect: rect)
        return nil
    }
}
