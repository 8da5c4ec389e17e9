import EvaluationCore
@testable import EvaluatorApp
import Testing

private typealias F = AppFixtures

/// The evaluator's model holds the workspace's contents, of the declarations and sheets only the evaluator's own.
@Suite("The evaluator's part of the workspace")
struct EvaluatorModelTests {
    @Test("Another evaluator's declaration and sheets given to the model are not kept; the evaluator's own are read through")
    func ownPartOnly() throws {
        let model = try F.model()
        var contents = model.contents
        contents.declarations["e2"] = Declaration(evaluator: "e2", acceptedAt: F.now)
        contents.adminSheets["e2"] = ["33.24-2025-001": AdminSheet(proposal: "33.24-2025-001", evaluator: "e2")]
        contents.qualitySheets["e2"] = ["33.24-2025-004": QualitySheet(proposal: "33.24-2025-004", evaluator: "e2")]
        let given = EvaluatorModel(contents: contents, evaluator: model.evaluator, admission: model.admission)
        #expect(given == model)
        #expect(Set(given.contents.declarations.keys) == ["e1"])
        #expect(Set(given.contents.adminSheets.keys) == ["e1"] && Set(given.contents.qualitySheets.keys) == ["e1"])
        #expect(given.adminSheets.keys.sorted() == ["33.24-2025-002"] && given.qualitySheets.keys.sorted() == ["33.24-2025-003"])
        #expect(given.assignedAdmin == ["33.24-2025-001", "33.24-2025-002"])
        #expect(given.assignedQuality == ["33.24-2025-002", "33.24-2025-003", "33.24-2025-004"])
    }

    @Test("A declaration and a sheet set through the model land in the evaluator's place of the contents")
    func setThrough() throws {
        var model = try F.model(declared: false)
        #expect(model.declaration == nil && model.contents.declarations.isEmpty)
        model.declaration = Declaration(evaluator: "e1", acceptedAt: F.now)
        #expect(model.contents.declarations["e1"] == model.declaration)
        let sheet = AdminSheet(proposal: "33.24-2025-001", evaluator: "e1", answers: ["I.1": .init(.yes)])
        model.adminSheets["33.24-2025-001"] = sheet
        #expect(model.contents.adminSheets["e1"]?["33.24-2025-001"] == sheet)
        #expect(model.contents.adminSheets["e1"]?["33.24-2025-002"]?.status == .submitted)
        model.qualitySheets = [:]
        #expect(model.contents.qualitySheets["e1"] == nil && model.total(of: "33.24-2025-003") == nil)
    }

    @Test("Random sheets set one at a time in place: the same model, progress included, as one made from the contents they give")
    func setInPlaceCountsAsAWhole() throws {
        var generator = SystemRandomNumberGenerator()
        let start = try F.model()
        let proposals = start.proposals.map(\.id) + ["33.24-2025-099"]
        let statuses: [SheetStatus] = [.draft, .submitted, .returned, .cancelled]
        for _ in 0..<200 {
            var model = start
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let proposal = proposals.randomElement(using: &generator)!
                let conflict = [nil, ConflictDeclaration(declared: false, at: F.now), ConflictDeclaration(declared: true, at: F.now)]
                    .randomElement(using: &generator)!
                let status = statuses.randomElement(using: &generator)!
                let remove = Int.random(in: 0..<4, using: &generator) == 0
                if Bool.random(using: &generator) {
                    model.setAdminSheet(remove ? nil : AdminSheet(proposal: proposal, evaluator: "e1", conflict: conflict, status: status),
                                        of: proposal)
                } else {
                    model.setQualitySheet(remove ? nil : QualitySheet(proposal: proposal, evaluator: "e1", conflict: conflict, status: status),
                                          of: proposal)
                }
            }
            let whole = EvaluatorModel(contents: model.contents, evaluator: model.evaluator, admission: model.admission)
            #expect(model == whole)
            #expect(model.progress == whole.progress)
            var set = start
            set.adminSheets = model.adminSheets
            set.qualitySheets = model.qualitySheets
            #expect(set == model)
        }
    }
}
