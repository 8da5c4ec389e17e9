import EvaluationCore

/// The ranking as text, for `ocenka rank` and the protocol: per priority a budget line and bar, the
/// ranked table with a rule where the money runs out, then the proposals that are not ranked.
public struct RankingText {
    public let ranking: Ranking
    public let procedure: Procedure
    public let proposals: [String: Proposal]
    public let width: Int
    public let language: Language
    /// For a signed document (the protocol): the share of the budget in words, not as a bar.
    public let forDocument: Bool
    /// Whether amounts in sentences show the second currency first (the workspace reports in it).
    public let secondaryFirst: Bool

    public init(ranking: Ranking, procedure: Procedure, proposals: [Proposal], width: Int = 100, language: Language = .bulgarian,
                forDocument: Bool = false, secondaryFirst: Bool = false) {
        self.forDocument = forDocument
        self.secondaryFirst = secondaryFirst
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
        let admitted = ranking.outcome == .admittedList
        let direct = ranking.outcome == .directProvision
        if ranking.isFinal {
            if direct {
                return t("ОКОНЧАТЕЛЕН СПИСЪК НА ПРЕДЛОЖЕНИЯТА, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ", "FINAL LIST OF PROPOSALS APPROVED FOR DIRECT PROVISION")
            }
            return admitted ? t("ОКОНЧАТЕЛЕН СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ", "FINAL LIST OF ADMITTED PROPOSALS")
                            : t("ОКОНЧАТЕЛНО КЛАСИРАНЕ", "FINAL RANKING")
        }
        let pending = ranking.unranked.filter { $0.status == .pending }.count
        let waiting = ranking.unranked.filter { $0.status == .needsDecision }.count
        let proposals = { (count: Int) in CountedNoun.proposal.phrase(count, in: language) }
        if direct {
            return t("ПРЕДВАРИТЕЛЕН СПИСЪК НА ПРЕДЛОЖЕНИЯТА, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ — решение на председателя: \(proposals(waiting)); в процес на проверка: \(proposals(pending))",
                     "PRELIMINARY LIST OF PROPOSALS APPROVED FOR DIRECT PROVISION — a decision of the chair: \(proposals(waiting)); still being checked: \(proposals(pending))")
        }
        if admitted {
            return t("ПРЕДВАРИТЕЛЕН СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ — решение на председателя: \(proposals(waiting)); в процес на проверка: \(proposals(pending))",
                     "PRELIMINARY LIST OF ADMITTED PROPOSALS — a decision of the chair: \(proposals(waiting)); still being checked: \(proposals(pending))")
        }
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
        let heading = group.id == "procedure" ? group.title : procedure.priorityTerm.noun.text(in: language) + " \(group.id). " + group.title
        lines += TextLayout.wrap(heading, width: width)
        if ranking.outcome == .admittedList { return lines + admittedLines(group) }
        lines += Self.wrapKeepingAmounts(budgetLine(group), width: width)
        if forDocument {
            if let share = budgetShare(group) {
                lines += TextLayout.wrap(t("Одобрени са \(share) % от бюджета.", "\(share) % of the budget is approved."), width: width)
            }
        } else if let bar = budgetBar(group) {
            lines.append(bar)
        }
        guard !group.rows.isEmpty else {
            lines.append(t("Няма класирани предложения.", "No ranked proposals."))
            return lines
        }
        let symbol = Money.symbol(for: procedure.currency)
        // Direct provision gives no points: its table has no score column.
        let scored = ranking.outcome == .funding
        var columns: [TextTable.Column] = [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
        ]
        if scored { columns.append(.init(title: t("Точки", "Score"), alignment: .right, wraps: false)) }
        columns.append(.init(title: t("Сума, ", "Amount, ") + symbol, alignment: .right, wraps: false))
        if let conversion { columns.append(.init(title: t("Сума, ", "Amount, ") + Money.symbol(for: conversion.code), alignment: .right, wraps: false)) }
        columns += [
            .init(title: t("Натрупано, ", "Running total, ") + symbol, alignment: .right, wraps: false),
            .init(title: t("Статус", "Status"), wraps: false),
        ]
        let table = TextTable(columns: columns, rows: group.rows.map { row in
            var cells = [String(row.rank), row.proposal, proposals[row.proposal]?.applicant.name ?? ""]
            if scored { cells.append(points(row.score)) }
            cells.append(money(row.amount))
            if let conversion { cells.append(money(conversion.convert(row.amount))) }
            return cells + [row.status == .approved ? money(row.runningTotal) : "", row.status.label.text(in: language)]
        })
        var tableLines = table.render(width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if tableLines.last == "" { tableLines.removeLast() }
        if ranking.policy.budgetPolicy == .stopAtFirstThatDoesNotFit,
           let firstReserve = group.rows.firstIndex(where: { $0.status == .reserve }) {
            let widths = table.columnWidths(fitting: width)
            let rule = t("─ дотук стига бюджетът ─", "─ the budget runs out here ─")
            let lineAt = lineIndex(ofRow: firstReserve, in: table, widths: widths)
            tableLines.insert(TextLayout.padRight(rule, to: min(width, widths.reduce(0, +) + 2 * (widths.count - 1))), at: lineAt)
        }
        lines += tableLines
        return lines
    }

    /// The list of admitted proposals of a procedure with no quality part: no points, no budget.
    private func admittedLines(_ group: Ranking.Group) -> [String] {
        guard !group.rows.isEmpty else { return [t("Няма допуснати предложения.", "No proposal is admitted.")] }
        let requested = group.rows.reduce(Money.zero) { $0 + $1.amount }
        var lines = Self.wrapKeepingAmounts(t("Допуснати: \(CountedNoun.proposal.phrase(group.rows.count, in: language)); обща искана сума: \(both(requested))",
                                              "Admitted: \(CountedNoun.proposal.phrase(group.rows.count, in: language)); total requested: \(both(requested))"),
                                            width: width)
        var columns: [TextTable.Column] = [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
            .init(title: t("Сума, ", "Amount, ") + Money.symbol(for: procedure.currency), alignment: .right, wraps: false),
        ]
        if let conversion { columns.append(.init(title: t("Сума, ", "Amount, ") + Money.symbol(for: conversion.code), alignment: .right, wraps: false)) }
        columns.append(.init(title: t("Статус", "Status"), wraps: false))
        let table = TextTable(columns: columns, rows: group.rows.map { row in
            var cells = [String(row.rank), row.proposal, proposals[row.proposal]?.applicant.name ?? "", money(row.amount)]
            if let conversion { cells.append(money(conversion.convert(row.amount))) }
            return cells + [row.status.label.text(in: language)]
        })
        lines += table.render(width: width).split(separator: "\n").map(String.init)
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

    /// `text` wrapped so that no line breaks inside an amount ("453 837,60 лв.").
    static func wrapKeepingAmounts(_ text: String, width: Int) -> [String] {
        let glue: Character = "\u{00A0}"
        var glued = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let previous = index > 0 ? characters[index - 1] : " "
            let joins = character == " " && previous.isNumber
                && (next.isNumber || next == "€" || text[text.index(text.startIndex, offsetBy: index + 1)...].hasPrefix("лв."))
            glued.append(joins ? glue : character)
        }
        return TextLayout.wrap(glued, width: width).map { String($0.map { $0 == glue ? " " : $0 }) }
    }

    /// The ranking's conversion: the procedure's second currency (the euro for a BGN procedure).
    var conversion: SecondaryCurrency? { procedure.secondaryCurrency }

    /// "14 984,50 лв. (7 661,41 €)".
    func both(_ amount: Money) -> String {
        let main = "\(money(amount)) \(Money.symbol(for: procedure.currency))"
        guard let conversion else { return main }
        let other = "\(money(conversion.convert(amount))) \(Money.symbol(for: conversion.code))"
        return secondaryFirst ? "\(other) (\(main))" : "\(main) (\(other))"
    }

    /// The approved sum: in the procedure's currency, and in the second currency as the sum of the
    /// converted amounts — with the converted sum beside it where the two differ.
    func allocatedText(_ group: Ranking.Group) -> String {
        let main = "\(money(group.allocated)) \(Money.symbol(for: procedure.currency))"
        guard let conversion else { return main }
        let symbol = Money.symbol(for: conversion.code)
        let summed = group.rows.filter { $0.status == .approved }.reduce(Money.zero) { $0 + conversion.convert($1.amount) }
        let converted = conversion.convert(group.allocated)
        guard summed != converted else {
            return secondaryFirst ? "\(money(summed)) \(symbol) (\(main))" : main + " (\(money(summed)) \(symbol))"
        }
        return main + t(" (\(money(summed)) \(symbol) като сбор на преизчислените суми; \(money(converted)) \(symbol) при преизчисляване на сбора)",
                        " (\(money(summed)) \(symbol) as the sum of the converted amounts; \(money(converted)) \(symbol) converting the sum)")
    }

    func budgetLine(_ group: Ranking.Group) -> String {
        guard let budget = group.budget else {
            return t("Без бюджетно ограничение; одобрени: \(allocatedText(group))",
                     "No budget limit; approved: \(allocatedText(group))")
        }
        var text = t("Бюджет: \(both(budget))", "Budget: \(both(budget))")
        if group.transferredIn != .zero {
            text += t(" + прехвърлени \(both(group.transferredIn))", " + transferred \(both(group.transferredIn))")
        }
        text += t("; одобрени: \(allocatedText(group)); остатък: \(both(group.remaining ?? .zero))",
                  "; approved: \(allocatedText(group)); remaining: \(both(group.remaining ?? .zero))")
        return text
    }

    /// "14,4" — the part of the budget approved, in per cent with one decimal.
    func budgetShare(_ group: Ranking.Group) -> String? {
        guard let budget = group.budget else { return nil }
        let total = budget + group.transferredIn
        guard total > .zero else { return nil }
        let permille = DecimalText.divideRoundingHalfAwayFromZero(group.allocated.minorUnits * 1000, by: total.minorUnits)
        return DecimalText.format(permille, fractionDigits: 1, decimalSeparator: language == .bulgarian ? "," : ".")
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
        let heading = switch ranking.outcome {
        case .admittedList: t("Предложения извън списъка на допуснатите", "Proposals not in the list of admitted")
        case .directProvision: t("Неодобрени предложения", "Proposals not approved")
        case .funding: t("Некласирани предложения", "Proposals not ranked")
        }
        var lines: [String] = [heading]
        let table = TextTable(columns: [
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Пр.", "Pr."), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
            .init(title: t("Статус", "Status")),
            .init(title: t("Основание", "Reasons")),
        ], rows: ranking.unranked.map { item in
            [item.proposal, procedure.displayedPriority(item.priority), proposals[item.proposal]?.applicant.name ?? "", item.status.label.text(in: language),
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
            case "late": t("подадено след крайния срок; чака решение за допускане", "registered after the deadline; needs an admission decision")
            case "aboveMaximum": t("сумата надвишава максимума за проект; чака корекция на бюджета или решение за недопускане",
                                   "the amount exceeds the maximum per project; needs a budget correction or a decision not to admit")
            case "populationMissing": t("липсва населението на населеното място; чака решение", "the settlement's population is missing; needs a decision")
            case "populationBelowMinimum": t("населено място с население под минимума за процедурата", "a settlement below the procedure's minimum population")
            case "aboveBandMaximum": t("сумата надвишава максимума за населението на населеното място; чака корекция на бюджета",
                                       "the amount exceeds the cap for the settlement's population; needs a budget correction")
            case "onePerApplicant": t("кандидатът вече има одобрено предложение", "the applicant already has an approved proposal")
            case "earlierOfApplicant": t("чака по-ранно предложение на същия кандидат", "waits for an earlier proposal of the same applicant")
            case "onePerNetworkArea": t("мрежата вече има одобрено предложение в същата област (NUTS 3)", "the network already has an approved proposal in the same NUTS 3 area")
            case "earlierInNetworkArea": t("чака по-ранно предложение от същата мрежа и област (по реда на подаване)",
                                           "waits for an earlier proposal of the same network and area (in the order of submission)")
            case "belowMinimum": t("сумата е под минимума за проект; чака решение за недопускане",
                                   "the amount is below the minimum per project; needs a decision not to admit")
            default: t("критерий \(reason)", "criterion \(reason)")
            }
        }.joined(separator: "; ")
    }
}
