import Foundation
import Testing
import Workspace

@Suite("The fingerprint that tells the chair's screens the workspace changed")
struct WorkspaceFingerprintTests {
    @Test("A sheet saved by rename, a new sheet, a grown log change it; reading does not")
    func changes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-fingerprint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sheets = root.appendingPathComponent("sheets/e1")
        try FileManager.default.createDirectory(at: sheets, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chair"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: sheets.appendingPathComponent("P-1.quality.json"))
        try Data("a\n".utf8).write(to: root.appendingPathComponent("chair/audit.jsonl"))
        let first = WorkspaceFingerprint(root)
        _ = try Data(contentsOf: sheets.appendingPathComponent("P-1.quality.json"))
        #expect(WorkspaceFingerprint(root) == first)

        Thread.sleep(forTimeInterval: 0.01)
        let pending = sheets.appendingPathComponent(".P-1.quality.json.tmp")
        try Data("{\"status\": \"submitted\"}".utf8).write(to: pending)
        #expect(rename(pending.path, sheets.appendingPathComponent("P-1.quality.json").path) == 0)
        let second = WorkspaceFingerprint(root)
        #expect(second != first)

        let log = try FileHandle(forWritingTo: root.appendingPathComponent("chair/audit.jsonl"))
        try log.seekToEnd()
        try log.write(contentsOf: Data("b\n".utf8))
        try log.close()
        #expect(WorkspaceFingerprint(root) != second)
    }

    @Test("A workspace in a folder named sheets still has its chair's files watched; an evaluator's folder is watched by its own time")
    func rootNamedSheets() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-fingerprint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let root = parent.appendingPathComponent("sheets/ws")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("chair"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sheets/e1"), withIntermediateDirectories: true)
        let decisions = root.appendingPathComponent("chair/decisions.json")
        try Data("{}".utf8).write(to: decisions)
        let first = WorkspaceFingerprint(root)
        try Data("{\"decisions\": []}".utf8).write(to: decisions)
        let second = WorkspaceFingerprint(root)
        #expect(second != first)

        Thread.sleep(forTimeInterval: 0.01)
        try Data("{}".utf8).write(to: root.appendingPathComponent("sheets/e1/P-1.admin.json"))
        #expect(WorkspaceFingerprint(root) != second)
    }
}
