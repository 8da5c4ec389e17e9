import EvaluationCore
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// A log's head read on from where it was last read must be the head of the whole log read from
/// its start, whatever happened to the file in between.
@Suite("A log's head read on from its last position")
struct LogPositionTests {
    /// The complete lines of `data` split at random places into chunks written one after another,
    /// some ending inside a line.
    private func chunks(of data: Data, _ generator: inout some RandomNumberGenerator) -> [Data] {
        var chunks: [Data] = []
        var start = 0
        while start < data.count {
            let end = min(data.count, start + Int.random(in: 1...60_000, using: &generator))
            chunks.append(data[start..<end])
            start = end
        }
        return chunks
    }

    private func fresh(_ url: URL) throws -> LogPosition {
        let read = try LogPosition.read(url, from: nil)
        #expect(read.readWhole || read.position == .empty)
        return read.position
    }

    @Test("On random logs written in random chunks: each position read on from the one before is the whole log's")
    func appends() throws {
        var generator = SystemRandomNumberGenerator()
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<60 {
            let url = folder.appendingPathComponent("audit-\(round).jsonl")
            try Data().write(to: url)
            var written = Data()
            var known: LogPosition?
            for chunk in chunks(of: try AuditLogTailTests.randomLog(&generator), &generator) {
                try TestFiles.append(chunk, to: url)
                written.append(chunk)
                let read = try LogPosition.read(url, from: known)
                #expect(read.position == (try fresh(url)))
                #expect(read.position.head == AuditLog.head(of: written))
                if let known, known.lines > 0 { #expect(!read.readWhole, "an appended log is read on, not again") }
                known = read.position
            }
        }
    }

    @Test("A log cut, rewritten or replaced after its position was read is read again from its start")
    func rewritten() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("audit.jsonl")
        let lines = (1...30).map { "{\"ред\":\($0),\"обосновка\":\"\(String(repeating: "ж", count: $0 * 40))\"}\n" }
        try Data(lines.joined().utf8).write(to: url)
        let known = try fresh(url)
        let cases: [(String, String)] = [
            ("cut", lines.prefix(20).joined()),
            ("the last line changed, same length", lines.dropLast().joined() + lines[29].replacingOccurrences(of: "30", with: "31")),
            ("the last line moved", "{}\n" + lines.joined()),
            ("longer, another last line where it was", lines.dropLast().joined() + lines[29].replacingOccurrences(of: "30", with: "31") + lines[0]),
            ("emptied", ""),
            ("a torn line where the last one was", lines.dropLast().joined() + String(lines[29].dropLast())),
        ]
        for (name, text) in cases {
            try Data(text.utf8).write(to: url)
            let read = try LogPosition.read(url, from: known)
            #expect(read.position == (try fresh(url)), "\(name)")
            #expect(read.position.head == AuditLog.head(of: Data(text.utf8)), "\(name)")
        }
    }

    @Test("A stored position that does not fit the log is not believed")
    func wrongPositions() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("audit.jsonl")
        let text = (1...12).map { "{\"ред\":\($0)}\n" }.joined()
        try Data(text.utf8).write(to: url)
        let right = try fresh(url)
        let wrong = [
            LogPosition(bytes: right.bytes, lines: right.lines, lastLineStart: right.lastLineStart, lastHash: SHA256Digest.zero),
            LogPosition(bytes: right.bytes + 5, lines: right.lines, lastLineStart: right.lastLineStart, lastHash: right.lastHash),
            LogPosition(bytes: right.bytes, lines: right.lines, lastLineStart: right.lastLineStart + 2, lastHash: right.lastHash),
            LogPosition(bytes: 1 << 40, lines: 3, lastLineStart: 1 << 39, lastHash: right.lastHash),
            LogPosition(bytes: right.bytes, lines: right.lines, lastLineStart: right.bytes, lastHash: right.lastHash),
        ]
        for position in wrong {
            #expect(try LogPosition.read(url, from: position).position == right, "\(position)")
        }
    }

    @Test("A missing log is empty; a link is refused")
    func missingAndLink() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LogPosition.read(folder.appendingPathComponent("none.jsonl"), from: nil).position == .empty)
        let target = folder.appendingPathComponent("real.jsonl")
        try Data("{}\n".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(throws: WorkspaceError.self) { try LogPosition.read(link, from: nil) }
    }

    @Test("The positions are kept between sessions, written only after a log was read from its start or far on")
    func keptBetweenSessions() throws {
        let folder = try TestFiles.temporaryFolder()
        let base = try TestFiles.temporaryFolder()
        let cache = base.appendingPathComponent("cache")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: base)
        }
        let url = folder.appendingPathComponent("audit.jsonl")
        try Data((1...50).map { "{\"ред\":\($0)}\n" }.joined().utf8).write(to: url)
        var first = LogPositions.load(for: folder, in: cache)
        let position = try first.position(of: url, named: "audit.jsonl")
        first.save()
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("positions-") })
        let inode = try FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent(file).path)[.systemFileNumber] as? Int
        try TestFiles.append(Data("{\"ред\":51}\n".utf8), to: url)
        var second = LogPositions.load(for: folder, in: cache)
        let grown = try second.position(of: url, named: "audit.jsonl")
        #expect(grown.lines == position.lines + 1)
        #expect(grown == (try fresh(url)))
        second.save()
        #expect(try FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent(file).path)[.systemFileNumber] as? Int == inode,
                "a small step on is not written")
        // A file of another shape is ignored.
        try Data("ocenka-log-positions 1\n\(folder.standardizedFileURL.path)\nзле".utf8).write(to: cache.appendingPathComponent(file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: cache.appendingPathComponent(file).path)
        var third = LogPositions.load(for: folder, in: cache)
        #expect(try third.position(of: url, named: "audit.jsonl") == grown)
    }
}
