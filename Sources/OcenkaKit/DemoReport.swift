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
        lines.append((bg ? "Демонстрационно работно пространство: " : "Demo workspace: ") + summary.root.path)
        lines.append(made
            ? (bg ? "Създадено е сега." : "Made just now.")
            : (bg ? "Вече съществува и се използва както е, без промени." : "It exists already and is used as it is, unchanged."))
        lines.append((bg ? "Процедура: " : "Procedure: ") + "\(summary.procedureTitle) (\(summary.procedureID))")

        lines.append("")
        lines.append(bg ? "Комисия" : "Committee")
        lines.append(TextTable(columns: [
            .init(title: bg ? "Член" : "Member"),
            .init(title: bg ? "Роля" : "Role"),
            .init(title: "--as", wraps: false),
        ], rows: summary.committee.map { [$0.name, $0.role.label.text(in: language), $0.id] }).render(width: 100))

        lines.append(bg ? "Предложения по приоритети" : "Proposals per priority")
        var rows = summary.priorities.map { line in
            [line.id, String(line.proposals), money(line.requested), line.budget.map(money) ?? "—",
             line.budget.map { money($0 - line.requested) } ?? "—"]
        }
        let requested = summary.priorities.reduce(Money.zero) { $0 + $1.requested }
        let budgets = summary.priorities.compactMap(\.budget)
        let budget = budgets.count == summary.priorities.count ? budgets.reduce(Money.zero, +) : nil
        rows.append([bg ? "Общо" : "Total", String(summary.priorities.reduce(0) { $0 + $1.proposals }), money(requested),
                     budget.map(money) ?? "—", budget.map { money($0 - requested) } ?? "—"])
        lines.append(TextTable(columns: [
            .init(title: bg ? "Приоритет" : "Priority", wraps: false),
            .init(title: bg ? "Предложения" : "Proposals", alignment: .right, wraps: false),
            .init(title: bg ? "Искано" : "Requested", alignment: .right, wraps: false),
            .init(title: bg ? "Бюджет" : "Budget", alignment: .right, wraps: false),
            .init(title: bg ? "Бюджет − искано" : "Budget − requested", alignment: .right, wraps: false),
        ], rows: rows).render(width: 100))

        lines.append(bg
            ? "Административно съответствие: допуснати \(summary.admitted.count), недопуснати \(summary.notAdmitted.count), в процес на проверка \(summary.adminPending.count)"
            : "Administrative compliance: \(summary.admitted.count) admitted, \(summary.notAdmitted.count) not admitted, \(summary.adminPending.count) being checked")
        if !summary.notAdmitted.isEmpty {
            lines.append((bg ? "  недопуснати: " : "  not admitted: ") + flagged(summary.notAdmitted))
        }
        if !summary.adminPending.isEmpty {
            lines.append((bg ? "  в процес на проверка: " : "  being checked: ") + summary.adminPending.joined(separator: ", "))
        }
        if !summary.remedyRequested.isEmpty {
            lines.append((bg ? "  поискано отстраняване на нередовности: " : "  remedy requested: ") + flagged(summary.remedyRequested))
        }
        lines.append(bg
            ? "Оценка на качеството: подадени листове \(summary.qualitySubmitted), чернови \(summary.qualityDrafts), незапочнати \(summary.qualityNotStarted)"
            : "Quality assessment: \(summary.qualitySubmitted) sheets submitted, \(summary.qualityDrafts) drafts, \(summary.qualityNotStarted) not started")
        if !summary.spreadAboveLimit.isEmpty {
            let limit = summary.allowedSpread.map(points) ?? "—"
            lines.append((bg ? "  разлика между оценителите над допустимите \(limit) (решение на председателя): "
                             : "  evaluators further apart than the allowed \(limit) (the chair decides): ")
                + summary.spreadAboveLimit.joined(separator: ", "))
        }
        if !summary.zeroed.isEmpty {
            lines.append((bg ? "  0 т. за целия проект по правилото за критерий: " : "  0 points for the whole project by the rule on criterion: ")
                + flagged(summary.zeroed))
        }
        if !summary.belowFloor.isEmpty {
            let floor = summary.floor.map(points) ?? "—"
            lines.append((bg ? "  под минимума от \(floor): " : "  below the floor of \(floor): ") + summary.belowFloor.joined(separator: ", "))
        }

        let workspace = Self.shellQuoted(folder)
        lines.append("")
        lines.append(bg ? "Опитайте:" : "Try:")
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
