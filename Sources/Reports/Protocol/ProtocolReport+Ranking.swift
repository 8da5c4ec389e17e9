import EvaluationCore

extension ProtocolReport {
    /// Section VI: the ranked lists per priority, the totals, the unranked proposals and the policies used.
    func rankingLines() -> [String] {
        let ranking = input.ranking
        let text = rankingText
        var lines = paragraph(sentence(t("Класиране: ", "Ranking: ") + finality))
        for group in ranking.groups {
            lines.append("")
            lines += text.groupLines(group)
        }
        lines += subheading(t("Обобщение по приоритети (суми в \(currencySymbol))", "Totals per priority (amounts in \(currencySymbol))"))
        lines += table(totalsTable(ranking))
        if let conversion {
            let symbol = Money.symbol(for: conversion.code)
            lines += subheading(t("Обобщение по приоритети (суми в \(symbol), преизчислени поотделно и сумирани)",
                                  "Totals per priority (amounts in \(symbol), converted one by one and summed)"))
            lines += table(convertedTotalsTable(ranking, conversion: conversion))
        }
        if !ranking.unranked.isEmpty {
            lines.append("")
            lines += text.unrankedLines()
        }
        lines += subheading(t("Приложени правила за класиране", "Ranking rules applied"))
        for rule in policyTexts(ranking.policy) {
            lines += bullet(sentence(rule))
        }
        return lines
    }

