import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace
import WorkspaceFixtures

/// `ocenka demo [DIR] [--summary]`: makes the demonstration workspace of procedure 33.24-2025 in DIR
/// (or reuses the workspace already there, unchanged) and shows where it stands.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Създава демонстрационно работно пространство по процедура 33.24-2025 и показва състоянието му. / Creates a demo workspace of procedure 33.24-2025 and shows where it stands.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Папката на демонстрацията: нова, празна или вече създадено работно пространство (по подразбиране ./ocenka-demo). / The demo's folder: new, empty, or a workspace made before (default ./ocenka-demo).")
    var folder = "ocenka-demo"

    /// Without it, and in a terminal, the demo opens in the interface as `DemoWorkspace.firstEvaluatorID`;
    /// otherwise (no terminal, or this flag) the summary is printed.
    @Flag(help: "Само обобщение, без интерфейса. / The summary only, without the interface.")
    var summary = false

    func run() throws {
        let language = global.language
        let root = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
        let made = try prepare(root, language: language)
        if !summary && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            do {
                try InterfaceRunner.run(root: root, evaluator: DemoWorkspace.firstEvaluatorID, language: language,
                                        clock: .fromEnvironment())
            } catch ExitCodeError.failure {
                throw ExitCode.failure
            }
            return
        }
        let snapshot = try Run.workspace(language) { () throws(WorkspaceError) in try WorkspaceLoader.load(root).get() }
        Console.out(report(DemoWorkspace.Summary(snapshot), made: made, language: language))
    }

    /// Makes the demo in `root` unless a workspace is there already; whether it was made now.
    private func prepare(_ root: URL, language: Language) throws -> Bool {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: WorkspaceLayout(root: root).workspaceFile.path) { return false }
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: root.path, isDirectory: &isFolder) {
            let contents = isFolder.boolValue ? (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? ["?"] : ["?"]
            guard contents.isEmpty else {
                throw CLIError(LocalizedText(
                    bg: "\(root.path): \(isFolder.boolValue ? "папката не е празна и не е работно пространство на ocenka (няма workspace.json)" : "това е файл, а не папка"); демонстрацията се създава в нова или празна папка, напр. ocenka demo ocenka-demo-2",
                    en: "\(root.path): \(isFolder.boolValue ? "the folder is not empty and is not an ocenka workspace (no workspace.json)" : "this is a file, not a folder"); the demo is made in a new or empty folder, e.g. ocenka demo ocenka-demo-2"),
                    in: language)
            }
        }
        let procedure: ProcedureFile
        switch DemoWorkspace.referenceProcedure() {
        case .success(let loaded):
            procedure = loaded
        case .failure(let error):
            throw CLIError(error, in: language)
        }
        _ = try Run.workspace(language) { () throws(WorkspaceError) in try DemoWorkspace.create(at: root, procedure: procedure) }
        return true
    }

    // MARK: The summary

    private func report(_ summary: DemoWorkspace.Summary, made: Bool, language: Language) -> String {
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
