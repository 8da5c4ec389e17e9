import EvaluationCore
import Terminal

/// The evaluators' quality sheets of one proposal side by side, one criterion at a time: each
/// evaluator's level, whether the sheet is a draft, and the justification in full. ←→ change the
/// criterion; ↑↓ and PgUp/PgDn scroll.
enum ChairComparisonView {
    typealias Line = (text: String, style: Style)

    static func draw(_ state: ChairState, comparison: SheetComparison, into buffer: inout ScreenBuffer, rect: ScreenRect) {
        buffer.fill(rect)
        let lines = self.lines(state, comparison: comparison, width: rect.columns)
        let first = min(comparison.scroll, max(0, lines.count - rect.rows))
        for (offset, line) in lines[first...].prefix(rect.rows).enumerated() {
            buffer.write(line.text, row: rect.row + offset, column: rect.column, style: line.style, maxWidth: rect.columns)
        }
    }

    static func lastScroll(_ state: ChairState, comparison: SheetComparison) -> Int {
        let rows = state.size.rows - 6
        return max(0, lines(state, comparison: comparison, width: state.size.columns - 2).count - rows)
    }

    static func lines(_ state: ChairState, comparison: SheetComparison, width: Int) -> [Line] {
        let model = state.model
        guard let method = model.procedure.quality, method.criteria.indices.contains(comparison.criterion) else { return [] }
        let criterion = method.criteria[comparison.criterion]
        var lines: [Line] = []
        func add(_ text: String, _ style: Style = .plain, indent: String = "") {
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += TextLayout.hanging(String(paragraph), first: indent, rest: indent, width: width).map { ($0, style) }
            }
        }
        let bold = Style(attributes: [.bold])
        add(state.text("\(comparison.proposal) · листовете един до друг · критерий \(comparison.criterion + 1) от \(method.criteria.count)",
                       "\(comparison.proposal) · the sheets side by side · criterion \(comparison.criterion + 1) of \(method.criteria.count)"),
            AppView.titleStyle)
        add("\(criterion.id) \(criterion.question)", bold)
        let sheets = model.assignments.evaluators(of: comparison.proposal, in: .quality).map { ($0, model.qualitySheets[$0]?[comparison.proposal]) }
        var totals: [String] = []
        for (evaluator, sheet) in sheets {
            guard let sheet else {
                totals.append("\(evaluator) —")
                continue
            }
            if sheet.conflict?.declared == true {
                totals.append("\(evaluator) " + state.text("отвод", "recused"))
                continue
            }
            let draft = model.effectiveQualityStatus(of: sheet) == .submitted ? "" : state.text(" (чернова)", " (draft)")
            totals.append("\(evaluator) \(AppView.points(SheetTotals(sheet: sheet, method: method).total, state.language))\(draft)")
        }
        add(state.text("Общо по листовете: ", "Sheet totals: ") + totals.joined(separator: " · "), AppView.mutedStyle)
        for (evaluator, sheet) in sheets {
            lines.append(("", .plain))
            let name = model.committee.first { $0.id == evaluator }?.name ?? evaluator
            guard let sheet else {
                add("\(evaluator) \(name): " + state.text("няма лист", "no sheet"), AppView.mutedStyle)
                continue
            }
            if sheet.conflict?.declared == true {
                add("\(evaluator) \(name): " + state.text("отвод", "recused"), Style(color: .warning, attributes: [.bold]))
                if let reason = sheet.conflict?.reason { add(state.text("Причина: ", "Reason: ") + reason, indent: "    ") }
                continue
            }
            let score = sheet.scores[criterion.id]
            let draft = model.effectiveQualityStatus(of: sheet) == .submitted ? "" : state.text(" · чернова", " · draft")
            let level = score?.points.flatMap { points in criterion.levels.firstIndex { $0.points == points } }
            let head = level.map { index in
                state.text("\(AppView.points(criterion.levels[index].points, state.language)) т. (ниво \(index + 1) от \(criterion.levels.count))",
                           "\(AppView.points(criterion.levels[index].points, state.language)) pt (level \(index + 1) of \(criterion.levels.count))")
            } ?? state.text("без ниво", "no level")
            add("\(evaluator) \(name): \(head)\(draft)", level == nil ? Style(color: .warning, attributes: [.bold]) : bold)
            let note = score?.note ?? ""
            if note.isEmpty, !model.hasJustifications(of: comparison.proposal) {
                add(state.text("(обосновката още не е прочетена)", "(the justification is not read yet)"), AppView.mutedStyle, indent: "    ")
                continue
            }
            add(note.trimmingWhitespace().isEmpty ? state.text("(без обосновка)", "(no justification)") : note, note.isEmpty ? AppView.mutedStyle : .plain,
                indent: "    ")
        }
        return lines
    }
}
