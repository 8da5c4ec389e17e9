import EvaluationCore
import Foundation
import Testing
import Workspace

@Suite("The benchmark's workspace generator")
struct WorkspaceGeneratorTests {
    /// Generates 20 proposals × 3 evaluators with `seed` in a new temporary folder.
    static func generate(seed: UInt64) throws -> (root: URL, summary: WorkspaceGenerator.Summary) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-generated-\(UUID().uuidString)", isDirectory: true)
        let summary = try WorkspaceGenerator.generate(at: root, proposals: 20, evaluators: 3, seed: seed,
                                                      procedure: try DemoWorkspaceTests.referenceProcedure())
        return (root, summary)
    }

    @Test("A generated workspace passes ocenka check, every sheet submitted, every justification 200–800 characters")
    func clean() throws {
        let generated = try Self.generate(seed: 7)
        defer { try? FileManager.default.removeItem(at: generated.root) }
        let report = WorkspaceCheck.run(generated.root, language: .english)
        #expect(report.problems == [])
        #expect(report.isClean)
        let snapshot = try WorkspaceLoader.load(generated.root).get()
        #expect(snapshot.proposals.count == 20)
        #expect(snapshot.info.evaluators.map(\.id) == ["e1", "e2", "e3"])
        let admin = snapshot.adminSheets.values.flatMap(\.values)
        let quality = snapshot.qualitySheets.values.flatMap(\.values)
        #expect(admin.count == 20)
        #expect(admin.count + quality.count == generated.summary.sheets)
        #expect(admin.allSatisfy { $0.status == .submitted })
        #expect(quality.allSatisfy { $0.status == .submitted })
        let notes = quality.flatMap { $0.scores.values.map(\.note) }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { (200...800).contains($0.count) })
        #expect(snapshot.standings().allSatisfy { $0.status != .pending })
        for (path, data) in try DemoWorkspaceTests.files(under: generated.root) where path.hasSuffix(".json") {
            #expect(try JSONValue.parse(data).get() == JSONDecoder().decode(JSONValue.self, from: data), "\(path)")
        }
    }

    @Test("Two generations with one seed are byte for byte the same; another seed differs")
    func deterministic() throws {
        let first = try Self.generate(seed: 11)
        let second = try Self.generate(seed: 11)
        let other = try Self.generate(seed: 12)
        defer {
            for root in [first.root, second.root, other.root] { try? FileManager.default.removeItem(at: root) }
        }
        let files = try DemoWorkspaceTests.files(under: first.root)
        #expect(files.count > 60)
        #expect(files == (try DemoWorkspaceTests.files(under: second.root)))
        #expect(files != (try DemoWorkspaceTests.files(under: other.root)))
    }
}
