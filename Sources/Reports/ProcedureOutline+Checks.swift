import EvaluationCore

extension ProcedureOutline {
    /// The procedure's `registerChecks`: what the register's columns are checked for (findings).
    func registerChecksSection() -> [String] {
        guard !procedure.registerChecks.isEmpty else { return [] }
        let bg = language == .bulgarian
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
        let title = LocalizedText(bg: "ПРОВЕРКИ ПО РЕГИСТЪРА (КОНСТАТАЦИИ ЗА ОЦЕНИТЕЛИТЕ)", en: "CHECKS ON THE REGISTER (FINDINGS FOR THE EVALUATORS)").text(in: language)
        var lines = ["", title, String(repeating: "─", count: min(width, DisplayWidth.of(title)))]
        for check in procedure.registerChecks {
            let text: String
            switch check {
            case .applicantTypes(let list, _):
                text = LocalizedText(bg: "Допустими кандидати (колона applicantType): ", en: "Eligible applicants (column applicantType): ").text(in: language) + types(list)
            case .partnerTypes(let list, _):
                text = LocalizedText(bg: "Допустими партньори (вид в колона partners): ", en: "Eligible partners (type in column partners): ").text(in: language) + types(list)
            case .durationMonths(let minimum, let maximum, _):
                text = LocalizedText(bg: "Продължителност от \(minimum) до \(maximum) месеца (колона durationMonths)",
                         en: "A duration of \(minimum) to \(maximum) months (column durationMonths)").text(in: language)
            case .budgetLineShare(let line, let percent, _):
                text = LocalizedText(bg: "Бюджетен ред „\(line)“ до \(percent.localizedNumber) % от стойността на проекта (колона budgetLines)",
                         en: "Budget line \"\(line)\" at most \(percent.canonicalText) % of the project's value (column budgetLines)").text(in: language)
            case .budgetLineCap(let line, let maximum, _):
                text = LocalizedText(bg: "Бюджетен ред „\(line)“ до \(amount(maximum)) (колона budgetLines)",
                         en: "Budget line \"\(line)\" at most \(amount(maximum)) (column budgetLines)").text(in: language)
            }
            lines += TextLayout.hanging(text + (check.source.map { " [\($0)]" } ?? ""), first: "  • ", rest: "    ", width: width)
        }
        lines += TextLayout.hanging(LocalizedText(bg: "Дейностите (колона activities) се сверяват с допустимите и задължителните дейности на приоритета.",
                                      en: "The activities (column activities) are compared with the priority's eligible and mandatory ones.").text(in: language),
                                    first: "  • ", rest: "    ", width: width)
        return lines
    }
}
