import ArgumentParser
import Foundation
import Workspace
import WorkspaceFixtures

/// `ocenka-bench run`: generates (once) a workspace per size, measures each in a process of its own
/// (`run-one`) and prints the table: the median of every step, its ratio to reading the same bytes,
/// and its growth from one size to the next.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Измерва всяка стъпка при всеки размер и отпечатва таблицата. / Measures every step at every size and prints the table.")

    @Option(help: "Брой предложения, със запетаи, напр. 200,2000,20000. / Proposal counts, comma-separated, e.g. 200,2000,20000.")
    var sizes = "200,2000"

    @Option(help: "Брой оценители. / The number of evaluators.")
    var evaluators = 3

    @Option(name: .customLong("repeat"), help: "Колко пъти се повтаря всяка стъпка (медиана). / How many times each step runs (the median is kept).")
    var runs = 5

    @Option(help: "Семето на генератора. / The generator's seed.")
    var seed: UInt64 = 42

    @Option(help: "Дължина на обосновките в знаци: число или интервал, напр. 400 или 300-2000. / The justifications' length in characters: a number or a range, e.g. 400 or 300-2000.")
    var justifications = JustificationLengths(WorkspaceGenerator.realisticJustifications)

    @Option(help: "Папка за генерираните работни пространства (по подразбиране <tmp>/ocenka-bench). / Folder of the generated workspaces (default <tmp>/ocenka-bench).")
    var work: String?

    @Option(help: "Скриптът на Python за сравнение. / The Python reference script.")
    var reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/reference_rank.py").path

    @Option(help: "Програмата ocenka, която се измерва (по подразбиране до ocenka-bench). / The ocenka binary timed (default: beside ocenka-bench).")
    var ocenka: String?

    func validate() throws {
        guard parsedSizes != nil else { throw ValidationError("--sizes: positive numbers separated by commas, e.g. 200,2000,20000") }
        guard runs >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    private var parsedSizes: [Int]? {
        let values = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.compactMap { $0 }
    }

    func run() throws {
        let folder = work.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-bench", isDirectory: true)
        var results: [SizeResult] = []
        for size in parsedSizes ?? [] {
            let root = try BenchWorkspaces.prepared(in: folder.standardizedFileURL, proposals: size, evaluators: evaluators, seed: seed,
                                                    justifications: justifications.range)
            FileHandle.standardError.write(Data("measuring \(size) × \(evaluators) (\(runs) runs) …\n".utf8))
            var result = try measure(root)
            try ProcessTimings(ocenka: ocenkaBinary, reference: reference, root: root, runs: runs).measure(into: &result)
            results.append(result)
        }
        print(ResultTable(results: results).render(), terminator: "")
    }

    private var ocenkaBinary: String {
        ocenka ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ocenka").path
    }

    /// Runs `run-one` on `root` in a child process and reads what it measured.
    private func measure(_ root: URL) throws -> SizeResult {
        // The cache folder the processes of `ProcessTimings` use too.
        var environment = ProcessInfo.processInfo.environment
        environment["OCENKA_CACHE"] = ProcessTimings.cache(for: root).path
        let data = try RunOneCommand.inChild(["--workspace", root.path, "--repeat", String(runs)], environment: environment)
        do {
            return try JSONDecoder().decode(SizeResult.self, from: data)
        } catch {
            throw BenchFailure("run-one printed no result for \(root.path): \(error)")
        }
    }
}
