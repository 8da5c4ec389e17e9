import EvaluationCore
import Terminal

/// Boxes over the screen: every key, the conflict-of-interest question, the submission check.
enum OverlayView {
    static func draw(_ overlay: Overlay, state: AppState, into buffer: inout ScreenBuffer) {
        switch overlay {
        case .help(let context):
            var lines: [String] = []
            for binding in KeyBindings.bindings(in: context) {
                lines.append(TextLayout.padRight(binding.label, to: 12) + state.text(binding.help))
            }
            box(title: state.text("Клавиши", "Keys"), lines: lines, footer: state.text("Esc — затваряне", "Esc — close"), state: state, into: &buffer)
        case .conflict(let proposal):
            let applicant = state.model.proposal(withID: proposal)
            var text = state.text("Декларирам, че нямам конфликт на интереси с кандидата ", "I declare that I have no conflict of interest with the applicant ")
                + (applicant?.applicant.name ?? proposal)
            if let partners = applicant?.partners, !partners.isEmpty {
                text += state.text(" и партньорите ", " and the partners ") + partners.map(\.name).joined(separator: ", ")
            }
            text += state.text(" по предложение \(proposal).", " of proposal \(proposal).")
            let lines = TextLayout.wrap(text, width: 60) + [""] + TextLayout.wrap(state.text(
                "Enter, y или д — нямам конфликт на интереси. r — имам конфликт и си правя отвод (окончателно). Esc — назад.",
                "Enter or y — I have no conflict. r — I have a conflict and recuse (final). Esc — back."), width: 60)
            box(title: state.text("Конфликт на интереси", "Conflict of interest"), lines: lines, footer: nil, state: state, into: &buffer)
        case .submit(let proposal, let stage, let missing):
            let what = stage == .admin ? state.text("административния лист", "the administrative sheet") : state.text("листа за качество", "the quality sheet")
            if missing.isEmpty {
                let lines = TextLayout.wrap(state.text("Подаване на \(what) за \(proposal)? След подаване листът не може да се променя; само председателят може да го върне.",
                                                       "Submit \(what) of \(proposal)? A submitted sheet cannot be changed; only the chair can return it."), width: 60)
                box(title: state.text("Подаване", "Submit"), lines: lines, footer: state.text("y/д — подаване · n/н/Esc — отказ", "y — submit · n/Esc — cancel"),
                    state: state, into: &buffer)
            } else {
                let sheetName = stage == .admin ? state.text("Административният лист", "The administrative sheet")
                                                : state.text("Листът за качество", "The quality sheet")
                var lines = TextLayout.wrap(state.text("\(sheetName) още не може да бъде подаден. Липсват:",
                                                       "\(sheetName) cannot be submitted yet. Missing:"), width: 60)
                let shown = missing.prefix(max(1, state.size.rows - 10))
                for item in shown { lines += TextLayout.hanging(state.text(item.message), first: "– ", rest: "  ", width: 60) }
                if missing.count > shown.count { lines.append(state.text("… и още \(missing.count - shown.count)", "… and \(missing.count - shown.count) more")) }
                box(title: state.text("Подаване", "Submit"), lines: lines, footer: state.text("Esc — назад", "Esc — back"), state: state, into: &buffer)
            }
        }
    }

    /// A framed box in the middle of the screen.
    static func box(title: String, lines: [String], footer: String?, state: AppState, into buffer: inout ScreenBuffer) {
        let width = min(state.size.columns - 4, max(40, (lines + [title, footer ?? ""]).map { DisplayWidth.of($0) }.max() ?? 40) + 4)
        let maxBody = state.size.rows - 6
        let body = Array(lines.prefix(maxBody))
        let height = body.count + (footer == nil ? 2 : 4)
        let rect = ScreenRect(row: max(1, (state.size.rows - height) / 2), column: (state.size.columns - width) / 2, rows: height, columns: width)
        buffer.fill(rect)
        buffer.drawBorder(rect, title: " \(title) ", style: Style(color: .accent), titleStyle: AppView.titleStyle)
        for (index, line) in body.enumerated() {
            buffer.write(line, row: rect.row + 1 + index, column: rect.column + 2, maxWidth: width - 4)
        }
        if let footer {
            buffer.write(footer, row: rect.row + rect.rows - 2, column: rect.column + 2, style: Style(color: .accent, attributes: [.bold]), maxWidth: width - 4)
        }
    }
}
