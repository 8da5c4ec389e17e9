import ArgumentParser
import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Reports
import Terminal
import Workspace

/// `ocenka-bench run-one --workspace DIR`: times every step on one workspace, `--repeat` times, and
/// prints the samples as JSON. `run` starts it once per size, so that each size's peak memory is its own.
struct RunOneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-one", abstract: "Measures one workspace (used by run).", shouldDisplay: false)

    @Option(help: "The workspace.")
    var workspace: String

    @Option(name: .customLong("repeat"), help: "How many times each step runs.")
    var runs: Int = 5

    @Option(help: "The evaluator whose screens are drawn.")
    var evaluator = "e1"

    @Option(help: "Only this step, --repeat times in a row (for a profiler); the steps it needs run once.")
    var only: BenchStep?

    @Flag(help: "Only check the workspace, timing nothing (what run-one does first, in a child process).")
    var checkOnly = false

    /// The terminal the frames are drawn for.
    static let screen = ScreenSize(rows: 30, columns: 100)
    /// A fixed moment, so that every run draws and writes the same.
    static let moment = Timestamp(secondsSinceEpoch: 1_767_261_600, offsetMinutes: 120)

    func run() throws {
        let root = URL(fileURLWithPath: workspace).standardizedFileURL
        if checkOnly {
            let report = WorkspaceCheck.run(root, language: .english)
            guard report.isClean else { throw BenchFailure("ocenka check: " + report.problems.prefix(5).joined(separator: "\n")) }
            return
        }
        try Self.checkInChild(root)
        let measured = WorkspaceBytes.read(root, logs: false)
        let withLogs = WorkspaceBytes.read(root, logs: true)
        var samples: [BenchStep: [Double]] = [:]
        var size = (proposals: 0, evaluators: 0)
        var openBytes = 0
        /// Times `body` as `step`: once a run, or `--repeat` times when it is the only step.
        func record<T>(_ step: BenchStep, _ body: () throws -> T) rethrows -> T {
            var value: T?
            for _ in 0..<(only == step ? max(1, runs) : 1) {
                let timed = try Stopwatch.time(body)
                samples[step, default: []].append(timed.milliseconds)
                value = timed.value
            }
            guard let value else { preconditionFailure("a step ran no time") }
            return value
        }
        /// Times a step whose result nothing else needs; skipped when another step is the only one.
        func measure(_ step: BenchStep, _ body: () throws -> Void) rethrows {
            guard only == nil || only == step else { return }
            try record(step, body)
        }
        for _ in 0..<(only == nil ? max(1, runs) : 1) {
            measure(.readBytes) { _ = WorkspaceBytes.read(root, logs: false) }
            measure(.readBytesWithLogs) { _ = WorkspaceBytes.read(root, logs: true) }
            let snapshot = try record(.open) { try Self.load(root) }
            size = (snapshot.proposals.count, snapshot.info.evaluators.count)
            if openBytes == 0 { openBytes = ProcessMemory.resident }
            let ranking = record(.rank) { snapshot.ranking() }
            measure(.protocolText) { _ = ProtocolReport(ProtocolInput(snapshot, generatedAt: Self.moment)).renderParts() }
            try measure(.protocolCSV) {
                let input = ProtocolInput(snapshot, generatedAt: Self.moment)
                _ = try RankingCSV.renderBytes(input.ranking, proposals: input.proposals)
                _ = try ScoresCSV.renderParts(input)
            }
            measure(.rankingScreen) {
                _ = RankingText(ranking: ranking, procedure: snapshot.procedure, proposals: snapshot.proposals).render()
            }
            let desk = try Self.desk(root, evaluator: evaluator)
            let model = try record(.model) { try Self.model(desk) }
            desk.close()
            let list = AppState(model: model, language: .bulgarian, size: Self.screen, today: Self.moment.localDate)
            measure(.firstFrame) { _ = AppView.render(list) }
            var quality = try Self.qualityTab(list)
            measure(.qualityFrame) { _ = AppView.render(quality) }
            if let view = quality.openProposal { quality.model.qualitySheets[view.proposal]?.status = .draft }
            measure(.keyPress) {
                _ = AppUpdate.handle(.character("2"), in: &quality, now: Self.moment)
                _ = AppView.render(quality)
            }
            var moved = list
            measure(.listKey) {
                _ = AppUpdate.handle(.character("j"), in: &moved, now: Self.moment)
                _ = AppView.render(moved)
            }
            try measure(.deskStart) { _ = try Self.startThroughDesk(root, evaluator: evaluator) }
            var chair: ChairState?
            try measure(.chairStart) { chair = try Self.startChair(root) }
            if var chair {
                measure(.chairKey) {
                    _ = ChairUpdate.handle(.character("j"), in: &chair)
                    _ = ChairView.render(chair)
                }
            }
            var report: WorkspaceCheck.Report?
            measure(.check) { report = WorkspaceCheck.run(root, language: .english, justifications: false) }
            if let report, !report.isClean {
                throw BenchFailure("ocenka check: " + report.problems.prefix(5).joined(separator: "\n"))
            }
        }
        let result = SizeResult(
            proposals: size.proposals, evaluators: size.evaluators,
            files: measured.files, bytes: measured.bytes, logBytes: withLogs.bytes - measured.bytes, runs: max(1, runs),
            samples: Dictionary(uniqueKeysWithValues: samples.map { ($0.key.rawValue, $0.value) }), peakBytes: ProcessMemory.peak,
            openBytes: openBytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
    }

    /// One check before anything is timed, so that the rows that check (check, the chair's and the
    /// evaluator's start) are of a check after another, as for the `ocenka` processes: `ocenka` and
    /// `ocenka-bench` share the benchmark's cache folder and each keeps the index for its own
    /// executable, so each finds the other's and reads everything again (at 20 000 × 3, 14 s and
    /// 4.5 GB of peak memory, which the peak row then showed). In a child process, so that neither
    /// the peak nor the memory after open counts it.
    private static func checkInChild(_ root: URL) throws {
        _ = try inChild(["--workspace", root.path, "--check-only"])
    }

    /// `ocenka-bench run-one` with `arguments`, in a child process (with `environment`, or this
    /// process's); what it printed on standard output.
    static func inChild(_ arguments: [String], environment: [String: String]? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["run-one"] + arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        let exit = ProcessExit(of: process)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        exit.wait()
        guard process.terminationStatus == 0 else { throw BenchFailure("run-one \(arguments.joined(separator: " ")) failed") }
        return data
    }

    private static func load(_ root: URL) throws -> WorkspaceSnapshot {
        switch WorkspaceLoader.load(root) {
        case .success(let snapshot): return snapshot
        case .failure(let error): throw BenchFailure(error.lines(in: .english).prefix(5).joined(separator: "\n"))
        }
    }

    private static func desk(_ root: URL, evaluator: String) throws -> EvaluatorDesk {
        do {
            return try EvaluatorDesk.open(root, evaluator: evaluator, clock: WorkspaceClock(fixed: moment))
        } catch {
            throw BenchFailure(error.lines(in: .english).prefix(5).joined(separator: "\n"))
        }
    }

    /// The evaluator's model as `ocenka --as <evaluator>` reads it through the desk.
    private static func model(_ desk: EvaluatorDesk) throws -> EvaluatorModel {
        switch EvaluatorModel.load(desk) {
        case .success(let model): return model
        case .failure(let error): throw BenchFailure(error.lines(in: .english).prefix(5).joined(separator: "\n"))
        }
    }

    /// The quality tab of the first proposal on the list the evaluator scores: the cursor on it,
    /// Enter, and Tab until the quality tab is shown.
    private static func qualityTab(_ list: AppState) throws -> AppState {
        var state = list
        let rows = ProposalRow.visible(in: state)
        guard let index = rows.firstIndex(where: { state.model.assignedQuality.contains($0.proposal.id) && state.model.isAdmitted($0.proposal.id) })
        else { throw BenchFailure("the evaluator has no quality sheet to open") }
        state.list.cursor = index
        _ = AppUpdate.handle(.enter, in: &state, now: moment)
        for _ in ProposalViewState.Tab.allCases {
            if state.openProposal?.tab == .quality { return state }
            _ = AppUpdate.handle(.tab, in: &state, now: moment)
        }
        throw BenchFailure("the quality tab did not open")
    }

    /// What `ocenka chair` does before its first frame: the integrity check, whose snapshot is the
    /// model's, and the first frame of the progress screen.
    private static func startChair(_ root: URL) throws -> ChairState {
        let report = WorkspaceCheck.run(root, language: .bulgarian, justifications: false)
        guard report.isClean, let snapshot = report.snapshot else {
            throw BenchFailure("ocenka check: " + report.problems.prefix(5).joined(separator: "\n"))
        }
        guard let member = snapshot.info.committee.first(where: { $0.role == .chair }) else { throw BenchFailure("the workspace has no chair") }
        let state = ChairState(model: ChairModel(snapshot, chair: member), language: .bulgarian, size: screen)
        _ = ChairView.render(state)
        return state
    }

    /// What `ocenka --as <evaluator>` does before its first frame: the desk (lock, audit log, the
    /// chair's files), the model read through it, the first frame.
    private static func startThroughDesk(_ root: URL, evaluator: String) throws -> ScreenBuffer {
        let desk = try desk(root, evaluator: evaluator)
        defer { desk.close() }
        return AppView.render(AppState(model: try model(desk), language: .bulgarian, size: screen, today: Self.moment.localDate)).buffer
    }
}
