import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("A writer's session: only its own folder, every change audited, nothing written on a refusal")
struct WriterSessionTests {
    static func session(_ fixture: WorkspaceFixture, _ id: String) throws -> WriterSession {
        try WriterSession.evaluator(fixture.layout, id: id, clock: fixture.clock, waiting: { _ in })
    }

    @Test("An evaluator may not write into another evaluator's folder, the chair's, or a hidden file of their own")
    func ownFolderOnly() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let before = try fixture.contents()
        let session = try Self.session(fixture, "e1")
        defer { session.close() }
        let targets = [
            fixture.layout.evaluatorFolder("e2").appendingPathComponent("note.json"),
            fixture.layout.chairFolder.appendingPathComponent("decisions.json"),
            fixture.layout.evaluatorFolder("e1").appendingPathComponent(".hidden.json"),
        ]
        for target in targets {
            #expect {
                try session.save(Data("{}".utf8), to: target, action: .sheetNote)
            } throws: { error in
                guard case WorkspaceError.refused(let text) = error else { return false }
                return text.bulgarian.hasPrefix("e1 не може да пише в ") && text.english.hasPrefix("e1 may not write ")
            }
        }
        #expect(try fixture.contents() == before)
    }

    @Test("A save appends one signed line naming the file, its SHA-256 and the line before; saving the same bytes again adds none")
    func auditedOnce() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let session = try Self.session(fixture, "e1")
        defer { session.close() }
        let target = fixture.layout.evaluatorFolder("e1").appendingPathComponent("note.json")
        let logBefore = try Data(contentsOf: fixture.layout.auditFile("e1"))
        let data = Data("{\"a\":1}\n".utf8)
        try session.save(data, to: target, action: .sheetNote)
        try session.save(data, to: target, action: .sheetNote)
        #expect(try Data(contentsOf: target) == data)
        let log = try Data(contentsOf: fixture.layout.auditFile("e1"))
        #expect(log.starts(with: logBefore))
        let added = String(decoding: log.dropFirst(logBefore.count), as: UTF8.self).split(separator: "\n")
        #expect(added.count == 1)
        let entry = try #require(session.latestEntries(of: target).last)
        #expect(entry.target == "sheets/e1/note.json")
        #expect(entry.action == AuditAction.sheetNote.recorded)
        #expect(entry.sha256 == SHA256Digest.hex(data))
        let previousLine = try #require(String(decoding: logBefore, as: UTF8.self).split(separator: "\n").last)
        #expect(entry.prev == SHA256Digest.hex(Data(previousLine.utf8)))
    }
}
