import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace
import WorkspaceFixtures

@Suite("The benchmark's workspace generator")
struct WorkspaceGeneratorTests {
    /// Generates 20 proposals × 3 evaluators with `seed` in a new temporary folder.
    static func generate(seed: UInt64, justifications: ClosedRange<Int> = WorkspaceGenerator.realisticJustifications) throws
        -> (root: URL, summary: WorkspaceGenerator.Summary) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-generated-\(UUID().uuidString)", isDirectory: true)
        let summary = try WorkspaceGenerator.generate(at: root, proposals: 20, evaluators: 3, seed: seed,
                                                      procedure: try DemoWorkspaceTests.referenceProcedure(), justifications: justifications)
        return (root, summary)
    }

    @Test("A generated workspace passes ocenka check, every sheet submitted, every justification 300–2 000 characters of Cyrillic")
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
        #expect(notes.allSatisfy { (300...2_000).contains($0.count) })
        #expect(notes.contains { $0.count > 1_500 } && notes.contains { $0.count < 600 }, "the lengths are spread over the range")
        #expect(notes.allSatisfy { $0.unicodeScalars.filter { ("а"..."я").contains($0) }.count * 2 > $0.unicodeScalars.count })
        #expect(snapshot.standings().allSatisfy { $0.status != .pending })
        for (path, data) in try TestFiles.files(under: generated.root) where path.hasSuffix(".json") {
            #expect(try JSONValue.parse(data).get() == JSONDecoder().decode(JSONValue.self, from: data), "\(path)")
        }
    }

    @Test("Justifications of a fixed length are that long, cut after a word, and the workspace still passes check")
    func fixedLength() throws {
        let generated = try Self.generate(seed: 3, justifications: 400...400)
        defer { try? FileManager.default.removeItem(at: generated.root) }
        #expect(WorkspaceCheck.run(generated.root, language: .english).problems == [])
        let snapshot = try WorkspaceLoader.load(generated.root).get()
        let notes = snapshot.qualitySheets.values.flatMap(\.values).flatMap { $0.scores.values.map(\.note) }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { (370...400).contains($0.count) && $0.hasSuffix(".") && !$0.hasSuffix(" .") })
    }

    @Test("Two generations with one seed are byte for byte the same; another seed differs")
    func deterministic() throws {
        let first = try Self.generate(seed: 11)
        let second = try Self.generate(seed: 11)
        let other = try Self.generate(seed: 12)
        defer {
            for root in [first.root, second.root, other.root] { try? FileManager.default.removeItem(at: root) }
        }
        let files = try TestFiles.files(under: first.root)
        #expect(files.count > 60)
        #expect(files == (try TestFiles.files(under: second.root)))
        #expect(files != (try TestFiles.files(under: other.root)))
    }
}
