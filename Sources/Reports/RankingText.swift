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
                return LocalizedText(bg: "ОКОНЧАТЕЛЕН СПИСЪК НА ПРЕДЛОЖЕНИЯТА, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ", en: "FINAL LIST OF PROPOSALS APPROVED FOR DIRECT PROVISION").text(in: language)
            }
            return admitted ? LocalizedText(bg: "ОКОНЧАТЕЛЕН СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ", en: "FINAL LIST OF ADMITTED PROPOSALS").text(in: language)
                            : LocalizedText(bg: "ОКОНЧАТЕЛНО КЛАСИРАНЕ", en: "FINAL RANKING").text(in: language)
        }
        let pending = ranking.unranked.filter { $0.status == .pending }.count
        let waiting = ranking.unranked.filter { $0.status == .needsDecision }.count
        let proposals = { (count: Int) in CountedNoun.proposal.phrase(count, in: language) }
        if direct {
            return LocalizedText(bg: "ПРЕДВАРИТЕЛЕН СПИСЪК НА ПРЕДЛОЖЕНИЯТА, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ — решение на председателя: \(proposals(waiting)); в процес на проверка: \(proposals(pending))", en: "PRELIMINARY LIST OF PROPOSALS APPROVED FOR DIRECT PROVISION — a decision of the chair: \(proposals(waiting)); still being checked: \(proposals(pending))").text(in: language)
        }
        if admitted {
            return LocalizedText(bg: "ПРЕДВАРИТЕЛЕН СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ — решение на председателя: \(proposals(waiting)); в процес на проверка: \(proposals(pending))", en: "PRELIMINARY LIST OF ADMITTED PROPOSALS — a decision of the chair: \(proposals(waiting)); still being checked: \(proposals(pending))").text(in: language)
        }
        return LocalizedText(bg: "ПРЕДВАРИТЕЛНО КЛАСИРАНЕ — решение на председателя: \(proposals(waiting)); в процес на оценка: \(proposals(pending))", en: "PRELIMINARY RANKING — a decision of the chair: \(proposals(waiting)); still being assessed: \(proposals(pending))").text(in: language)
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
                lines += TextLayout.wrap(LocalizedText(bg: "Одобрени са \(share) % от бюджета.", en: "\(share) % of the budget is approved.").text(in: language), width: width)
            }
        } else if let bar = budgetBar(group) {
            lines.append(bar)
        }
        guard !group.rows.isEmpty else {
            lines.append(LocalizedText(bg: "Няма класирани предложения.", en: "No ranked proposals.").text(in: language))
            return lines
        }
        let symbol = Money.symbol(for: procedure.currency)
        // Direct provision gives no points: its table has no score column.
        let scored = ranking.outcome == .funding
        var columns: [TextTable.Column] = [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Номер", en: "Number").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Кандидат", en: "Applicant").text(in: language)),
        ]
        if scored { columns.append(.init(title: LocalizedText(bg: "Точки", en: "Score").text(in: language), alignment: .right, wraps: false)) }
        columns.append(.init(title: LocalizedText(bg: "Сума, ", en: "Amount, ").text(in: language) + symbol, alignment: .right, wraps: false))
        if let conversion { columns.append(.init(title: LocalizedText(bg: "Сума, ", en: "Amount, ").text(in: language) + Money.symbol(for: conversion.code), alignment: .right, wraps: false)) }
        columns += [
            .init(title: LocalizedText(bg: "Натрупано, ", en: "Running total, ").text(in: language) + symbol, alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Статус", en: "Status").text(in: language), wraps: false),
        ]
        let table = TextTable(columns: columns, rows: group.rows.map { row in
            var cells = [String(row.rank), row.proposal, proposals[row.proposal]?.applicant.name ?? ""]
            if scored { cells.append(points(row.score)) }
            cells.append(money(row.amount))
            if let conversion { cells.append(money(conversion.convert(row.amount))) }
            return cells + [row.status == .approved ? money(row.runningTotal) : "", row.status.label.text(in: language)]
        })
        let widths = table.columnWidths(fitting: width)
        var tableLines = table.lines(widths: widths)
        if ranking.policy.budgetPolicy == .stopAtFirstThatDoesNotFit,
           let firstReserve = group.rows.firstIndex(where: { $0.status == .reserve }) {
            let rule = LocalizedText(bg: "─ дотук стига бюджетът ─", en: "─ the budget runs out here ─").text(in: language)
            let lineAt = lineIndex(ofRow: firstReserve, in: table, widths: widths)
            tableLines.insert(TextLayout.padRight(rule, to: min(width, widths.reduce(0, +) + 2 * (widths.count - 1))), at: lineAt)
        }
        lines += tableLines
        return lines
    }

    /// The list of admitted proposals of a procedure with no quality part: no points, no budget.
    private func admittedLines(_ group: Ranking.Group) -> [String] {
        guard !group.rows.isEmpty else { return [LocalizedText(bg: "Няма допуснати предложения.", en: "No proposal is admitted.").text(in: language)] }
        let requested = group.rows.reduce(Money.zero) { $0 + $1.amount }
        var lines = Self.wrapKeepingAmounts(LocalizedText(bg: "Допуснати: \(CountedNoun.proposal.phrase(group.rows.count, in: language)); обща искана сума: \(both(requested))", en: "Admitted: \(CountedNoun.proposal.phrase(group.rows.count, in: language)); total requested: \(both(requested))").text(in: language),
                                            width: width)
        var columns: [TextTable.Column] = [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Номер", en: "Number").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Кандидат", en: "Applicant").text(in: language)),
            .init(title: LocalizedText(bg: "Сума, ", en: "Amount, ").text(in: language) + Money.symbol(for: procedure.currency), alignment: .right, wraps: false),
        ]
        if let conversion { columns.append(.init(title: LocalizedText(bg: "Сума, ", en: "Amount, ").text(in: language) + Money.symbol(for: conversion.code), alignment: .right, wraps: false)) }
        columns.append(.init(title: LocalizedText(bg: "Статус", en: "Status").text(in: language), wraps: false))
        let table = TextTable(columns: columns, rows: group.rows.map { row in
            var cells = [String(row.rank), row.proposal, proposals[row.proposal]?.applicant.name ?? "", money(row.amount)]
            if let conversion { cells.append(money(conversion.convert(row.amount))) }
            return cells + [row.status.label.text(in: language)]
        })
        lines += table.lines(width: width).filter { !$0.isEmpty }
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
        return main + LocalizedText(bg: " (\(money(summed)) \(symbol) като сбор на преизчислените суми; \(money(converted)) \(symbol) при преизчисляване на сбора)", en: " (\(money(summed)) \(symbol) as the sum of the converted amounts; \(money(converted)) \(symbol) converting the sum)").text(in: language)
    }

    func budgetLine(_ group: Ranking.Group) -> String {
        guard let budget = group.budget else {
            return LocalizedText(bg: "Без бюджетно ограничение; одобрени: \(allocatedText(group))", en: "No budget limit; approved: \(allocatedText(group))").text(in: language)
        }
        var text = LocalizedText(bg: "Бюджет: \(both(budget))", en: "Budget: \(both(budget))").text(in: language)
        if group.transferredIn != .zero {
            text += LocalizedText(bg: " + прехвърлени \(both(group.transferredIn))", en: " + transferred \(both(group.transferredIn))").text(in: language)
        }
        text += LocalizedText(bg: "; одобрени: \(allocatedText(group)); остатък: \(both(group.remaining ?? .zero))", en: "; approved: \(allocatedText(group)); remaining: \(both(group.remaining ?? .zero))").text(in: language)
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
        case .admittedList: LocalizedText(bg: "Предложения извън списъка на допуснатите", en: "Proposals not in the list of admitted").text(in: language)
        case .directProvision: LocalizedText(bg: "Неодобрени предложения", en: "Proposals not approved").text(in: language)
        case .funding: LocalizedText(bg: "Некласирани предложения", en: "Proposals not ranked").text(in: language)
        }
        var lines: [String] = [heading]
        let table = TextTable(columns: [
            .init(title: LocalizedText(bg: "Номер", en: "Number").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Пр.", en: "Pr.").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Кандидат", en: "Applicant").text(in: language)),
            .init(title: LocalizedText(bg: "Статус", en: "Status").text(in: language)),
            .init(title: LocalizedText(bg: "Основание", en: "Reasons").text(in: language)),
        ], rows: ranking.unranked.map { item in
            [item.proposal, procedure.displayedPriority(item.priority), proposals[item.proposal]?.applicant.name ?? "", item.status.label.text(in: language),
             reasonText(item)]
        })
        lines += table.lines(width: width).filter { !$0.isEmpty }
        return lines
    }

    func reasonText(_ item: Ranking.Unranked) -> String {
        item.reasons.map { reason in
            switch reason {
            case "floor": LocalizedText(bg: "под минимума от \(points(procedure.quality?.floor)) т.", en: "below the floor of \(points(procedure.quality?.floor))").text(in: language)
            case "spread": LocalizedText(bg: "разлика в оценките над допустимата", en: "scores differ by more than allowed").text(in: language)
            case "passFail": LocalizedText(bg: "оценителите не са единни за минимума", en: "evaluators disagree on the floor").text(in: language)
            case "adminDisagreement": LocalizedText(bg: "административните листове се разминават", en: "the admin sheets disagree").text(in: language)
            case "tooFewEvaluators": LocalizedText(bg: "недостигат оценители (отвод или анулиран лист)", en: "too few evaluators (recusal or cancelled sheet)").text(in: language)
            case "admin": LocalizedText(bg: "административна проверка", en: "administrative check").text(in: language)
            case "quality": LocalizedText(bg: "оценка на качеството", en: "quality assessment").text(in: language)
            case "decision": LocalizedText(bg: "решение на председателя", en: "decision of the chair").text(in: language)
            case "late": LocalizedText(bg: "подадено след крайния срок; чака решение за допускане", en: "registered after the deadline; needs an admission decision").text(in: language)
            case "aboveMaximum": LocalizedText(bg: "сумата надвишава максимума за проект; чака корекция на бюджета или решение за недопускане", en: "the amount exceeds the maximum per project; needs a budget correction or a decision not to admit").text(in: language)
            case "populationMissing": LocalizedText(bg: "липсва населението на населеното място; чака решение", en: "the settlement's population is missing; needs a decision").text(in: language)
            case "populationBelowMinimum": LocalizedText(bg: "населено място с население под минимума за процедурата", en: "a settlement below the procedure's minimum population").text(in: language)
            case "aboveBandMaximum": LocalizedText(bg: "сумата надвишава максимума за населението на населеното място; чака корекция на бюджета", en: "the amount exceeds the cap for the settlement's population; needs a budget correction").text(in: language)
            case "onePerApplicant": LocalizedText(bg: "кандидатът вече има одобрено предложение", en: "the applicant already has an approved proposal").text(in: language)
            case "earlierOfApplicant": LocalizedText(bg: "чака по-ранно предложение на същия кандидат", en: "waits for an earlier proposal of the same applicant").text(in: language)
            case "onePerNetworkArea": LocalizedText(bg: "мрежата вече има одобрено предложение в същата област (NUTS 3)", en: "the network already has an approved proposal in the same NUTS 3 area").text(in: language)
            case "earlierInNetworkArea": LocalizedText(bg: "чака по-ранно предложение от същата мрежа и област (по реда на подаване)", en: "waits for an earlier proposal of the same network and area (in the order of submission)").text(in: language)
            case "belowMinimum": LocalizedText(bg: "сумата е под минимума за проект; чака решение за недопускане", en: "the amount is below the minimum per project; needs a decision not to admit").text(in: language)
            default: LocalizedText(bg: "критерий \(reason)", en: "criterion \(reason)").text(in: language)
            }
        }.joined(separator: "; ")
    }
}
