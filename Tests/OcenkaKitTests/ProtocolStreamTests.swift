import EvaluationCore
import Foundation
import OcenkaKit
import Reports
import TestSupport
import Testing
import Workspace
import WorkspaceFixtures

/// The protocol and the scores CSV are made batch by batch while they are written: whatever the
/// batch size, the bytes must be those made at once.
@Suite("The protocol and the scores made batch by batch")
struct ProtocolStreamTests {
    @Test("200 proposals: the same bytes for every batch size, the scores' rows all there once")
    func batches() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-stream-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let procedure = try ProcedureCatalog(configFolder: TestFiles.packageRoot.appendingPathComponent("Config"))
            .procedure(withID: DemoWorkspace.procedureID).get()
        _ = try WorkspaceGenerator.generate(at: root, proposals: 200, evaluators: 3, seed: 11, procedure: procedure, justifications: 300...600)
        let snapshot = try WorkspaceLoader.load(root).get()
        let input = ProtocolInput(snapshot, generatedAt: Timestamp("2025-12-15T12:00:00+02:00")!)
        let report = ProtocolReport(input)
        let whole = report.renderStream(piecesPerBatch: 100_000).collected().joined()
        #expect(whole.count > 1_000_000)
        for size in [1, 5, 64, 256] {
            #expect(report.renderStream(piecesPerBatch: size).collected().joined() == whole, "\(size) pieces a batch")
        }
        #expect(report.renderBytes() == whole)
        let scores = ScoresCSV.renderStream(input, piecesPerBatch: 100_000).collected().joined()
        for size in [1, 2, 3] {
            #expect(ScoresCSV.renderStream(input, piecesPerBatch: size).collected().joined() == scores, "\(size) pieces a batch")
        }
        #expect(try ScoresCSV.renderBytes(input) == scores)
        let rows = String(decoding: scores, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("33.24-2025-") }
        let admin = snapshot.adminSheets.values.reduce(0) { $0 + $1.count } * snapshot.procedure.admin.criteria.count
        let quality = snapshot.qualitySheets.values.reduce(0) { $0 + $1.count } * (snapshot.procedure.quality?.criteria.count ?? 0)
        #expect(Set(rows.map { $0.split(separator: ",").prefix(4).joined(separator: ",") }).count == admin + quality,
                "every sheet's every criterion, once")
        #expect(String(decoding: scores.prefix(200), as: UTF8.self).hasPrefix(ScoresCSV.header.joined(separator: ",") + "\n"))
    }
}
