import EvaluationCore
import Foundation
import Reports
import WorkspaceFixtures

/// What `ocenka demo` prints: where the demo workspace stands (`DemoWorkspace.Summary`) and the
/// commands to try on it.
public struct DemoReport {
    public let summary: DemoWorkspace.Summary
    /// Whether the workspace was made by this run (else it was there and is used unchanged).
    public let made: Bool
    /// The folder as the user gave it, for the commands to try.
    public let folder: String
    public let language: Language

    public init(summary: DemoWorkspace.Summary, made: Bool, folder: String, language: Language) {
        self.summary = summary
        self.made = made
        self.folder = folder
        self.language = language
    }

    /// The summary, the committee, the proposals per priority, where the sheets stand, and what to try next.
    public func render() -> String {
        let bg = language == .bulgarian
        func money(_ amount: Money) -> String {
            bg ? amount.formatted(currency: summary.currency) : "\(amount.canonicalText) \(summary.currency)"
        }
        func points(_ value: Points) -> String {
            value.formatted(in: language)
        }
        func flagged(_ items: [DemoWorkspace.Summary.Flagged]) -> String {
            items.map { "\($0.proposal) (\($0.criteria.joined(separator: ", ")))" }.joined(separator: ", ")
        }
        var lines: [String] = []
        lines.append((LocalizedText(bg: "Демонстрационно работно пространство: ", en: "Demo workspace: ").text(in: language)) + summary.root.path)
        lines.append(made
            ? (LocalizedText(bg: "Създадено е сега.", en: "Made just now.").text(in: language))
            : (LocalizedText(bg: "Вече съществува и се използва както е, без промени.", en: "It exists already and is used as it is, unchanged.").text(in: language)))
        lines.append((LocalizedText(bg: "Процедура: ", en: "Procedure: ").text(in: language)) + "\(summary.procedureTitle) (\(summary.procedureID))")

        lines.append("")
        lines.append(LocalizedText(bg: "Комисия", en: "Committee").text(in: language))
        lines.append(TextTable(columns: [
            .init(title: LocalizedText(bg: "Член", en: "Member").text(in: language)),
            .init(title: LocalizedText(bg: "Роля", en: "Role").text(in: language)),
            .init(title: "--as", wraps: false),
        ], rows: summary.committee.map { [$0.name, $0.role.label.text(in: language), $0.id] }).render(width: 100))

        lines.append(LocalizedText(bg: "Предложения по приоритети", en: "Proposals per priority").text(in: language))
        var rows = summary.priorities.map { line in
            [line.id, String(line.proposals), money(line.requested), line.budget.map(money) ?? "—",
             line.budget.map { money($0 - line.requested) } ?? "—"]
        }
        let requested = summary.priorities.reduce(Money.zero) { $0 + $1.requested }
        let budgets = summary.priorities.compactMap(\.budget)
        let budget = budgets.count == summary.priorities.count ? budgets.reduce(Money.zero, +) : nil
        rows.append([LocalizedText(bg: "Общо", en: "Total").text(in: language), String(summary.priorities.reduce(0) { $0 + $1.proposals }), money(requested),
                     budget.map(money) ?? "—", budget.map { money($0 - requested) } ?? "—"])
        lines.append(TextTable(columns: [
            .init(title: LocalizedText(bg: "Приоритет", en: "Priority").text(in: language), wraps: false),
            .init(title: LocalizedText(bg: "Предложения", en: "Proposals").text(in: language), alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Искано", en: "Requested").text(in: language), alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Бюджет", en: "Budget").text(in: language), alignment: .right, wraps: false),
            .init(title: LocalizedText(bg: "Бюджет − искано", en: "Budget − requested").text(in: language), alignment: .right, wraps: false),
        ], rows: rows).render(width: 100))

        lines.append(LocalizedText(bg: "Административно съответствие: допуснати \(summary.admitted.count), недопуснати \(summary.notAdmitted.count), в процес на проверка \(summary.adminPending.count)", en: "Administrative compliance: \(summary.admitted.count) admitted, \(summary.notAdmitted.count) not admitted, \(summary.adminPending.count) being checked").text(in: language))
        if !summary.notAdmitted.isEmpty {
            lines.append((LocalizedText(bg: "  недопуснати: ", en: "  not admitted: ").text(in: language)) + flagged(summary.notAdmitted))
        }
        if !summary.adminPending.isEmpty {
            lines.append((LocalizedText(bg: "  в процес на проверка: ", en: "  being checked: ").text(in: language)) + summary.adminPending.joined(separator: ", "))
        }
        if !summary.remedyRequested.isEmpty {
            lines.append((LocalizedText(bg: "  поискано отстраняване на нередовности: ", en: "  remedy requested: ").text(in: language)) + flagged(summary.remedyRequested))
        }
        lines.append(LocalizedText(bg: "Оценка на качеството: подадени листове \(summary.qualitySubmitted), чернови \(summary.qualityDrafts), незапочнати \(summary.qualityNotStarted)", en: "Quality assessment: \(summary.qualitySubmitted) sheets submitted, \(summary.qualityDrafts) drafts, \(summary.qualityNotStarted) not started").text(in: language))
        if !summary.spreadAboveLimit.isEmpty {
            let limit = summary.allowedSpread.map(points) ?? "—"
            lines.append((LocalizedText(bg: "  разлика между оценителите над допустимите \(limit) (решение на председателя): ", en: "  evaluators further apart than the allowed \(limit) (the chair decides): ").text(in: language))
                + summary.spreadAboveLimit.joined(separator: ", "))
        }
        if !summary.zeroed.isEmpty {
            lines.append((LocalizedText(bg: "  0 т. за целия проект по правилото за критерий: ", en: "  0 points for the whole project by the rule on criterion: ").text(in: language))
                + flagged(summary.zeroed))
        }
        if !summary.belowFloor.isEmpty {
            let floor = summary.floor.map(points) ?? "—"
            lines.append((LocalizedText(bg: "  под минимума от \(floor): ", en: "  below the floor of \(floor): ").text(in: language)) + summary.belowFloor.joined(separator: ", "))
        }

        let workspace = Self.shellQuoted(folder)
        lines.append("")
        lines.append(LocalizedText(bg: "Опитайте:", en: "Try:").text(in: language))
        lines.append("  ocenka check --workspace \(workspace)")
        lines.append("  ocenka proposals list --workspace \(workspace)")
        lines.append("  ocenka procedure show \(summary.procedureID)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a shell word: as it is when it is safe, else in single quotes.
    private static func shellQuoted(_ text: String) -> String {
        let safe = text.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
