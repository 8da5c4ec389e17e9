import EvaluationCore
import EvaluatorApp
import OcenkaKit
import Reports
import Testing
import Workspace
import WorkspaceFixtures

/// The one value of what a workspace holds (`WorkspaceContents`), as the snapshot, the protocol's
/// input and both models hold it, read from a real demo workspace.
@Suite("What a workspace holds, one value for the snapshot, the protocol and both models")
struct WorkspaceContentsTests {
    @Test("The protocol's input and the chair's model hold the snapshot's contents as read, and the same standings")
    func sameContents() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        let snapshot = try WorkspaceLoader.load(folder.root).get()
        let chair = try #require(snapshot.info.chair)
        let input = ProtocolInput(snapshot, generatedAt: DemoFolder.clock.now())
        let model = ChairModel(snapshot, chair: chair)
        #expect(input.contents == snapshot.contents)
        #expect(model.contents == snapshot.contents)
        #expect(input.standings == model.standings)
        #expect(model.standings == snapshot.contents.standings())
        #expect(!snapshot.proposals.isEmpty && snapshot.adminSheets.count > 1 && snapshot.qualitySheets.count > 1)
    }

    @Test("The evaluator's model holds their assigned proposals and only their own declaration and sheets")
    func evaluatorsPart() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        let snapshot = try WorkspaceLoader.load(folder.root).get()
        let id = DemoWorkspace.firstEvaluatorID
        let desk = try EvaluatorDesk.open(folder.root, evaluator: id, clock: DemoFolder.clock, wait: .zero)
        defer { desk.close() }
        let model = try EvaluatorModel.load(desk).get()
        let assigned = Set(snapshot.assignments.proposals(of: id, in: .admin) + snapshot.assignments.proposals(of: id, in: .quality))
        #expect(model.proposals == snapshot.proposals.filter { assigned.contains($0.id) })
        #expect(Set(model.contents.declarations.keys).isSubset(of: [id]))
        #expect(Set(model.contents.adminSheets.keys) == [id] && Set(model.contents.qualitySheets.keys) == [id])
        #expect(model.adminSheets == (snapshot.adminSheets[id] ?? [:]).filter { assigned.contains($0.key) })
        #expect(model.qualitySheets == (snapshot.qualitySheets[id] ?? [:]).filter { assigned.contains($0.key) })
        #expect(model.declaration == snapshot.declarations[id])
    }

    @Test("A sheet saved in the evaluator's model is their own, and the progress is counted again")
    func sheetSet() throws {
        let folder = try DemoFolder.make()
        defer { folder.remove() }
        let desk = try EvaluatorDesk.open(folder.root, evaluator: DemoWorkspace.firstEvaluatorID, clock: DemoFolder.clock, wait: .zero)
        defer { desk.close() }
        var model = try EvaluatorModel.load(desk).get()
        // A checklist that is the evaluator's only work on the proposal: submitting it closes the proposal.
        let proposal = try #require(model.proposals.first {
            model.assignedAdmin.contains($0.id) && !model.assignedQuality.contains($0.id) && !model.hasRecused($0.id)
                && model.adminSheets[$0.id]?.status != .submitted
        })
        let before = model.progress
        var sheet = model.adminSheet(proposal.id)
        sheet.status = .submitted
        model.adminSheets[proposal.id] = sheet
        #expect(model.contents.adminSheets[desk.evaluator.id]?[proposal.id] == sheet)
        #expect(Set(model.contents.adminSheets.keys) == [desk.evaluator.id])
        #expect(model.progress.done == before.done + 1 && model.progress.total == before.total)
        #expect(model == EvaluatorModel(contents: model.contents, evaluator: model.evaluator, admission: model.admission))
    }
}
