import ArgumentParser
import Foundation
import Workspace
import WorkspaceFixtures

/// `ocenka-bench generate --proposals N --evaluators M --seed S DIR`: a realistic workspace of
/// procedure 33.24-2025, the same bytes for the same seed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Генерира работно пространство: предложения, оценители, листове, дневници. / Generates a workspace: proposals, evaluators, sheets, logs.")

    @Option(help: "Брой предложения. / The number of proposals.")
    var proposals: Int = 200

    @Option(help: "Брой оценители (поне 2). / The number of evaluators (at least 2).")
    var evaluators: Int = 3

    @Option(help: "Семето: едно и също семе дава едни и същи файлове. / The seed: one seed gives the same files.")
    var seed: UInt64 = 42

    @Option(help: "Дължина на обосновките в знаци: число или интервал, напр. 400 или 300-2000. / The justifications' length in characters: a number or a range, e.g. 400 or 300-2000.")
    var justifications = JustificationLengths(WorkspaceGenerator.realisticJustifications)

    @Argument(help: "Папката на работното пространство (нова или празна). / The workspace folder (new or empty).")
    var directory: String

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let started = ContinuousClock.now
        let summary = try BenchWorkspaces.generate(at: root, proposals: proposals, evaluators: evaluators, seed: seed,
                                                     justifications: justifications.range)
        let seconds = Stopwatch.milliseconds(ContinuousClock.now - started) / 1_000
        print("\(root.path): \(summary.proposals) proposals, \(summary.evaluators) evaluators, \(summary.sheets) sheets, "
              + "\(summary.decisions) decisions, \(summary.logEntries) log entries (\(String(format: "%.1f", seconds)) s)")
    }
}
