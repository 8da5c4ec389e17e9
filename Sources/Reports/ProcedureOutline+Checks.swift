import EvaluationCore

extension ProcedureOutline {
    /// The procedure's `registerChecks`: what the register's columns are checked for (findings).
    func registerChecksSection() -> [String] {
        guard !procedure.registerChecks.isEmpty else { return [] }
        let bg = language == .bulgarian
        func t(_ bulgarian: String, _ english: String) -> String { bg ? bulgarian : english }
        func types(_ list: [String]) -> String {
            list.map { OrganisationKind(rawValue: $0).map { bg ? $0.label.bulgarian : $0.rawValue } ?? $0 }.joined(separator: ", ")
        }
        func amount(_ value: Money) -> String {
            var text = value.formatted(currency: procedure.currency)
            if let secondary = procedure.secondaryCurrency {
                text += " (" + secondary.convert(value).formatted(currency: secondary.code) + ")"
            }
            return text
        }
        let title = t("ПРОВЕРКИ ПО РЕГИСТЪРА (КОНСТАТАЦИИ ЗА ОЦЕНИТЕЛИТЕ)", "CHECKS ON THE REGISTER (FINDINGS FOR THE EVALUATORS)")
        var lines = ["", title, String(repeating: "─", count: min(width, DisplayWidth.of(title)))]
        for check in procedure.registerChecks {
            let text: String
            switch check {
            case .applicantTypes(let list, _):
                text = t("Допустими кандидати (колона applicantType): ", "Eligible applicants (column applicantType): ") + types(list)
            case .partnerTypes(let list, _):
                text = t("Допустими партньори (вид в колона partners): ", "Eligible partners (type in column partners): ") + types(list)
            case .durationMonths(let minimum, let maximum, _):
                text = t("Продължителност от \(minimum) до \(maximum) месеца (колона durationMonths)",
                         "A duration of \(minimum) to \(maximum) months (column durationMonths)")
            case .budgetLineShare(let line, let percent, _):
                text = t("Бюджетен ред „\(line)“ до \(percent.localizedNumber) % от стойността на проекта (колона budgetLines)",
                         "Budget line \"\(line)\" at most \(percent.canonicalText) % of the project's value (column budgetLines)")
            case .budgetLineCap(let line, let maximum, _):
                text = t("Бюджетен ред „\(line)“ до \(amount(maximum)) (колона budgetLines)",
                         "Budget line \"\(line)\" at most \(amount(maximum)) (column budgetLines)")
            }
            lines += TextLayout.hanging(text + (check.source.map { " [\($0)]" } ?? ""), first: "  • ", rest: "    ", width: width)
        }
        lines += TextLayout.hanging(t("Дейностите (колона activities) се сверяват с допустимите и задължителните дейности на приоритета.",
                                      "The activities (column activities) are compared with the priority's eligible and mandatory ones."),
                                    first: "  • ", rest: "    ", width: width)
        return lines
    }
}
