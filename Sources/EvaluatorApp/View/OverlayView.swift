import EvaluationCore
import Terminal

/// Boxes over the screen: every key, the conflict-of-interest question, the submission check.
enum OverlayView {
    /// Draws `overlay`; returns where the terminal's cursor goes (the recusal's reason field), if anywhere.
    static func draw(_ overlay: Overlay, state: AppState, into buffer: inout ScreenBuffer) -> ScreenPosition? {
        switch overlay {
        case .detail(let scroll):
            DetailView.draw(state, scroll: scroll, into: &buffer)
        case .recusal(let proposal, let reason):
            return RecusalView.draw(proposal: proposal, reason: reason, state: state, into: &buffer)
        case .confirmRecusal(let proposal, let reason):
            let lines = TextLayout.wrap(state.text("Отвод по предложение \(proposal) с причина:", "Recusal from proposal \(proposal) for the reason:"), width: 60)
                + TextLayout.hanging(reason, first: "  ", rest: "  ", width: 60) + [""]
                + TextLayout.wrap(state.text("Отводът е окончателен: след него нямате достъп до предложението и не го оценявате.",
                                             "The recusal is final: after it you have no access to the proposal and do not assess it."), width: 60)
            box(title: state.text("Потвърждаване на отвода", "Confirm the recusal"), lines: lines,
                footer: state.text("y/д — записване на отвода · n/н/Esc — назад", "y — record the recusal · n/Esc — back"), state: state, into: &buffer)
        case .confirmDeclaration:
            let lines = TextLayout.wrap(state.text(
                "Приемате ли декларацията за безпристрастност и поверителност, както я прочетохте? Приемането се записва с дата и час.",
                "Do you accept the declaration of impartiality and confidentiality as you read it? The acceptance is recorded with the date and time."), width: 60)
            box(title: state.text("Приемане на декларацията", "Accepting the declaration"), lines: lines,
                footer: state.text("y/д — приемам · n/н/Esc — назад", "y — I accept · n/Esc — back"), state: state, into: &buffer)
        case .help(let context):
            let lines = KeyBindings.helpLines(in: context, language: state.language)
            box(title: state.text("Клавиши", "Keys"), lines: lines, footer: state.text("Esc — затваряне", "Esc — close"), state: state, into: &buffer)
            return nil
        case .conflict(let proposal):
            let applicant = state.model.proposal(withID: proposal)
            var text = state.text("Декларирам, че нямам конфликт на интереси с кандидата ", "I declare that I have no conflict of interest with the applicant ")
                + (applicant?.applicant.name ?? proposal)
            if let partners = applicant?.partners, !partners.isEmpty {
                text += state.text(" и партньорите ", " and the partners ") + partners.map(\.name).joined(separator: ", ")
            }
            text += state.text(" по предложение \(proposal).", " of proposal \(proposal).")
            let lines = TextLayout.wrap(text, width: 60) + [""] + TextLayout.wrap(state.text(
                "Enter, y или д — нямам конфликт на интереси. r — имам конфликт и си правя отвод (с причина и потвърждаване). Esc — назад.",
                "Enter or y — I have no conflict. r — I have a conflict and recuse (with a reason and a confirmation). Esc — back."), width: 60)
            box(title: state.text("Конфликт на интереси", "Conflict of interest"), lines: lines, footer: nil, state: state, into: &buffer)
        case .submit(let proposal, let stage, let missing, let scroll):
            let what = stage == .admin ? state.text("административния лист", "the administrative sheet") : state.text("листа за качество", "the quality sheet")
            if missing.isEmpty {
                var lines = TextLayout.wrap(state.text("Подаване на \(what) за \(proposal)? След подаване листът не може да се променя; само председателят може да го върне.",
                                                       "Submit \(what) of \(proposal)? A submitted sheet cannot be changed; only the chair can return it."), width: 60)
                if stage == .admin {
                    let reasons = AdminOutcome.noReasons(state.model.adminSheet(proposal), checklist: state.model.procedure.admin).map(\.criterion)
                    if !reasons.isEmpty {
                        lines += [""] + TextLayout.wrap(state.text(
                            "С този лист предложението не се допуска: НЕ по \(reasons.joined(separator: ", ")). Мотивите ще бъдат основание за отхвърлянето.",
                            "With this sheet the proposal is not admitted: NO on \(reasons.joined(separator: ", ")). The notes will be the grounds of the rejection."), width: 60)
                    } else {
                        lines += [""] + TextLayout.wrap(state.text("С този лист предложението отговаря на всички административни критерии.",
                                                                   "With this sheet the proposal meets every administrative criterion."), width: 60)
                    }
                }
                box(title: state.text("Подаване", "Submit"), lines: lines, footer: state.text("y/д — подаване · n/н/Esc — отказ", "y — submit · n/Esc — cancel"),
                    state: state, into: &buffer)
            } else {
                let sheetName = stage == .admin ? state.text("Административният лист", "The administrative sheet")
                                                : state.text("Листът за качество", "The quality sheet")
                var lines = TextLayout.wrap(state.text("\(sheetName) още не може да бъде подаден. Липсват:",
                                                       "\(sheetName) cannot be submitted yet. Missing:"), width: 60)
                var items: [String] = []
                for item in missing { items += TextLayout.hanging(state.text(item.message), first: "– ", rest: "  ", width: 60) }
                let room = max(1, state.size.rows - 8 - lines.count)
                let first = min(scroll, max(0, items.count - room))
                lines += items[first...].prefix(room)
                let footer = items.count > room
                    ? state.text("редове \(first + 1)–\(min(items.count, first + room)) от \(items.count) · ↑↓ PgUp PgDn · Esc — назад",
                                 "lines \(first + 1)–\(min(items.count, first + room)) of \(items.count) · ↑↓ PgUp PgDn · Esc — back")
                    : state.text("Esc — назад", "Esc — back")
                box(title: state.text("Подаване", "Submit"), lines: lines, footer: footer, state: state, into: &buffer)
            }
        }
        return nil
    }

    /// A framed box in the middle of the screen; returns its frame.
    @discardableResult
    static func box(title: String, lines: [String], footer: String?, state: AppState, into buffer: inout ScreenBuffer) -> ScreenRect {
        Chrome.box(title: title, lines: lines, footer: footer, size: state.size, minimumWidth: 40, into: &buffer)
    }
}
