import EvaluationCore
import Foundation
import TestSupport
import Testing
@testable import Workspace

@Suite("A log that grew since a check is read on from where the check left it, and finds what a full check finds")
struct GrownLogTests {
    /// Saves an answer of `evaluator` on P-3's checklist: one more line in their log.
    private func save(_ workspace: IndexedWorkspace, by evaluator: String, note: String) throws {
        let desk = try EvaluatorDesk.open(workspace.fixture.root, evaluator: evaluator, clock: workspace.fixture.clock)
        defer { desk.close() }
        try desk.save(AdminSheet(proposal: "P-3", evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: workspace.fixture.clock.now()),
                                 answers: ["I.1": .init(.no, note: note)]), action: .sheetAnswer)
    }

    @Test("Lines saved after a check: only they are read, and the workspace is found as a full check finds it")
    func savedLines() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let evaluator = try workspace.fixture.assigned("P-3", .admin)[0]
        let log = "sheets/\(evaluator)/audit.jsonl"
        try save(workspace, by: evaluator, note: "Липсва декларация.")
        try save(workspace, by: evaluator, note: "Липсва декларация по образец.")
        let report = workspace.check()
        #expect(report.isClean, "\(report.problems)")
        #expect(report.readOn == [log])
        // The new lines are too recent to record: the earlier ones stay recorded and are read on from again.
        #expect(workspace.check().readOn == [log])
        Thread.sleep(forTimeInterval: Double(WorkspaceIndex.settleMargin) / 1e9 + 0.2)
        #expect(workspace.check().readOn == [log])
        #expect(workspace.check().readOn.isEmpty, "the grown log, recorded whole, comes from the index unread")
        try save(workspace, by: evaluator, note: "Декларацията липсва.")
        let last = workspace.check()
        #expect(last.isClean, "\(last.problems)")
        #expect(last.readOn == [log])
        let full = workspace.check(full: true)
        #expect(full.readOn.isEmpty)
        #expect(last.summary == full.summary, "the same count of log entries")
        #expect(last.snapshot?.contents == full.snapshot?.contents)
    }

    @Test("An earlier line edited in place after the log grew is found: the earlier lines are hashed again")
    func earlierLineEdited() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        try save(workspace, by: "e1", note: "Липсва декларация.")
        let log = workspace.fixture.layout.auditFile("e1")
        let bytes = try Data(contentsOf: log)
        let place = try #require(bytes.firstRange(of: Data("\"actor\":\"e1\"".utf8)))
        try workspace.overwrite(log, at: place.lowerBound, with: Array("\"actor\":\"e2\"".utf8))
        let report = workspace.check()
        #expect(report.readOn.isEmpty)
        #expect(report.problems.contains { $0.hasPrefix("sheets/e1/audit.jsonl: ред ") }, "\(report.problems)")
        #expect(report.problems == workspace.check(full: true).problems)
    }

    @Test("A foreign line appended after a check is reported by its number in the whole log, as a full check reports it")
    func foreignLineAppended() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let log = workspace.fixture.layout.auditFile("e1")
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count
        try TestFiles.append(Data("{\"при\":\"чужд ред\"}\n".utf8), to: log)
        let report = workspace.check()
        #expect(report.readOn == ["sheets/e1/audit.jsonl"])
        #expect(report.problems.contains { $0.contains("ред \(lines + 1)") }, "\(report.problems)")
        #expect(report.problems == workspace.check(full: true).problems)
    }

    @Test("A line in the program's name appended to the chair's log after members wrote is refused, as a full check refuses it")
    func programLineAfterMembers() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let log = workspace.fixture.layout.chairAuditFile
        let text = try String(contentsOf: log, encoding: .utf8)
        let first = try #require(text.split(separator: "\n").first { $0.contains("\"actor\":\"\(WorkspaceCreator.systemActor)\"") })
        try TestFiles.append(Data((first + "\n").utf8), to: log)
        let report = workspace.check()
        #expect(report.readOn == ["chair/audit.jsonl"])
        #expect(report.problems.contains { $0.contains("от името на програмата след записи") }, "\(report.problems)")
        #expect(report.problems == workspace.check(full: true).problems)
    }

    @Test("A log cut short, or cut and written anew, after a check is read whole")
    func cutLog() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let log = workspace.fixture.layout.auditFile("e1")
        var lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast(2)
        try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: false, encoding: .utf8)
        let cut = workspace.check()
        #expect(cut.readOn.isEmpty)
        #expect(!cut.isClean)
        #expect(cut.problems == workspace.check(full: true).problems)
        // The cut log padded back to more than its old length with a line that is not the old one.
        try TestFiles.append(Data((String(repeating: "x", count: 4_000) + "\n").utf8), to: log)
        let padded = workspace.check()
        #expect(padded.readOn.isEmpty)
        #expect(padded.problems == workspace.check(full: true).problems)
    }

    @Test("linesMatch: only whole lines with the recorded hashes match")
    func linesMatch() throws {
        let data = Data("{\"a\":1}\n{\"b\":2}\n{\"c\":3}".utf8)
        let whole = AuditLog.parse(data)
        let first = Data("{\"a\":1}\n{\"b\":2}\n".utf8).count
        #expect(AuditLog.linesMatch(data, count: first, hashes: whole.lineHashes))
        #expect(AuditLog.linesMatch(data, count: 0, hashes: []))
        #expect(!AuditLog.linesMatch(data, count: first, hashes: Array(whole.lineHashes.prefix(1))))
        #expect(!AuditLog.linesMatch(data, count: first - 1, hashes: Array(whole.lineHashes.prefix(1))), "a line cut in the middle")
        #expect(!AuditLog.linesMatch(data, count: data.count + 1, hashes: whole.lineHashes))
        #expect(!AuditLog.linesMatch(data, count: first, hashes: whole.lineHashes.reversed()))
    }
}
