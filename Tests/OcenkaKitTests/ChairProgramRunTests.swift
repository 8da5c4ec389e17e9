import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Reports
import Terminal
import Testing
import Workspace
import WorkspaceFixtures

/// The chair's program loop without a terminal: scripted keys, a real demo workspace, the decisions
/// and exports read back from disk.
@Suite("The chair's program loop, headless")
struct ChairProgramRunTests {
    static func runner(_ folder: DemoFolder, writeProtocol: @escaping ChairEffects.ProtocolWriter = { _, _, _ in .failure(.refused(LocalizedText(bg: "не", en: "no"))) })
        throws -> ProgramRunner<ChairProgram, ChairEffects> {
        let snapshot = try WorkspaceLoader.load(folder.root).get()
        let chair = try #require(snapshot.info.committee.first { $0.id == DemoWorkspace.chairID })
        let state = ChairState(model: ChairModel(snapshot, chair: chair), language: .bulgarian, size: ScreenSize(rows: 24, columns: 80))
        return ProgramRunner(state, interpreter: ChairEffects(root: folder.root, chair: chair, clock: DemoFolder.clock, writeProtocol: writeProtocol))
    }

    @Test("A consensus score typed on the decisions screen is recorded by DecisionService and shown")
    func consensusRecorded() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder)
        var state = runner.state
        state.screen = .decisions
        state.decisionsCursor = try #require(state.decisionRows.firstIndex { $0.proposal.id == "33.24-2025-008" })
        runner = ProgramRunner(state, interpreter: runner.interpreter)
        let reason = "Разлика над 20 т.; комисията съгласува оценката."
        let terminal = ScriptedTerminal([.keys([.character("c")]), .keys([.character("7")]), .keys([.character("2")]), .keys([.enter])]
                                        + ScriptedTerminal.typed(reason) + [.keys([.enter])])
        try runner.run(on: terminal, now: { DemoFolder.clock.now() })

        let decisions = try WorkspaceLoader.load(folder.root).get().decisions.decisions
        let decision = try #require(decisions.last)
        #expect(decision.kind == .consensusScore && decision.proposal == "33.24-2025-008" && decision.points == Points(72) && decision.reason == reason)
        #expect(runner.state.message?.text == "Записано е решение № \(decision.number) (\(decision.kind.label.bulgarian)) за 33.24-2025-008.")
        #expect(runner.state.form == nil)
        #expect(runner.state.model.decisions.decisions.last == decision)
        #expect(terminal.lastFrame.contains("Записано е решение"))
    }

    @Test("A change written by another process while no key comes shows at the next pause")
    func refreshedAfterPause() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder)
        let before = runner.state.model.decisions.decisions.count
        let terminal = ScriptedTerminal([
            .pause,
            .meanwhile {
                _ = try? DecisionService.decide(.consensusScore(Points(70)), proposal: "33.24-2025-008", reason: "Съгласувано.",
                                                actingAs: DemoWorkspace.chairID, in: folder.root, clock: DemoFolder.clock)
            },
            .pause,
        ])
        try runner.run(on: terminal, now: { DemoFolder.clock.now() })
        #expect(runner.state.model.decisions.decisions.count == before + 1)
    }

    @Test("Started without the justifications, as `ocenka chair` is, the comparison shows each evaluator's own, read from the sheets")
    func comparisonReadsJustifications() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        // Once the files have settled a check records them in the index; the next check, without
        // the justifications, gives the sheets back without them.
        Thread.sleep(forTimeInterval: 1.3)
        #expect(WorkspaceCheck.run(folder.root, language: .bulgarian).isClean)
        let snapshot = try #require(WorkspaceCheck.run(folder.root, language: .bulgarian, justifications: false).snapshot)
        let proposal = "33.24-2025-008"
        try #require(snapshot.withoutJustifications.contains(proposal))
        let evaluators = snapshot.qualitySheets.keys.sorted().filter { snapshot.qualitySheet($0, proposal) != nil }
        try #require(evaluators.count >= 2)
        #expect(evaluators.allSatisfy { snapshot.qualitySheet($0, proposal)?.scores.values.allSatisfy(\.note.isEmpty) == true })

        let chair = try #require(snapshot.info.committee.first { $0.id == DemoWorkspace.chairID })
        var state = ChairState(model: ChairModel(snapshot, chair: chair), language: .bulgarian, size: ScreenSize(rows: 24, columns: 80))
        state.screen = .decisions
        state.decisionsCursor = try #require(state.decisionRows.firstIndex { $0.proposal.id == proposal })
        var runner = ProgramRunner(state, interpreter: ChairEffects(root: folder.root, chair: chair, clock: DemoFolder.clock))
        let terminal = ScriptedTerminal([.keys([.character("s")])])
        try runner.run(on: terminal, now: { DemoFolder.clock.now() })

        let full = try WorkspaceLoader.load(folder.root).get()
        #expect(runner.state.comparison?.proposal == proposal)
        #expect(runner.state.model.hasJustifications(of: proposal))
        for evaluator in evaluators {
            #expect(runner.state.model.qualitySheets[evaluator]?[proposal] == full.qualitySheet(evaluator, proposal))
        }
        let criterion = try #require(full.procedure.quality?.criteria.first?.id)
        let note = try #require(full.qualitySheet(evaluators[0], proposal)?.scores[criterion]?.note)
        #expect(!note.isEmpty && terminal.lastFrame.contains(String(note.prefix(24))))
        #expect(!terminal.lastFrame.contains("(без обосновка)") && !terminal.lastFrame.contains("не е прочетена"))
    }

    @Test("A change seen at a pause reads the unchanged sheets from the index, and the comparison open then reads its justifications again")
    func refreshedComparisonKeepsJustifications() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        Thread.sleep(forTimeInterval: 1.3)
        #expect(WorkspaceCheck.run(folder.root, language: .bulgarian).isClean)
        let snapshot = try WorkspaceLoader.load(folder.root).get()
        let proposal = "33.24-2025-008"
        let chair = try #require(snapshot.info.committee.first { $0.id == DemoWorkspace.chairID })
        var state = ChairState(model: ChairModel(snapshot, chair: chair), language: .bulgarian, size: ScreenSize(rows: 24, columns: 80))
        state.screen = .decisions
        state.decisionsCursor = try #require(state.decisionRows.firstIndex { $0.proposal.id == proposal })
        var runner = ProgramRunner(state, interpreter: ChairEffects(root: folder.root, chair: chair, clock: DemoFolder.clock))
        let terminal = ScriptedTerminal([
            .keys([.character("s")]),
            .meanwhile {
                _ = try? DecisionService.decide(.consensusScore(Points(70)), proposal: proposal, reason: "Съгласувано.",
                                                actingAs: DemoWorkspace.chairID, in: folder.root, clock: DemoFolder.clock)
            },
            .pause,
        ])
        try runner.run(on: terminal, now: { DemoFolder.clock.now() })

        let full = try WorkspaceLoader.load(folder.root).get()
        #expect(runner.state.model.decisions == full.decisions, "the change was read")
        #expect(!runner.state.model.withoutJustifications.isEmpty, "the unchanged sheets came from the index")
        #expect(runner.state.model.hasJustifications(of: proposal))
        for evaluator in full.qualitySheets.keys where full.qualitySheet(evaluator, proposal) != nil {
            #expect(runner.state.model.qualitySheets[evaluator]?[proposal] == full.qualitySheet(evaluator, proposal))
        }
        #expect(!terminal.lastFrame.contains("(без обосновка)") && !terminal.lastFrame.contains("не е прочетена"))
    }

    @Test("The protocol is exported from a clean workspace through the writer, and its text is the preview")
    func protocolExported() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder) { snapshot, _, text in
            let file = snapshot.layout.exportsFolder.appendingPathComponent("protocol.txt")
            do { try Data(text.utf8).write(to: file) } catch { return .failure(.refused(LocalizedText(bg: "запис", en: "write"))) }
            return .success(file)
        }
        try runner.run(on: ScriptedTerminal([.keys([.backTab]), .keys([.character("x")])]), now: { DemoFolder.clock.now() })
        #expect(runner.state.message == StatusMessage(.success, "Протоколът е записан в exports/protocol.txt (и CSV до него)."))
        let written = try String(contentsOf: folder.root.appendingPathComponent("exports/protocol.txt"), encoding: .utf8)
        #expect(runner.state.protocolPreview == written.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test("A resize on the protocol preview lays the protocol out again for the new width")
    func previewFollowsWidth() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        var runner = try Self.runner(folder)
        try runner.run(on: ScriptedTerminal([.keys([.backTab]), .resize(ScreenSize(rows: 30, columns: 120))]), now: { DemoFolder.clock.now() })
        let widest = runner.state.protocolPreview.map { DisplayWidth.of($0) }.max() ?? 0
        #expect(runner.state.screen == .protocolPreview && runner.state.size.columns == 120)
        #expect(widest > 100 && widest <= 118)
    }
}
