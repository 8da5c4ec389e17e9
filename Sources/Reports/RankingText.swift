import EvaluationCore

/// The ranking as text, for `ocenka rank` and the protocol: per priority a budget line and bar, the
/// ranked table with a rule where the money runs out, then the proposals that are not ranked.
public struct RankingText {
    public let ranking: Ranking
    public let procedure: Procedure
    public let proposals: [String: Proposal]
    public let width: Int
    public let language: Language

    public init(ranking: Ranking, procedure: Procedure, proposals: [Proposal], width: Int = 100, language: Language = .bulgarian) {
        self.ranking = ranking
        self.procedure = procedure
        self.proposals = Dictionary(proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.width = max(60, width)
        self.language = language
    }

    private func t(_ bg: String, _ en: String) -> String { language == .bulgarian ? bg : en }

    func money(_ amount: Money) -> String {
        language == .bulgarian ? amount.localizedNumber : amount.canonicalText
    }

    func points(_ value: Points?) -> String {
        guard let value else { return "—" }
        return language == .bulgarian ? value.localizedNumber : value.fixedText
    }

    /// "ОКОНЧАТЕЛНО КЛАСИРАНЕ" or "ПРЕДВАРИТЕЛНО КЛАСИРАНЕ (…)".
    public var finality: String {
        if ranking.isFinal { return t("ОКОНЧАТЕЛНО КЛАСИРАНЕ", "FINAL RANKING") }
        let pending = ranking.unranked.filter { $0.status == .pending }.count
        let waiting = ranking.unranked.filter { $0.status == .needsDecision }.count
        let proposals = { (count: Int) in CountedNoun.proposal.phrase(count, in: language) }
        return t("ПРЕДВАРИТЕЛНО КЛАСИРАНЕ — решение на председателя: \(proposals(waiting)); в процес на оценка: \(proposals(pending))",
                 "PRELIMINARY RANKING — a decision of the chair: \(proposals(waiting)); still being assessed: \(proposals(pending))")
    }

    public func render() -> String {
        var lines: [String] = TextLayout.wrap(finality, width: width)
        for group in ranking.groups {
            lines.append("")
            lines += groupLines(group)
        }
        if !ranking.unranked.isEmpty {
            lines.append("")
            lines += unrankedLines()
        }
        return lines.map { $0.trailingSpacesRemoved().escapingControlCharacters }.joined(separator: "\n") + "\n"
    }

    /// The heading, budget line, bar and table of one list.
    public func groupLines(_ group: Ranking.Group) -> [String] {
        var lines: [String] = []
        let heading = group.id == "procedure" ? group.title : t("Приоритет \(group.id). ", "Priority \(group.id). ") + group.title
        lines += TextLayout.wrap(heading, width: width)
        lines += TextLayout.wrap(budgetLine(group), width: width)
        if let bar = budgetBar(group) { lines.append(bar) }
        guard !group.rows.isEmpty else {
            lines.append(t("Няма класирани предложения.", "No ranked proposals."))
            return lines
        }
        let table = TextTable(columns: [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
            .init(title: t("Точки", "Score"), alignment: .right, wraps: false),
            .init(title: t("Сума", "Amount"), alignment: .right, wraps: false),
            .init(title: t("Натрупано", "Running total"), alignment: .right, wraps: false),
            .init(title: t("Статус", "Status"), wraps: false),
        ], rows: group.rows.map { row in
            [String(row.rank), row.proposal, proposals[row.proposal]?.applicant.name ?? "", points(row.score), money(row.amount),
             row.status == .approved ? money(row.runningTotal) : "", row.status.label.text(in: language)]
        })
        var tableLines = table.render(width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if tableLines.last == "" { tableLines.removeLast() }
        if ranking.policy.budgetPolicy == .stopAtFirstThatDoesNotFit,
           let firstReserve = group.rows.firstIndex(where: { $0.status == .reserve }) {
            let widths = table.columnWidths(fitting: width)
            let rule = t("─ до тук стига бюджетът ─", "─ the budget runs out here ─")
            let lineAt = lineIndex(ofRow: firstReserve, in: table, widths: widths)
            tableLines.insert(TextLayout.padRight(rule, to: min(width, widths.reduce(0, +) + 2 * (widths.count - 1))), at: lineAt)
        }
        lines += tableLines
        return lines
    }

    /// The line in the rendered table where row `index` begins (two header lines, then wrapped rows).
    private func lineIndex(ofRow index: Int, in table: TextTable, widths: [Int]) -> Int {
        var line = 2
        for row in table.rows.prefix(index) {
            let heights = widths.indices.map { TextLayout.wrap(row.indices.contains($0) ? row[$0] : "", width: max(1, widths[$0])).count }
            line += heights.max() ?? 1
        }
        return line
    }

    func budgetLine(_ group: Ranking.Group) -> String {
        let currency = Money.symbol(for: procedure.currency)
        guard let budget = group.budget else {
            return t("Без бюджетно ограничение; одобрени: \(money(group.allocated)) \(currency)",
                     "No budget limit; approved: \(money(group.allocated)) \(currency)")
        }
        var text = t("Бюджет: \(money(budget)) \(currency)", "Budget: \(money(budget)) \(currency)")
        if group.transferredIn != .zero {
            text += t(" + прехвърлени \(money(group.transferredIn)) \(currency)", " + transferred \(money(group.transferredIn)) \(currency)")
        }
        text += t("; одобрени: \(money(group.allocated)) \(currency); остатък: \(money(group.remaining ?? .zero)) \(currency)",
                  "; approved: \(money(group.allocated)) \(currency); remaining: \(money(group.remaining ?? .zero)) \(currency)")
        return text
    }

    /// "[██████░░░░] 62,4 %" — the part of the budget approved.
    func budgetBar(_ group: Ranking.Group) -> String? {
        guard let budget = group.budget else { return nil }
        let total = budget + group.transferredIn
        guard total > .zero else { return nil }
        let cells = 40
        let filled = Int(DecimalText.divideRoundingHalfAwayFromZero(group.allocated.minorUnits * Int64(cells), by: total.minorUnits))
        let permille = DecimalText.divideRoundingHalfAwayFromZero(group.allocated.minorUnits * 1000, by: total.minorUnits)
        let percent = DecimalText.format(permille, fractionDigits: 1, decimalSeparator: language == .bulgarian ? "," : ".")
        return "[" + String(repeating: "█", count: min(cells, filled)) + String(repeating: "░", count: max(0, cells - filled)) + "] \(percent) %"
    }

    /// The proposals outside the lists, by status.
    public func unrankedLines() -> [String] {
        var lines: [String] = [t("Некласирани предложения", "Proposals not ranked")]
        let table = TextTable(columns: [
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Пр.", "Pr."), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
            .init(title: t("Статус", "Status")),
            .init(title: t("Основание", "Reasons")),
        ], rows: ranking.unranked.map { item in
            [item.proposal, item.priority, proposals[item.proposal]?.applicant.name ?? "", item.status.label.text(in: language),
             reasonText(item)]
        })
        lines += table.render(width: width).split(separator: "\n").map(String.init)
        return lines
    }

    func reasonText(_ item: Ranking.Unranked) -> String {
        item.reasons.map { reason in
            switch reason {
            case "floor": t("под минимума от \(points(procedure.quality?.floor)) т.", "below the floor of \(points(procedure.quality?.floor))")
            case "spread": t("разлика в оценките над допустимата", "scores differ by more than allowed")
            case "passFail": t("оценителите не са единни за минимума", "evaluators disagree on the floor")
            case "adminDisagreement": t("административните листове се разминават", "the admin sheets disagree")
            case "tooFewEvaluators": t("недостигат оценители (отвод или анулиран лист)", "too few evaluators (recusal or cancelled sheet)")
            case "admin": t("административна проверка", "administrative check")
            case "quality": t("оценка на качеството", "quality assessment")
            case "decision": t("решение на председателя", "decision of the chair")
            default: t("критерий \(reason)", "criterion \(reason)")
            }
        }.joined(separator: "; ")
    }
}
