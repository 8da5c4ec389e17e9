import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Terminal
import Testing
import Workspace

/// The evaluator's program loop without a terminal: scripted keys, a real demo workspace, and the
/// files on disk read back.
@Suite("The evaluator's program loop, headless")
struct EvaluatorProgramRunTests {
    static let proposal = "33.24-2025-024"

    static func runner(_ folder: DemoFolder, opening proposal: String? = nil)
        throws -> ProgramRunner<EvaluatorProgram, EvaluatorEffects> {
        let desk = try EvaluatorDesk.open(folder.root, evaluator: "e1", clock: DemoFolder.clock, wait: .zero)
        var state = AppState(model: try EvaluatorModel.load(desk).get(), language: .bulgarian, size: ScreenSize(rows: 24, columns: 80), today: DemoFolder.clock.now().localDate)
        if let proposal { state.openProposal = ProposalViewState(proposal: proposal, tab: .quality) }
        return ProgramRunner(state, interpreter: EvaluatorEffects(desk: desk))
    }

    @Test("A level picked and a justification typed key by key are on disk, in the state and on the screen")
    func scoreSaved() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder, opening: Self.proposal)
        defer { runner.interpreter.desk.close() }
        let before = runner.state.model.qualitySheet(Self.proposal).scores["1.1"]
        let terminal = ScriptedTerminal([.keys([.character("1")])] + ScriptedTerminal.typed(" Добавено.") + [.keys([.escape])])
        try runner.run(on: terminal, now: { DemoFolder.clock.now() })

        let onDisk = try #require(try WorkspaceLoader.load(folder.root).get().qualitySheets(of: Self.proposal).first { $0.evaluator == "e1" })
        let score = try #require(onDisk.scores["1.1"])
        #expect(score.points != before?.points)
        #expect(score.note == (before?.note ?? "") + " Добавено.")
        #expect(runner.state.model.qualitySheet(Self.proposal) == onDisk)
        #expect(runner.state.openProposal?.editing == nil && runner.state.openProposal?.qualityCursor == 1)
        #expect(terminal.frames.count == 1 + 1 + " Добавено.".count + 1)
        #expect(terminal.lastFrame.contains("1.2"))
        // One audit line per save (the level, then each character of the justification).
        let audit = try String(contentsOf: folder.root.appendingPathComponent("sheets/e1/audit.jsonl"), encoding: .utf8)
        let lines = audit.split(separator: "\n").filter { $0.contains(Self.proposal) && $0.contains("2025-12-20") }
        #expect(lines.count == 1 + " Добавено.".count)
    }

    @Test("A save the desk refuses puts the sheet on disk back into the state and says why")
    func refusedSave() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder)
        defer { runner.interpreter.desk.close() }
        // A submitted sheet changed behind the interface's rules: the desk checks them again.
        var submitted = runner.state.model.qualitySheet("33.24-2025-001")
        #expect(submitted.status == .submitted)
        let original = submitted
        submitted.scores["1.1"] = QualitySheet.Score(points: .zero, note: "")
        runner.send(.qualitySheetRead(submitted))
        let events = runner.interpreter.perform(.saveQuality(submitted, action: .sheetScore), in: runner.state)
        #expect(events.contains(.qualitySheetRead(original)))
        guard case .failed(let message)? = events.last else { Issue.record("no failure: \(events)"); return }
        #expect(!message.isEmpty)
        for event in events { runner.send(event) }
        #expect(runner.state.model.qualitySheet("33.24-2025-001") == original)
        #expect(runner.state.message?.kind == .error)
        let onDisk = try WorkspaceLoader.load(folder.root).get().qualitySheets(of: "33.24-2025-001").first { $0.evaluator == "e1" }
        #expect(onDisk == original)
    }

    @Test("A paste outside a text field changes nothing and saves nothing")
    func pasteIgnored() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder, opening: Self.proposal)
        defer { runner.interpreter.desk.close() }
        let before = try Data(contentsOf: folder.root.appendingPathComponent("sheets/e1/\(Self.proposal).quality.json"))
        try runner.run(on: ScriptedTerminal([.keys([.character("1"), .character("2"), .character("3")])]), now: { DemoFolder.clock.now() })
        #expect(runner.state.message?.text.hasPrefix("Поставеният текст е пренебрегнат") == true)
        #expect(try Data(contentsOf: folder.root.appendingPathComponent("sheets/e1/\(Self.proposal).quality.json")) == before)
    }
}