    private func totalsTable(_ ranking: Ranking) -> TextTable {
        let transfers = ranking.policy.reallocateUnused
        var columns: [TextTable.Column] = [
            .init(title: input.procedure.priorityTerm.noun.text(in: language), wraps: false),
            .init(title: t("Бюджет", "Budget"), alignment: .right, wraps: false),
        ]
        if transfers { columns.append(.init(title: t("Прехвърлено", "Carried in"), alignment: .right, wraps: false)) }
        columns += [
            .init(title: t("Одобрени", "Approved"), alignment: .right, wraps: false),
            .init(title: t("Одобрена сума", "Approved sum"), alignment: .right, wraps: false),
            .init(title: t("Остатък", "Remaining"), alignment: .right, wraps: false),
            .init(title: t("Резерви", "Reserve"), alignment: .right, wraps: false),
        ]
        func row(_ label: String, budget: Money?, carried: Money?, approved: Int, allocated: Money, remaining: Money?, reserve: Int) -> [String] {
            var cells = [label, budget.map(amount) ?? "—"]
            if transfers { cells.append(carried.map(amount) ?? "") }
            return cells + [String(approved), amount(allocated), remaining.map(amount) ?? "—", String(reserve)]
        }
        var rows = ranking.groups.map { group in
            row(group.id == "procedure" ? t("процедура", "procedure") : group.id, budget: group.budget, carried: group.transferredIn,
                approved: group.rows.filter { $0.status == .approved }.count, allocated: group.allocated, remaining: group.remaining,
                reserve: group.rows.filter { $0.status == .reserve }.count)
        }
        if ranking.groups.count > 1 {
            let budgets = ranking.groups.map(\.budget)
            let budget: Money? = budgets.contains(nil) ? nil : budgets.reduce(Money.zero) { $0 + ($1 ?? .zero) }
            let allocated = ranking.groups.reduce(Money.zero) { $0 + $1.allocated }
            let listed = ranking.groups.flatMap(\.rows)
            rows.append(row(t("Общо", "Total"), budget: budget, carried: nil, approved: listed.filter { $0.status == .approved }.count,
                            allocated: allocated, remaining: budget.map { $0 - allocated },
                            reserve: listed.filter { $0.status == .reserve }.count))
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// The totals in the second currency: the budget converted; the approved sum and the remainder as
    /// sums of converted amounts; where the converted total differs, it is shown beside them.
    private func convertedTotalsTable(_ ranking: Ranking, conversion: SecondaryCurrency) -> TextTable {
        func approvedSum(_ group: Ranking.Group) -> Money {
            group.rows.filter { $0.status == .approved }.reduce(Money.zero) { $0 + conversion.convert($1.amount) }
        }
        var rows = ranking.groups.map { group -> [String] in
            let budget = group.budget.map { conversion.convert($0) }
            let approved = approvedSum(group)
            let converted = conversion.convert(group.allocated)
            let remaining = budget.map { $0 + conversion.convert(group.transferredIn) - approved }
            return [group.id == "procedure" ? t("процедура", "procedure") : group.id, budget.map(amount) ?? "—", amount(approved),
                    remaining.map(amount) ?? "—", converted == approved ? "" : amount(converted)]
        }
        if ranking.groups.count > 1 {
            let budgets = ranking.groups.map { $0.budget.map { conversion.convert($0) } }
            let budget: Money? = budgets.contains(nil) ? nil : budgets.reduce(Money.zero) { $0 + ($1 ?? .zero) }
            let approved = ranking.groups.reduce(Money.zero) { $0 + approvedSum($1) }
            let converted = conversion.convert(ranking.groups.reduce(Money.zero) { $0 + $1.allocated })
            rows.append([t("Общо", "Total"), budget.map(amount) ?? "—", amount(approved), budget.map { amount($0 - approved) } ?? "—",
                         converted == approved ? "" : amount(converted)])
        }
        return TextTable(columns: [
            .init(title: input.procedure.priorityTerm.noun.text(in: language), wraps: false),
            .init(title: t("Бюджет", "Budget"), alignment: .right, wraps: false),
            .init(title: t("Одобрена сума", "Approved sum"), alignment: .right, wraps: false),
            .init(title: t("Остатък", "Remaining"), alignment: .right, wraps: false),
            .init(title: t("Преизчислен сбор, ако се различава", "Converted sum, where it differs"), alignment: .right),
        ], rows: rows)
    }

    /// The ranking policy in words: the order, the tie-breaks, the budget rule and the unused money.
    private func policyTexts(_ policy: RankingPolicy) -> [String] {
        var texts: [String] = []
        let floor = input.procedure.quality.map { pointsPhrase($0.floor) }
        switch (policy.scope, floor) {
        case (.priority, let floor?):
            texts.append(t("Класирането е отделно за всеки приоритет, в низходящ ред на крайната оценка; класират се само допуснатите предложения с крайна оценка не по-ниска от \(floor)",
                           "A ranked list per priority, by final score, descending; only admitted proposals with a final score of at least \(floor) are ranked."))
        case (.procedure, let floor?):
            texts.append(t("Класирането е едно за цялата процедура, в низходящ ред на крайната оценка; класират се само допуснатите предложения с крайна оценка не по-ниска от \(floor)",
                           "One ranked list for the whole procedure, by final score, descending; only admitted proposals with a final score of at least \(floor) are ranked."))
        case (.priority, nil):
            texts.append(t("Класирането е отделно за всеки приоритет; класират се всички допуснати предложения.",
                           "A ranked list per priority; every admitted proposal is ranked."))
        case (.procedure, nil):
            texts.append(t("Класирането е едно за цялата процедура; класират се всички допуснати предложения.",
                           "One ranked list for the whole procedure; every admitted proposal is ranked."))
        }
        let ties = policy.tieBreak.compactMap(tieBreakText)
        texts.append(ties.isEmpty
            ? t("При равна крайна оценка решава номерът на предложението (по-малкият е пръв).",
                "At equal final scores the proposal number decides (the lower first).")
            : t("При равна крайна оценка предимство има предложението с ", "At equal final scores the proposal with ")
                + ties.joined(separator: t(", след това с ", ", then with "))
                + t("; при пълно равенство решава номерът на предложението (по-малкият е пръв).",
                    " comes first; at a complete tie the proposal number decides (the lower first)."))
        let reorders = input.decisions.reorders.map { "№ \($0.number)" }
        texts.append(t("Председателят може да размени местата само на предложения с равна крайна оценка, с мотивирано решение",
                       "The chair may swap only proposals with equal final scores, by a decision with reasons")
                     + (reorders.isEmpty ? t("; такива решения не са вземани.", "; none was made.")
                                         : t(" (решения ", " (decisions ") + reorders.joined(separator: ", ") + ")."))
        texts.append(t("Сумата за финансиране е исканата сума, намалена с корекциите на бюджета по решения на председателя.",
                       "The amount funded is the amount requested less the chair's budget corrections."))
        texts.append(policy.budgetPolicy == .stopAtFirstThatDoesNotFit
            ? t("Бюджетът се разпределя поред до първото предложение, което не се побира в остатъка; то и всички след него са резерви.",
                "The budget is shared out in order up to the first proposal that does not fit what is left; it and every one after it are in reserve.")
            : t("Бюджетът се разпределя поред; предложение, което не се побира в остатъка, е резерва, а следващите, които се побират, се одобряват.",
                "The budget is shared out in order; a proposal that does not fit what is left is in reserve, and later ones that fit are approved."))
        texts.append(unusedMoneyText(policy))
        return texts
    }

    private func unusedMoneyText(_ policy: RankingPolicy) -> String {
        let total = input.procedure.totalBudget.map(money)
        if policy.scope == .procedure {
            return total.map { t("Общият бюджет на процедурата е \($0)", "The total budget of the procedure is \($0)") }
                ?? t("Процедурата няма общ бюджет: одобряват се всички класирани предложения.",
                     "The procedure has no total budget: every ranked proposal is approved.")
        }
        let sum = total.map { t(" Общият бюджет на процедурата, \($0), е сборът от бюджетите на приоритетите.",
                                " The total budget of the procedure, \($0), is the sum of the priorities' budgets.") } ?? ""
        return (policy.reallocateUnused
            ? t("Неизползваният остатък от бюджета на приоритет се прехвърля към следващите приоритети в реда, в който процедурата ги изброява.",
                "What is left of a priority's budget moves to the next priorities in the order the procedure lists them.")
            : t("Неизползваният остатък от бюджета на приоритет не се прехвърля към други приоритети.",
                "What is left of a priority's budget does not move to other priorities.")) + sum
    }

    private func tieBreakText(_ tieBreak: RankingPolicy.TieBreak) -> String? {
        switch tieBreak {
        case .total: nil
        case .registeredAt: t("по-ранна регистрация", "the earlier registration")
        case .group(let id): t("повече точки в група \(id)", "more points in group \(id)")
        case .criterion(let id): t("повече точки по критерий \(id)", "more points on criterion \(id)")
        }
    }
}

extension ProtocolReport {
    /// The last section of a procedure with no quality part: the admitted proposals, the ones outside
    /// the list, and what the list is (no points, no funding decision).
    func admittedListLines() -> [String] {
        let ranking = input.ranking
        let text = rankingText
        let direct = ranking.outcome == .directProvision
        var lines = paragraph(sentence((direct ? t("Предложения, одобрени за директно предоставяне: ", "Proposals approved for direct provision: ")
                                               : t("Списък на допуснатите предложения: ", "List of admitted proposals: ")) + finality))
        for group in ranking.groups {
            lines.append("")
            lines += text.groupLines(group)
        }
        if !ranking.unranked.isEmpty {
            lines.append("")
            lines += text.unrankedLines()
        }
        lines += subheading(t("Приложени правила", "Rules applied"))
        if direct {
            lines += bullet(t("Процедурата е за директно предоставяне, без точки и класиране: одобрява се всяко предложение, което отговаря на всички критерии и на правилата на процедурата, по реда на регистрацията, докато бюджетът стига.",
                              "The procedure is one of direct provision, with no points and no ranking: every proposal that meets all the criteria and the procedure's rules is approved, in the order of registration, while the budget lasts."))
            lines += bullet(t("Сумата е исканата сума, намалена с корекциите на бюджета по решения на председателя.",
                              "The amount is the amount requested less the chair's budget corrections."))
            return lines
        }
        lines += bullet(t("Процедурата няма оценка на качеството: в списъка са всички предложения, допуснати след проверката за административно съответствие и допустимост, по реда на регистрацията им; точки не се присъждат.",
                          "The procedure has no quality assessment: the list holds every proposal admitted after the administrative compliance and eligibility check, in the order of registration; no points are given."))
        lines += bullet(t("Сумата е исканата сума, намалена с корекциите на бюджета по решения на председателя. Протоколът не разпределя бюджет и не съдържа решение за предоставяне на финансиране.",
                          "The amount is the amount requested less the chair's budget corrections. The protocol shares out no budget and holds no decision to grant funding."))
        return lines
    }
}
