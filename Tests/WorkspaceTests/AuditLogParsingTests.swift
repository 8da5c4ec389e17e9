import EvaluationCore
import Foundation
import Testing
import Workspace

/// `AuditLog.parse` reads the lines its fast reader is sure of from its tree, and the rest with
/// `JSONDecoder`: either way each line must become the entry `JSONDecoder` makes of it, or none.
@Suite("Reading audit lines")
struct AuditLogParsingTests {
    static let entry = AuditEntry(
        at: "2025-12-01T10:12:00+02:00", actor: "e1", action: "sheet.score", target: "sheets/e1/P-7.quality.json",
        before: .object(["$.scores[\"1.1\"].points": .null]),
        after: .object(["$.scores[\"1.1\"].points": .string("3"), "$.format": .number(1), "$.scores[\"1.1\"].note": .string("Три „проекта“ 😀\n")]),
        sha256: String(repeating: "a", count: 64), prev: SHA256Digest.zero)

    static let lines: [String] = {
        let canonical = String(decoding: (try? CanonicalJSON.line(entry)) ?? Data(), as: UTF8.self)
        let plain = #""at":"2025-12-01T10:12:00+02:00","actor":"e1","action":"x","target":"t","sha256":"s","prev":"p""#
        return [
            canonical,
            "{" + plain + #","before":null,"after":{}}"#,
            "{" + plain + #","before":[1,-2,"\u0416"],"after":true,"extra":{"a":1.5}}"#,
            "{" + plain + #","before":{}}"#,
            "{" + plain + #","before":{},"after":{},"at":"twice"}"#,
            #"{"at":5,"actor":"e1","action":"x","target":"t","sha256":"s","prev":"p","before":{},"after":{}}"#,
            #"{"at":null,"actor":"e1","action":"x","target":"t","sha256":"s","prev":"p","before":{},"after":{}}"#,
            "{" + plain + #","before":{"n":1e2},"after":{"n":0.5}}"#,
            "[" + canonical + "]",
            "not json",
            "",
            "   {" + plain + ",\"before\":{},\"after\":{}}  ",
        ]
    }()

    @Test("Each line becomes the entry JSONDecoder makes of it, or is reported; a key twice is reported", arguments: 0..<lines.count)
    func sameAsDecoder(_ index: Int) {
        let line = Self.lines[index]
        let reading = AuditLog.parse(Data((line + "\n").utf8))
        // JSONDecoder takes one of two equal keys (line 4); the program's reader refuses the line.
        let expected = index == 4 ? nil : try? JSONDecoder().decode(AuditEntry.self, from: Data(line.utf8))
        #expect(reading.entries.first == expected)
        #expect(reading.entries.count == (expected == nil ? 0 : 1))
        #expect(reading.problems.count >= (expected == nil ? 1 : 0))
        #expect(reading.lastHash == SHA256Digest.hex(line))
        // Without the changes: the same lines read, the same problems, `before` and `after` not kept.
        let lean = AuditLog.parse(Data((line + "\n").utf8), keepingChanges: false)
        #expect(lean.entries == reading.entries.map { entry in
            var entry = entry
            (entry.before, entry.after) = (.null, .null)
            return entry
        })
        #expect(lean.problems == reading.problems && lean.lastHash == reading.lastHash)
    }

    @Test("The chain: every prev checked, an interrupted last line counted, latest entries by target")
    func chain() throws {
        var first = Self.entry
        first.target = "a.json"
        let firstLine = try CanonicalJSON.line(first)
        var second = Self.entry
        second.target = "b.json"
        second.prev = SHA256Digest.hex(firstLine)
        var third = Self.entry
        third.target = "a.json"
        third.prev = "broken"
        var log = Data()
        for line in [firstLine, try CanonicalJSON.line(second), try CanonicalJSON.line(third)] {
            log.append(line)
            log.append(0x0A)
        }
        log.append(Data("{\"at\":".utf8))
        let reading = AuditLog.parse(log)
        #expect(reading.entries == [first, second, third])
        #expect(reading.problems.map(\.place) == ["ред 3"])
        #expect(reading.tornTail == 6)
        let latest = reading.latestEntries()
        #expect(latest["a.json"]?.last == third && latest["a.json"]?.previous == first)
        #expect(latest["b.json"]?.last == second && latest["b.json"]?.previous == nil)
        #expect(latest["a.json"]?.last == reading.lastEntry(for: "a.json"))
        #expect(latest["a.json"]?.previous == reading.previousEntry(for: "a.json"))
    }
}
