import EvaluationCore
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// `AuditLogTail` reads from the end of a log what a writer needs: it must agree with `AuditLog.parse`
/// (the whole log read) on every log, whole or with an interrupted last line.
@Suite("A writer's log read from its end")
struct AuditLogTailTests {
    /// A log of random lines: entries of a few targets, lines that are not entries, empty lines,
    /// lines longer than the first window, and perhaps an interrupted last line.
    static func randomLog(_ generator: inout some RandomNumberGenerator) throws -> Data {
        let targets = ["sheets/e1/P-1.admin.json", "sheets/e1/P-1.quality.json", "sheets/e1/P-2.admin.json", "sheets/e1/declaration.json"]
        var log = Data()
        var previous = SHA256Digest.zero
        for index in 0..<Int.random(in: 0...40, using: &generator) {
            let line: Data
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: line = Data("not json \(index)".utf8)
            case 1: line = Data()
            default:
                let long = Int.random(in: 0..<8, using: &generator) == 0
                let note = String(repeating: "Обосновка „\(index)“ 😀\\ ", count: long ? 4_000 : Int.random(in: 0...5, using: &generator))
                let entry = AuditEntry(at: "2025-12-01T10:12:00+02:00", actor: "e1", action: "sheet.score",
                                       target: targets.randomElement(using: &generator) ?? "", before: .null,
                                       after: .object(["$.note": .string(note)]), sha256: SHA256Digest.hex("\(index)"), prev: previous)
                line = try CanonicalJSON.line(entry)
            }
            previous = SHA256Digest.hex(line)
            log.append(line)
            log.append(0x0A)
        }
        if Bool.random(using: &generator) {
            log.append(Data(#"{"at":"2025-12-01T10:1"#.utf8))
            if Bool.random(using: &generator) { log.append(Data(String(repeating: "ж", count: 40_000).utf8)) }
        }
        return log
    }

    @Test("On random logs: the last line's hash, the complete bytes and the torn tail are those of the whole log read")
    func agreesWithTheWholeLog() throws {
        var generator = SystemRandomNumberGenerator()
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<150 {
            let log = try Self.randomLog(&generator)
            let url = folder.appendingPathComponent("audit-\(round).jsonl")
            try log.write(to: url)
            let whole = AuditLog.parse(log, keepingChanges: false)
            let tail = try AuditLogTail.read(url).get()
            #expect(tail.lastHash == whole.lastHash)
            #expect(tail.tornTail == whole.tornTail)
            #expect(tail.completeBytes == log.count - whole.tornTail)
            #expect(try AuditLogTail.bytes(of: url, count: tail.completeBytes).get() == log.prefix(tail.completeBytes))
            for target in Set(whole.entries.map(\.target)).union(["sheets/e1/none.json"]) {
                let latest = AuditLogTail.latestEntries(for: target, in: log.prefix(tail.completeBytes), count: 2)
                #expect(latest.first == whole.lastEntry(for: target))
                #expect(latest.dropFirst().first == whole.previousEntry(for: target))
                #expect(latest.count <= 2)
            }
        }
    }

    @Test("A missing log is empty; a link or a folder is refused, as AuditLog.read refuses them")
    func missingLinkFolder() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try AuditLogTail.read(folder.appendingPathComponent("audit.jsonl")).get()
        #expect(missing == AuditLogTail(lastHash: SHA256Digest.zero, completeBytes: 0, tornTail: 0))
        let real = folder.appendingPathComponent("real.jsonl")
        try Data("{}\n".utf8).write(to: real)
        let link = folder.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        guard case .failure(.symbolicLink) = AuditLogTail.read(link) else {
            Issue.record("a link was read")
            return
        }
        guard case .failure(.io) = AuditLogTail.read(folder) else {
            Issue.record("a folder was read")
            return
        }
    }
}
