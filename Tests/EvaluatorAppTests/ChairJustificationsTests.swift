import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

/// The chair's screens started without the justifications (`ChairModel.withoutJustifications`): the
/// comparison asks for a proposal's, and they are merged into the model only into the very sheets it holds.
@Suite("The chair's model without justifications, and their merge")
struct ChairJustificationsTests {
    typealias F = ChairFixtures
    static let proposal = "33.24-2025-002"

    /// The fixture's model as the check without justifications gives it: every quality sheet's
    /// justifications empty, and every proposal listed as without them.
    static func modelWithoutJustifications() throws -> (model: ChairModel, full: ChairModel) {
        let full = try F.model()
        var model = full
        var contents = model.contents
        for (evaluator, sheets) in contents.qualitySheets {
            for (proposal, sheet) in sheets {
                var bare = sheet
                for criterion in bare.scores.keys { bare.scores[criterion]?.note = "" }
                contents.qualitySheets[evaluator]?[proposal] = bare
            }
        }
        model.contents = contents
        model.withoutJustifications = Set(model.proposals.map(\.id))
        return (model, full)
    }

    /// The fixture's sheets of `proposal`, as their files would hold them.
    static func files(_ model: ChairModel, _ proposal: String) -> [String: QualitySheet] {
        model.qualitySheets.compactMapValues { $0[proposal] }
    }

    @Test("The sheets read from the files give back every justification, and nothing else changes")
    func merged() throws {
        var (model, full) = try Self.modelWithoutJustifications()
        let standings = model.standings
        #expect(!model.hasJustifications(of: Self.proposal))
        let merged = model.mergeJustifications(of: Self.proposal, from: Self.files(full, Self.proposal))
        #expect(merged)
        #expect(model.hasJustifications(of: Self.proposal))
        #expect(Self.files(model, Self.proposal) == Self.files(full, Self.proposal))
        #expect(model.standings == standings)
        #expect(!model.hasJustifications(of: "33.24-2025-001"))
        #expect(model.qualitySheets["e1"]?["33.24-2025-001"]?.scores.values.allSatisfy { $0.note.isEmpty } == true)
        #expect(model.progress(of: "e2", stage: .quality) == full.progress(of: "e2", stage: .quality))
    }

    @Test("A sheet whose points or status differ, or that is gone, is not merged: the workspace changed")
    func changedSheetNotMerged() throws {
        let (model, full) = try Self.modelWithoutJustifications()
        let method = try #require(full.procedure.quality)
        var files = Self.files(full, Self.proposal)
        files["e2"]?.scores[method.criteria[0].id]?.points = method.criteria[0].levels.last?.points
        var changed = model
        var merged = changed.mergeJustifications(of: Self.proposal, from: files)
        #expect(!merged)
        #expect(changed == model)

        files = Self.files(full, Self.proposal)
        files["e2"]?.status = .draft
        merged = changed.mergeJustifications(of: Self.proposal, from: files)
        #expect(!merged)

        files = Self.files(full, Self.proposal)
        files["e2"] = nil
        merged = changed.mergeJustifications(of: Self.proposal, from: files)
        #expect(!merged)
        #expect(changed == model)
    }

    @Test("Opening the comparison asks for the proposal's sheets; until they come it says they are not read, never that there is none")
    func comparisonAsks() throws {
        let (model, full) = try Self.modelWithoutJustifications()
        var state = ChairState(model: model, language: .bulgarian, size: ScreenSize(rows: 40, columns: 120))
        _ = F.press([.tab], &state)
        state.showsAll = true
        state.decisionsCursor = try #require(state.decisionRows.firstIndex { $0.proposal.id == Self.proposal })
        let effects = F.press([.character("s")], &state)
        #expect(effects == [.readJustifications(proposal: Self.proposal, evaluators: ["e1", "e2"])])
        var screen = ChairView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("(обосновката още не е прочетена)") && !screen.contains("(без обосновка)"))

        #expect(ChairUpdate.update(.justificationsRead(proposal: Self.proposal, sheets: Self.files(full, Self.proposal)), in: &state).isEmpty)
        screen = ChairView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("Обосновка.") && !screen.contains("не е прочетена"))

        // Opened again, the justifications are there: nothing is read.
        _ = F.press([.escape], &state)
        #expect(F.press([.character("s")], &state).isEmpty)
    }

    @Test("Sheets that differ from the model's ask for the whole workspace to be read again")
    func differingSheetsReadAgain() throws {
        let (model, full) = try Self.modelWithoutJustifications()
        var state = ChairState(model: model, language: .bulgarian, size: ScreenSize(rows: 24, columns: 80))
        var files = Self.files(full, Self.proposal)
        files["e1"]?.status = .draft
        #expect(ChairUpdate.update(.justificationsRead(proposal: Self.proposal, sheets: files), in: &state) == [.readWorkspace])
        #expect(state.model == model)
    }

    @Test("A model with every justification opens the comparison without reading anything")
    func fullModel() throws {
        var state = try F.state()
        _ = F.press([.tab], &state)
        #expect(F.press([.character("s")], &state).isEmpty)
        #expect(state.comparison != nil)
    }
}
