import EvaluationCore
import Terminal

/// The ranking of one priority against its budget: a bar of the money approved, the ranked list with a
/// rule where the money runs out, and the proposals of the priority that are not ranked. A pass/fail
/// procedure's list has no points: the admitted list (seed 004) has no budget and no running total
/// either, direct provision (seed 003) is walked against the budget.
enum ChairRankingView {
    static func draw(_ state: ChairState, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        guard let group = state.rankingGroup else {
            buffer.write(state.text("Няма класиране.", "No ranking."), row: rect.row, column: rect.column, style: AppView.mutedStyle)
            return
        }
        let language = state.language
        let currency = language == .bulgarian ? Money.symbol(for: state.model.procedure.currency) : state.model.procedure.currency
        func money(_ amount: Money) -> String { language == .bulgarian ? amount.localizedNumber : amount.canonicalText }
        let groups = state.model.ranking.groups
        // One list has nothing to switch to (a procedure without priorities, or one list for the procedure).
        let switcher = groups.count < 2 ? "" : groups.map { $0.id == group.id ? "[\($0.id)]" : " \($0.id) " }.joined()
        let outcome = state.model.ranking.outcome
        let outcomeTitle: String? = switch outcome {
        case .admittedList: state.text("Списък на допуснатите предложения (без точки и бюджет)",
                                       "The list of admitted proposals (no points, no budget)")
        case .directProvision: state.text("Одобрени за директно предоставяне (без точки)",
                                          "Approved for direct provision (no points)")
        case .funding: nil
        }
        let explicit = state.model.procedure.hasExplicitPriorities && group.id != "procedure"
        let title = explicit ? state.text(state.model.procedure.priorityTerm.noun) + " \(group.id). " + group.title : (outcomeTitle ?? group.title)
        buffer.write(TextLayout.truncate(title, to: rect.columns - DisplayWidth.of(switcher) - 2), row: rect.row, column: rect.column, style: AppView.titleStyle)
        buffer.write(switcher, row: rect.row, column: rect.column + rect.columns - DisplayWidth.of(switcher), style: AppView.mutedStyle)
        var row = rect.row + 1
        if explicit, let outcomeTitle {
            buffer.write(outcomeTitle, row: row, column: rect.column, style: AppView.mutedStyle, maxWidth: rect.columns)
            row += 1
        }
        let scored = outcome == .funding
        let walked = outcome != .admittedList
        if let budget = group.budget {
            let total = budget + group.transferredIn
            var line = state.text("Бюджет \(money(total)) \(currency) · одобрени \(money(group.allocated)) · остатък \(money(group.remaining ?? .zero))",
                                  "Budget \(money(total)) \(currency) · approved \(money(group.allocated)) · left \(money(group.remaining ?? .zero))")
            if group.transferredIn != .zero {
                line += state.text(" (с прехвърлени \(money(group.transferredIn)))", " (incl. \(money(group.transferredIn)) moved in)")
            }
            // In euro too while the procedure's currency is BGN: each amount converted, the sums of
            // the converted amounts (as the protocol and `rank` give them).
            buffer.write(line, row: row, column: rect.column, maxWidth: rect.columns)
            row += 1
            if let euro = state.model.procedure.secondaryCurrency {
                let approvedEuro = group.rows.filter { $0.status == .approved }.reduce(Money.zero) { $0 + euro.convert($1.amount) }
                let symbol = language == .bulgarian ? Money.symbol(for: euro.code) : euro.code
                let euroLine = state.text("В евро: бюджет \(money(euro.convert(total))) \(symbol) · одобрени \(money(approvedEuro)) \(symbol)",
                                          "In euro: budget \(money(euro.convert(total))) \(symbol) · approved \(money(approvedEuro)) \(symbol)")
                buffer.write(euroLine, row: row, column: rect.column, style: AppView.mutedStyle, maxWidth: rect.columns)
                row += 1
            }
            if total > .zero {
                let cells = max(10, rect.columns - 10)
                let filled = Int(DecimalText.divideRoundingHalfAwayFromZero(group.allocated.minorUnits * Int64(cells), by: total.minorUnits))
                let permille = DecimalText.divideRoundingHalfAwayFromZero(group.allocated.minorUnits * 1000, by: total.minorUnits)
                let percent = DecimalText.format(permille, fractionDigits: 1, decimalSeparator: language == .bulgarian ? "," : ".")
                buffer.write(String(repeating: "█", count: min(cells, filled)), row: row, column: rect.column, style: Style(color: .success))
                buffer.write(String(repeating: "░", count: max(0, cells - filled)), row: row, column: rect.column + min(cells, filled), style: AppView.mutedStyle)
                buffer.write(" \(percent) %", row: row, column: rect.column + cells)
                row += 1
            }
        }
        let applicantWidth = max(12, rect.columns - 4 - 15 - (scored ? 7 : -1) - 11 - (walked ? 11 : -1) - 12 - 6)
        let header = TextLayout.padLeft("№", to: 4) + " " + TextLayout.padRight(state.text("Номер", "Number"), to: 15) + " "
            + TextLayout.padRight(state.text("Кандидат", "Applicant"), to: applicantWidth) + " "
            + (scored ? TextLayout.padLeft(state.text("Точки", "Score"), to: 7) + " " : "")
            + TextLayout.padLeft(state.text("Сума", "Amount"), to: 11) + " "
            + (walked ? TextLayout.padLeft(state.text("Натрупано", "Running"), to: 11) + " " : "")
            + state.text("Статус", "Status")
        buffer.write(header, row: row, column: rect.column, style: Style(attributes: [.bold]), maxWidth: rect.columns)
        row += 1
        let unranked = state.model.ranking.unranked.filter { $0.priority == group.id }
        let bottom = rect.row + rect.rows - (unranked.isEmpty ? 0 : 2)
        var lines: [(text: String, style: Style, rowIndex: Int?)] = []
        var ruled = false
        for (index, item) in group.rows.enumerated() {
            if walked, item.status == .reserve && !ruled && state.model.ranking.policy.budgetPolicy == .stopAtFirstThatDoesNotFit {
                lines.append((state.text("─── дотук стига бюджетът ───", "─── the budget runs out here ───"), Style(color: .warning, attributes: [.bold]), nil))
                ruled = true
            }
            let applicant = state.model.proposal(withID: item.proposal)?.applicant.name ?? ""
            let text = TextLayout.padLeft(String(item.rank), to: 4) + " " + TextLayout.padRight(item.proposal, to: 15) + " "
                + TextLayout.padRight(TextLayout.truncate(applicant, to: applicantWidth), to: applicantWidth) + " "
                + (scored ? TextLayout.padLeft(AppView.points(item.score, language), to: 7) + " " : "") + TextLayout.padLeft(money(item.amount), to: 11) + " "
                + (walked ? TextLayout.padLeft(item.status == .approved ? money(item.runningTotal) : "", to: 11) + " " : "") + state.text(item.status.label)
            lines.append((text, item.status == .approved || item.status == .admitted ? .plain : Style(color: .warning), index))
        }
        let visible = max(1, bottom - row)
        let cursorLine = lines.firstIndex { $0.rowIndex == state.rankingCursor } ?? 0
        let first = min(max(0, cursorLine - visible + 1), max(0, lines.count - visible))
        for (offset, line) in lines[first...].prefix(visible).enumerated() {
            let selected = line.rowIndex == state.rankingCursor
            if selected { buffer.fill(ScreenRect(row: row + offset, column: rect.column, rows: 1, columns: rect.columns), style: AppView.selectedStyle) }
            buffer.write(line.text, row: row + offset, column: rect.column, style: selected ? AppView.selectedStyle : line.style, maxWidth: rect.columns)
        }
        if group.rows.isEmpty {
            let empty = switch outcome {
            case .admittedList: state.text("Няма допуснати предложения.", "No admitted proposals.")
            case .directProvision: state.text("Няма одобрени предложения.", "No approved proposals.")
            case .funding: state.text("Няма класирани предложения.", "No ranked proposals.")
            }
            buffer.write(empty, row: row, column: rect.column, style: AppView.mutedStyle)
        }
        if !unranked.isEmpty {
            let label = switch outcome {
            case .admittedList: state.text("Извън списъка: ", "Not on the list: ")
            case .directProvision: state.text("Неодобрени: ", "Not approved: ")
            case .funding: state.text("Некласирани: ", "Not ranked: ")
            }
            let text = label + unranked.map { "\($0.proposal) (\(state.text($0.status.label)))" }.joined(separator: ", ")
            AppView.paragraph(text, into: &buffer, rect: ScreenRect(row: rect.row + rect.rows - 2, column: rect.column, rows: 2, columns: rect.columns),
                              style: AppView.mutedStyle, maxLines: 2)
        }
    }
}
