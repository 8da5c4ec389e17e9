import EvaluationCore

/// The criteria tree of a procedure as text: priorities and budgets, the administrative checklist,
/// every quality criterion with its levels and points, the rules, reconciliation and ranking, and the
/// notes — for `ocenka procedure show`, wrapped by display width to the given number of columns.
public struct ProcedureOutline {
    public let procedure: Procedure
    public let width: Int
    public let language: Language

    public init(procedure: Procedure, width: Int = 80, language: Language = .bulgarian) {
        self.procedure = procedure
        self.width = max(40, width)
        self.language = language
    }

    private func money(_ amount: Money) -> String {
        var text = amount.formatted(currency: procedure.currency)
        if let secondary = procedure.secondaryCurrency {
            text += " (" + secondary.convert(amount).formatted(currency: secondary.code) + ")"
        }
        return text
    }

    private func points(_ value: Points) -> String {
        language == .bulgarian ? value.canonicalText.replacingDecimalPoint() + " т." : value.canonicalText + " pts"
    }

    public func render() -> String {
        var lines: [String] = []
        lines += TextLayout.wrap(procedure.title, width: width)
        lines += TextLayout.wrap(procedure.authority, width: width)
        lines.append("")
        lines += field(LocalizedText(bg: "Идентификатор", en: "Id").text(in: language), procedure.id)
        if let source = procedure.source { lines += field(LocalizedText(bg: "Източник", en: "Source").text(in: language), source) }
        if let deadline = procedure.submissionDeadline {
            lines += field(LocalizedText(bg: "Краен срок за подаване", en: "Submission deadline").text(in: language), deadline.bulgarianText)
        }
        var currency = procedure.currency
        if let secondary = procedure.secondaryCurrency {
            currency += " (1 \(secondary.code) = \(language == .bulgarian ? secondary.rate.localizedNumber : secondary.rate.canonicalText) \(procedure.currency))"
        }
        lines += field(LocalizedText(bg: "Валута", en: "Currency").text(in: language), currency)
        lines += field(LocalizedText(bg: "Вид", en: "Kind").text(in: language), procedure.isPassFail
            ? (procedure.directProvision
                ? LocalizedText(bg: "директно предоставяне (без точки и класиране); одобрява се всяко предложение, което отговаря на всички критерии", en: "direct provision (no points, no ranking); every proposal that meets all the criteria is approved").text(in: language)
                : LocalizedText(bg: "допустимост (без точки и класиране); завършва със списъка на допуснатите предложения", en: "pass/fail (no points, no ranking); ends in the list of admitted proposals").text(in: language))
            : LocalizedText(bg: "с оценка на качеството и класиране", en: "scored and ranked").text(in: language))
        lines += prioritiesSection()
        lines += adminSection()
        lines += registerRulesSection()
        lines += registerChecksSection()
        lines += qualitySection()
        lines += reconciliationSection()
        lines += rankingSection()
        if !procedure.notes.isEmpty {
            lines += heading(LocalizedText(bg: "БЕЛЕЖКИ И РЕШЕНИЯ ПО ПРОЦЕДУРАТА", en: "NOTES AND DECISIONS").text(in: language))
            for note in procedure.notes {
                lines += TextLayout.hanging(note, first: "  • ", rest: "    ", width: width)
            }
        }
        return lines.map { $0.trailingSpacesRemoved() }.joined(separator: "\n") + "\n"
    }

    private func heading(_ title: String) -> [String] {
        ["", title, String(repeating: "─", count: min(width, DisplayWidth.of(title)))]
    }

    private func field(_ label: String, _ value: String) -> [String] {
        TextLayout.hanging(value, first: label + ": ", rest: String(repeating: " ", count: 2), width: width)
    }

