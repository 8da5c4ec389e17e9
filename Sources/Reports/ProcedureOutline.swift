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

    private func t(_ bg: String, _ en: String) -> String {
        language == .bulgarian ? bg : en
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
        lines += field(t("Идентификатор", "Id"), procedure.id)
        if let source = procedure.source { lines += field(t("Източник", "Source"), source) }
        if let deadline = procedure.submissionDeadline {
            lines += field(t("Краен срок за подаване", "Submission deadline"), deadline.bulgarianText)
        }
        var currency = procedure.currency
        if let secondary = procedure.secondaryCurrency {
            currency += " (1 \(secondary.code) = \(language == .bulgarian ? secondary.rate.localizedNumber : secondary.rate.canonicalText) \(procedure.currency))"
        }
        lines += field(t("Валута", "Currency"), currency)
        lines += field(t("Вид", "Kind"), procedure.isPassFail
            ? (procedure.directProvision
                ? t("директно предоставяне (без точки и класиране); одобрява се всяко предложение, което отговаря на всички критерии",
                    "direct provision (no points, no ranking); every proposal that meets all the criteria is approved")
                : t("допустимост (без точки и класиране); завършва със списъка на допуснатите предложения",
                    "pass/fail (no points, no ranking); ends in the list of admitted proposals"))
            : t("с оценка на качеството и класиране", "scored and ranked"))
        lines += prioritiesSection()
        lines += adminSection()
        lines += registerRulesSection()
        lines += registerChecksSection()
        lines += qualitySection()
        lines += reconciliationSection()
        lines += rankingSection()
        if !procedure.notes.isEmpty {
            lines += heading(t("БЕЛЕЖКИ И РЕШЕНИЯ ПО ПРОЦЕДУРАТА", "NOTES AND DECISIONS"))
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
            if let budget = priority.budget { facts.append(t("бюджет ", "budget ") + money(budget)) }
            if let max = priority.maxPerProject { facts.append(t("максимум на проект ", "maximum per project ") + money(max)) }
            if let min = priority.minPerProject { facts.append(t("минимум на проект ", "minimum per project ") + money(min)) }
            for fact in facts { lines += TextLayout.hanging(fact, first: "    – ", rest: "      ", width: width) }
            if !priority.activities.isEmpty {
                lines += TextLayout.hanging(priority.activities.joined(separator: ", "),
                                            first: "    – " + t("допустими дейности: ", "eligible activities: "), rest: "      ", width: width)
            }
            if !priority.mandatoryActivities.isEmpty {
                lines += TextLayout.hanging(priority.mandatoryActivities.joined(separator: ", "),
                                            first: "    – " + t("задължителни: ", "mandatory: "), rest: "      ", width: width)
            }
            if let minimum = priority.minimumActivities {
                lines += TextLayout.hanging(t("поне \(minimum) от допустимите дейности", "at least \(minimum) of the eligible activities"),
                                            first: "    – ", rest: "      ", width: width)
            }
        }
        if let total = procedure.totalBudget, procedure.priorities.count > 1 {
            lines += TextLayout.hanging(money(total), first: "  " + (procedure.priorityTerm == .component
                                            ? t("Общ бюджет на компонентите: ", "Total of the components' budgets: ")
                                            : t("Общ бюджет на приоритетите: ", "Total of the priorities' budgets: ")),
                                        rest: "    ", width: width)
        }
        return lines
    }

    /// The checks on the register's columns, when the procedure declares any.
    private func registerRulesSection() -> [String] {
        guard !procedure.registerRules.isEmpty else { return [] }
        var lines = heading(t("ПРАВИЛА ПО РЕГИСТЪРА", "RULES ON THE REGISTER"))
        for rule in procedure.registerRules {
            let text: String
            let citation: String?
            switch rule {
            case .populationBands(let minimum, let bands, let source):
                let list = bands.map { band in
                    let range = band.upTo.map { "\(Self.grouped(band.from))–\(Self.grouped($0))" }
                        ?? t("над \(Self.grouped(band.from - 1))", "over \(Self.grouped(band.from - 1))")
                    let stations = band.workstations.map { t(", \($0) работни станции", ", \($0) workstations") } ?? ""
                    return t("\(range) жители\(stations): до \(money(band.maxPerProject))", "\(range) inhabitants\(stations): up to \(money(band.maxPerProject))")
                }
                text = t("Таван по населението на населеното място (колона settlementPopulation); под \(minimum) жители не е допустимо: ",
                         "A cap by the settlement's population (column settlementPopulation); below \(minimum) inhabitants not eligible: ")
                    + list.joined(separator: "; ")
                citation = source
            case .onePerApplicant(let source):
                text = t("Най-много едно одобрено предложение на кандидат (по ЕИК), извън мрежите.",
                         "At most one approved proposal per applicant (by EIK), outside the networks.")
                citation = source
            case .onePerNetworkArea(let source):
                text = t("Най-много едно одобрено предложение на мрежа (колона network) в област NUTS 3 (колона nuts3), по реда на подаване.",
                         "At most one approved proposal per network (column network) in a NUTS 3 area (column nuts3), in the order of submission.")
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
        var lines = heading(t("АДМИНИСТРАТИВНО СЪОТВЕТСТВИЕ (ДА / НЕ / Н/П)", "ADMINISTRATIVE COMPLIANCE (YES / NO / N/A)"))
        let kind = admin.remedyDayKind == .calendar ? t("календарни", "calendar") : t("работни", "working")
        var remedy = t("Срок за отстраняване на нередовности: \(admin.remedyDays) \(kind) дни от получаване на известието",
                       "Remedy deadline: \(admin.remedyDays) \(kind) days from receipt of the notice")
        if admin.remedyDayKind == .calendar && admin.remedyRollsToWorkingDay {
            remedy += t("; срок, изтичащ в неработен ден, изтича в първия следващ работен ден",
                        "; a deadline ending on a non-working day ends on the next working day")
        }
        lines += TextLayout.hanging(remedy, first: "  ", rest: "  ", width: width)
        lines.append("  " + t("Оценители на предложение: ", "Evaluators per proposal: ") + "\(admin.evaluatorsPerProposal)")
        if let period = admin.evaluationPeriod {
            let months = period.months == 1 ? t("един месец", "one month") : t("\(period.months) месеца", "\(period.months) months")
            let paused = period.pausedWhileRemedied ? t("; спира да тече, докато трае отстраняването", "; stopped while a remedy runs") : ""
            lines += TextLayout.hanging(t("Срок за оценка: ", "Period for the assessment: ") + months + t(" от подаването", " from submission") + paused
                                        + (period.source.map { " [\($0)]" } ?? ""), first: "  ", rest: "  ", width: width)
        }
        let total = admin.criteria.count
        let rejecting = admin.criteria.filter { $0.onNo == .reject }.count
        let noted = admin.criteria.filter { $0.onNo == .note }.count
        let counts = t("Критерии: \(total), от тях \(rejecting) водят до отхвърляне при НЕ", "Criteria: \(total), of which \(rejecting) reject on NO")
            + (noted == 0 ? "" : t(", а при \(noted) НЕ само се отбелязва", ", and on \(noted) a NO is only noted"))
        lines += TextLayout.hanging(counts, first: "  ", rest: "  ", width: width)
        for group in admin.groups {
            lines.append("")
            lines += TextLayout.hanging(group.title, first: "  \(group.id). ", rest: "     ", width: width)
            for criterion in group.criteria {
                var tags: [String] = switch criterion.onNo {
                case .reject: [t("НЕ ⇒ отхвърляне", "NO ⇒ rejected")]
                case .remedy: [t("НЕ ⇒ срок за отстраняване", "NO ⇒ may be remedied")]
                case .note: [t("НЕ ⇒ отбелязва се, без отхвърляне", "NO ⇒ noted, not rejected")]
                }
                if criterion.allowsNA { tags.append(t("допуска Н/П", "N/A allowed")) }
                let text = criterion.text + " [" + tags.joined(separator: "; ") + "]"
                lines += TextLayout.hanging(text, first: "    \(criterion.id) ", rest: "      ", width: width)
            }
        }
        return lines
    }

    private func qualitySection() -> [String] {
        guard let quality = procedure.quality else { return [] }
        var lines = heading(t("ОЦЕНКА НА КАЧЕСТВОТО", "QUALITY ASSESSMENT"))
        lines.append("  " + t("Максимум: ", "Maximum: ") + points(quality.maxPoints) + t("; минимум за финансиране: ", "; floor for funding: ")
                     + (language == .bulgarian ? quality.floor.formatted(in: .bulgarian) : quality.floor.formatted(in: .english)))
        lines.append("  " + t("Критерии: ", "Criteria: ") + "\(quality.criteria.count)" + t(" в \(quality.groups.count) групи", " in \(quality.groups.count) groups"))
        let pointsColumn = 8
        for group in quality.groups {
            lines.append("")
            let groupTitle = TextLayout.hanging(group.title, first: "  \(group.id). ", rest: "     ", width: width - pointsColumn)
            guard !group.toBeEntered else {
                lines += groupTitle
                lines += TextLayout.hanging(t("критериите предстои да бъдат въведени (ocenka procedure import ТАБЛИЦА.csv --base \(procedure.id))",
                                              "the criteria are still to be entered (ocenka procedure import TABLE.csv --base \(procedure.id))"),
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
            lines.append("  " + t("Правила:", "Rules:"))
            for rule in quality.rules {
                switch rule {
                case .zeroTotalIfCriterionZero(let criterion, let source):
                    var text = t("0 т. по критерий \(criterion) ⇒ 0 т. за целия проект",
                                 "0 points on criterion \(criterion) ⇒ 0 points for the whole proposal")
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
        var lines = heading(t("СЪГЛАСУВАНЕ НА ОЦЕНКИТЕ", "RECONCILIATION"))
        let spread = policy.allowedSpread(maxPoints: quality.maxPoints)
        let percent = language == .bulgarian ? policy.maxSpreadPercentOfMax.localizedNumber : policy.maxSpreadPercentOfMax.canonicalText
        let text = t(
            "Оценители на предложение: \(policy.evaluatorsPerProposal). Крайната оценка е средноаритметичната, закръглена до стотни, когато всички листове са подадени, оценителите са единни дали предложението достига минимума и разликата между най-високата и най-ниската оценка е до \(percent) % от максимума (\(points(spread))). Иначе решава председателят: допълнителен оценител или консенсусна оценка с мотиви.",
            "Evaluators per proposal: \(policy.evaluatorsPerProposal). The final score is the mean, rounded to hundredths, when every sheet is submitted, the evaluators agree on whether the floor is reached and the highest and lowest totals differ by at most \(percent)% of the maximum (\(points(spread))). Otherwise the chair decides: one more evaluator, or a consensus score with its reasons.")
        lines += TextLayout.hanging(text, first: "  ", rest: "  ", width: width)
        return lines
    }

    private func rankingSection() -> [String] {
        guard let ranking = procedure.ranking else { return [] }
        var lines = heading(t("КЛАСИРАНЕ", "RANKING"))
        let scope = ranking.scope == .priority
            ? t("Отделно класиране по всеки приоритет, в низходящ ред на крайната оценка.",
                "A ranked list per priority, by final score, descending.")
            : t("Едно класиране за цялата процедура, в низходящ ред на крайната оценка.",
                "One ranked list for the whole procedure, by final score, descending.")
        lines += TextLayout.hanging(scope, first: "  ", rest: "  ", width: width)
        let ties = ranking.tieBreak.filter { $0 != .total }.map(tieBreakText) + [t("номер на предложението", "proposal number")]
        lines += TextLayout.hanging(ties.joined(separator: ", "),
                                    first: "  " + t("При равни точки: ", "Ties: "), rest: "    ", width: width)
        let budget = ranking.budgetPolicy == .stopAtFirstThatDoesNotFit
            ? t("финансират се поред до първото предложение, което не се побира в остатъка; то и следващите са резерви",
                "funded in order up to the first proposal that does not fit what is left; it and all after it are in reserve")
            : t("финансират се поред; предложение, което не се побира, се прескача и следващите, които се побират, се финансират",
                "funded in order; a proposal that does not fit is skipped and later ones that fit are funded")
        lines += TextLayout.hanging(budget, first: "  " + t("Бюджет: ", "Budget: "), rest: "    ", width: width)
        lines += TextLayout.hanging(ranking.reallocateUnused
            ? t("остатъкът от приоритет се прехвърля към следващите приоритети по реда им в процедурата",
                "what is left of a priority moves to the next priorities in the order listed")
            : t("остатъкът от приоритет не се прехвърля", "what is left of a priority is not moved"),
            first: "  " + t("Остатък: ", "Unused: "), rest: "    ", width: width)
        return lines
    }

    private func tieBreakText(_ tieBreak: RankingPolicy.TieBreak) -> String {
        switch tieBreak {
        case .total: t("по-висока крайна оценка", "higher final score")
        case .registeredAt: t("по-ранна регистрация", "earlier registration")
        case .group(let id): t("повече точки в група \(id)", "more points in group \(id)")
        case .criterion(let id): t("повече точки по критерий \(id)", "more points on criterion \(id)")
        }
    }
}

extension String {
    func replacingDecimalPoint() -> String {
        String(map { $0 == "." ? "," : $0 })
    }

    func trailingSpacesRemoved() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