    private func prioritiesSection() -> [String] {
        guard procedure.hasExplicitPriorities else { return [] }
        var lines = heading(procedure.priorityTerm.plural.text(in: language))
        for priority in procedure.priorities {
            lines += TextLayout.hanging(priority.title, first: "  \(procedure.priorityTerm.noun.text(in: language)) \(priority.id). ", rest: "    ", width: width)
            var facts: [String] = []
            if let budget = priority.budget { facts.append(LocalizedText(bg: "бюджет ", en: "budget ").text(in: language) + money(budget)) }
            if let max = priority.maxPerProject { facts.append(LocalizedText(bg: "максимум на проект ", en: "maximum per project ").text(in: language) + money(max)) }
            if let min = priority.minPerProject { facts.append(LocalizedText(bg: "минимум на проект ", en: "minimum per project ").text(in: language) + money(min)) }
            for fact in facts { lines += TextLayout.hanging(fact, first: "    – ", rest: "      ", width: width) }
            if !priority.activities.isEmpty {
                lines += TextLayout.hanging(priority.activities.joined(separator: ", "),
                                            first: "    – " + LocalizedText(bg: "допустими дейности: ", en: "eligible activities: ").text(in: language), rest: "      ", width: width)
            }
            if !priority.mandatoryActivities.isEmpty {
                lines += TextLayout.hanging(priority.mandatoryActivities.joined(separator: ", "),
                                            first: "    – " + LocalizedText(bg: "задължителни: ", en: "mandatory: ").text(in: language), rest: "      ", width: width)
            }
            if let minimum = priority.minimumActivities {
                lines += TextLayout.hanging(LocalizedText(bg: "поне \(minimum) от допустимите дейности", en: "at least \(minimum) of the eligible activities").text(in: language),
                                            first: "    – ", rest: "      ", width: width)
            }
        }
        if let total = procedure.totalBudget, procedure.priorities.count > 1 {
            lines += TextLayout.hanging(money(total), first: "  " + (procedure.priorityTerm == .component
                                            ? LocalizedText(bg: "Общ бюджет на компонентите: ", en: "Total of the components' budgets: ").text(in: language)
                                            : LocalizedText(bg: "Общ бюджет на приоритетите: ", en: "Total of the priorities' budgets: ").text(in: language)),
                                        rest: "    ", width: width)
        }
        return lines
    }

    /// The checks on the register's columns, when the procedure declares any.
    private func registerRulesSection() -> [String] {
        guard !procedure.registerRules.isEmpty else { return [] }
        var lines = heading(LocalizedText(bg: "ПРАВИЛА ПО РЕГИСТЪРА", en: "RULES ON THE REGISTER").text(in: language))
        for rule in procedure.registerRules {
            let text: String
            let citation: String?
            switch rule {
            case .populationBands(let minimum, let bands, let source):
                let list = bands.map { band in
                    let range = band.upTo.map { "\(Self.grouped(band.from))–\(Self.grouped($0))" }
                        ?? LocalizedText(bg: "над \(Self.grouped(band.from - 1))", en: "over \(Self.grouped(band.from - 1))").text(in: language)
                    let stations = band.workstations.map { LocalizedText(bg: ", \($0) работни станции", en: ", \($0) workstations").text(in: language) } ?? ""
                    return LocalizedText(bg: "\(range) жители\(stations): до \(money(band.maxPerProject))", en: "\(range) inhabitants\(stations): up to \(money(band.maxPerProject))").text(in: language)
                }
                text = LocalizedText(bg: "Таван по населението на населеното място (колона settlementPopulation); под \(minimum) жители не е допустимо: ", en: "A cap by the settlement's population (column settlementPopulation); below \(minimum) inhabitants not eligible: ").text(in: language)
                    + list.joined(separator: "; ")
                citation = source
            case .onePerApplicant(let source):
                text = LocalizedText(bg: "Най-много едно одобрено предложение на кандидат (по ЕИК), извън мрежите.", en: "At most one approved proposal per applicant (by EIK), outside the networks.").text(in: language)
                citation = source
            case .onePerNetworkArea(let source):
                text = LocalizedText(bg: "Най-много едно одобрено предложение на мрежа (колона network) в област NUTS 3 (колона nuts3), по реда на подаване.", en: "At most one approved proposal per network (column network) in a NUTS 3 area (column nuts3), in the order of submission.").text(in: language)
                citation = source
            }
            // No line breaks inside a number or before "лв.": the glue is a no-break space, written back as a space.
            let characters = Array(text + (citation.map { " [\($0)]" } ?? ""))
            let glued = String(characters.indices.map { index -> Character in
                guard characters[index] == " ", index > 0, index + 1 < characters.count, characters[index - 1].isNumber else { return characters[index] }
                return characters[index + 1].isNumber || characters[index + 1] == "л" ? "\u{00A0}" : " "
            })
            lines += TextLayout.hanging(glued, first: "  • ", rest: "    ", width: width).map { String($0.map { $0 == "\u{00A0}" ? " " : $0 }) }
        }
        return lines
    }

    /// "40 000": a whole number with its thousands apart, as the guidelines write populations.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(" ") }
            text.append(digit)
        }
        return text
    }

    private func adminSection() -> [String] {
        let admin = procedure.admin
        var lines = heading(LocalizedText(bg: "АДМИНИСТРАТИВНО СЪОТВЕТСТВИЕ (ДА / НЕ / Н/П)", en: "ADMINISTRATIVE COMPLIANCE (YES / NO / N/A)").text(in: language))
        let kind = admin.remedyDayKind == .calendar ? LocalizedText(bg: "календарни", en: "calendar").text(in: language) : LocalizedText(bg: "работни", en: "working").text(in: language)
        var remedy = LocalizedText(bg: "Срок за отстраняване на нередовности: \(admin.remedyDays) \(kind) дни от получаване на известието", en: "Remedy deadline: \(admin.remedyDays) \(kind) days from receipt of the notice").text(in: language)
        if admin.remedyDayKind == .calendar && admin.remedyRollsToWorkingDay {
            remedy += LocalizedText(bg: "; срок, изтичащ в неработен ден, изтича в първия следващ работен ден", en: "; a deadline ending on a non-working day ends on the next working day").text(in: language)
        }
        lines += TextLayout.hanging(remedy, first: "  ", rest: "  ", width: width)
        lines.append("  " + LocalizedText(bg: "Оценители на предложение: ", en: "Evaluators per proposal: ").text(in: language) + "\(admin.evaluatorsPerProposal)")
        if let period = admin.evaluationPeriod {
            let months = period.months == 1 ? LocalizedText(bg: "един месец", en: "one month").text(in: language) : LocalizedText(bg: "\(period.months) месеца", en: "\(period.months) months").text(in: language)
            let paused = period.pausedWhileRemedied ? LocalizedText(bg: "; спира да тече, докато трае отстраняването", en: "; stopped while a remedy runs").text(in: language) : ""
            lines += TextLayout.hanging(LocalizedText(bg: "Срок за оценка: ", en: "Period for the assessment: ").text(in: language) + months + LocalizedText(bg: " от подаването", en: " from submission").text(in: language) + paused
                                        + (period.source.map { " [\($0)]" } ?? ""), first: "  ", rest: "  ", width: width)
        }
        let total = admin.criteria.count
        let rejecting = admin.criteria.filter { $0.onNo == .reject }.count
        let noted = admin.criteria.filter { $0.onNo == .note }.count
        let counts = LocalizedText(bg: "Критерии: \(total), от тях \(rejecting) водят до отхвърляне при НЕ", en: "Criteria: \(total), of which \(rejecting) reject on NO").text(in: language)
            + (noted == 0 ? "" : LocalizedText(bg: ", а при \(noted) НЕ само се отбелязва", en: ", and on \(noted) a NO is only noted").text(in: language))
        lines += TextLayout.hanging(counts, first: "  ", rest: "  ", width: width)
        for group in admin.groups {
            lines.append("")
            lines += TextLayout.hanging(group.title, first: "  \(group.id). ", rest: "     ", width: width)
            for criterion in group.criteria {
                var tags: [String] = switch criterion.onNo {
                case .reject: [LocalizedText(bg: "НЕ ⇒ отхвърляне", en: "NO ⇒ rejected").text(in: language)]
                case .remedy: [LocalizedText(bg: "НЕ ⇒ срок за отстраняване", en: "NO ⇒ may be remedied").text(in: language)]
                case .note: [LocalizedText(bg: "НЕ ⇒ отбелязва се, без отхвърляне", en: "NO ⇒ noted, not rejected").text(in: language)]
                }
                if criterion.allowsNA { tags.append(LocalizedText(bg: "допуска Н/П", en: "N/A allowed").text(in: language)) }
                let text = criterion.text + " [" + tags.joined(separator: "; ") + "]"
                lines += TextLayout.hanging(text, first: "    \(criterion.id) ", rest: "      ", width: width)
            }
        }
        return lines
    }

    private func qualitySection() -> [String] {
        guard let quality = procedure.quality else { return [] }
        var lines = heading(LocalizedText(bg: "ОЦЕНКА НА КАЧЕСТВОТО", en: "QUALITY ASSESSMENT").text(in: language))
        lines.append("  " + LocalizedText(bg: "Максимум: ", en: "Maximum: ").text(in: language) + points(quality.maxPoints) + LocalizedText(bg: "; минимум за финансиране: ", en: "; floor for funding: ").text(in: language)
                     + (language == .bulgarian ? quality.floor.formatted(in: .bulgarian) : quality.floor.formatted(in: .english)))
        lines.append("  " + LocalizedText(bg: "Критерии: ", en: "Criteria: ").text(in: language) + "\(quality.criteria.count)" + LocalizedText(bg: " в \(quality.groups.count) групи", en: " in \(quality.groups.count) groups").text(in: language))
        let pointsColumn = 8
        for group in quality.groups {
            lines.append("")
            let groupTitle = TextLayout.hanging(group.title, first: "  \(group.id). ", rest: "     ", width: width - pointsColumn)
            guard !group.toBeEntered else {
                lines += groupTitle
                lines += TextLayout.hanging(LocalizedText(bg: "критериите предстои да бъдат въведени (ocenka procedure import ТАБЛИЦА.csv --base \(procedure.id))",
                                                            en: "the criteria are still to be entered (ocenka procedure import TABLE.csv --base \(procedure.id))").text(in: language),
                                            first: "     ", rest: "     ", width: width)
                continue
            }
            lines += rightAligned(groupTitle, points(group.maxPoints), column: pointsColumn)
            for criterion in group.criteria {
                let question = TextLayout.hanging(criterion.question, first: "    \(criterion.id) ", rest: "         ", width: width - pointsColumn)
                lines += rightAligned(question, points(criterion.maxPoints), column: pointsColumn)
                for level in criterion.levels {
                    let label = TextLayout.padLeft(points(level.points), to: 6)
                    lines += TextLayout.hanging(level.text, first: "         \(label)  ", rest: "                 ", width: width)
                }
            }
        }
        if !quality.rules.isEmpty {
            lines.append("")
            lines.append("  " + LocalizedText(bg: "Правила:", en: "Rules:").text(in: language))
            for rule in quality.rules {
                switch rule {
                case .zeroTotalIfCriterionZero(let criterion, let source):
                    var text = LocalizedText(bg: "0 т. по критерий \(criterion) ⇒ 0 т. за целия проект", en: "0 points on criterion \(criterion) ⇒ 0 points for the whole proposal").text(in: language)
                    if let source { text += " (\(source))" }
                    lines += TextLayout.hanging(text, first: "    • ", rest: "      ", width: width)
                }
            }
        }
        return lines
    }

    /// Puts `value` at the right edge of the first line of `block`.
    private func rightAligned(_ block: [String], _ value: String, column: Int) -> [String] {
        guard let first = block.first else { return [] }
        let firstLine = TextLayout.padRight(first, to: width - column) + TextLayout.padLeft(value, to: column)
        return [firstLine] + block.dropFirst()
    }

    private func reconciliationSection() -> [String] {
        guard let policy = procedure.reconciliation, let quality = procedure.quality else { return [] }
        var lines = heading(LocalizedText(bg: "СЪГЛАСУВАНЕ НА ОЦЕНКИТЕ", en: "RECONCILIATION").text(in: language))
        let spread = policy.allowedSpread(maxPoints: quality.maxPoints)
        let percent = language == .bulgarian ? policy.maxSpreadPercentOfMax.localizedNumber : policy.maxSpreadPercentOfMax.canonicalText
        let text = LocalizedText(bg: "Оценители на предложение: \(policy.evaluatorsPerProposal). Крайната оценка е средноаритметичната, закръглена до стотни, когато всички листове са подадени, оценителите са единни дали предложението достига минимума и разликата между най-високата и най-ниската оценка е до \(percent) % от максимума (\(points(spread))). Иначе решава председателят: допълнителен оценител или консенсусна оценка с мотиви.", en: "Evaluators per proposal: \(policy.evaluatorsPerProposal). The final score is the mean, rounded to hundredths, when every sheet is submitted, the evaluators agree on whether the floor is reached and the highest and lowest totals differ by at most \(percent)% of the maximum (\(points(spread))). Otherwise the chair decides: one more evaluator, or a consensus score with its reasons.").text(in: language)
        lines += TextLayout.hanging(text, first: "  ", rest: "  ", width: width)
        return lines
    }

    private func rankingSection() -> [String] {
        guard let ranking = procedure.ranking else { return [] }
        var lines = heading(LocalizedText(bg: "КЛАСИРАНЕ", en: "RANKING").text(in: language))
        let scope = ranking.scope == .priority
            ? LocalizedText(bg: "Отделно класиране по всеки приоритет, в низходящ ред на крайната оценка.", en: "A ranked list per priority, by final score, descending.").text(in: language)
            : LocalizedText(bg: "Едно класиране за цялата процедура, в низходящ ред на крайната оценка.", en: "One ranked list for the whole procedure, by final score, descending.").text(in: language)
        lines += TextLayout.hanging(scope, first: "  ", rest: "  ", width: width)
        let ties = ranking.tieBreak.filter { $0 != .total }.map(tieBreakText) + [LocalizedText(bg: "номер на предложението", en: "proposal number").text(in: language)]
        lines += TextLayout.hanging(ties.joined(separator: ", "),
                                    first: "  " + LocalizedText(bg: "При равни точки: ", en: "Ties: ").text(in: language), rest: "    ", width: width)
        let budget = ranking.budgetPolicy == .stopAtFirstThatDoesNotFit
            ? LocalizedText(bg: "финансират се поред до първото предложение, което не се побира в остатъка; то и следващите са резерви", en: "funded in order up to the first proposal that does not fit what is left; it and all after it are in reserve").text(in: language)
            : LocalizedText(bg: "финансират се поред; предложение, което не се побира, се прескача и следващите, които се побират, се финансират", en: "funded in order; a proposal that does not fit is skipped and later ones that fit are funded").text(in: language)
        lines += TextLayout.hanging(budget, first: "  " + LocalizedText(bg: "Бюджет: ", en: "Budget: ").text(in: language), rest: "    ", width: width)
        lines += TextLayout.hanging(ranking.reallocateUnused
            ? LocalizedText(bg: "остатъкът от приоритет се прехвърля към следващите приоритети по реда им в процедурата", en: "what is left of a priority moves to the next priorities in the order listed").text(in: language)
            : LocalizedText(bg: "остатъкът от приоритет не се прехвърля", en: "what is left of a priority is not moved").text(in: language),
            first: "  " + LocalizedText(bg: "Остатък: ", en: "Unused: ").text(in: language), rest: "    ", width: width)
        return lines
    }

    private func tieBreakText(_ tieBreak: RankingPolicy.TieBreak) -> String {
        switch tieBreak {
        case .total: LocalizedText(bg: "по-висока крайна оценка", en: "higher final score").text(in: language)
        case .registeredAt: LocalizedText(bg: "по-ранна регистрация", en: "earlier registration").text(in: language)
        case .group(let id): LocalizedText(bg: "повече точки в група \(id)", en: "more points in group \(id)").text(in: language)
        case .criterion(let id): LocalizedText(bg: "повече точки по критерий \(id)", en: "more points on criterion \(id)").text(in: language)
        }
    }
}

extension String {
    func replacingDecimalPoint() -> String {
        String(map { $0 == "." ? "," : $0 })
    }

    func trailingSpacesRemoved() -> String {
        // Most lines end in no space: one byte tells (a last byte other than 0x20 is no last " ").
        guard utf8.last == 0x20 else { return self }
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
