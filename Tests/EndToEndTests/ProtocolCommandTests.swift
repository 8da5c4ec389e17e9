import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("ocenka protocol on the demo workspace, run as a user runs it")
struct ProtocolCommandTests {
    static let moment = "2025-12-15T12:00:00+02:00"
    static let procedureID = "coiduem-33.24-2025"

    /// The demo, made once by `ocenka demo` and copied for every test that writes.
    static let demo: Result<URL, any Error> = Result {
        let folder = try CommandRun.temporaryFolder().appendingPathComponent("demo", isDirectory: true)
        let run = try CommandRun.ocenka(["demo", folder.path, "--summary"])
        guard run.status == 0 else { throw DemoFailed(output: run.standardError + run.standardOutput) }
        return folder
    }

    struct DemoFailed: Error, CustomStringConvertible {
        let output: String
        var description: String { "ocenka demo failed: \(output)" }
    }

    /// A fresh copy of the demo, removed by the caller.
    static func demoCopy() throws -> URL {
        let copy = try CommandRun.temporaryFolder().appendingPathComponent("demo", isDirectory: true)
        try FileManager.default.copyItem(at: try demo.get(), to: copy)
        return copy
    }

    /// The protocol's lines without the row of the chair's log in section VII.
    static func withoutChairHead(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("chair/audit.jsonl ") }
    }

    /// Compares `text` with the golden file; `OCENKA_UPDATE_GOLDEN=1` rewrites it.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Golden.expect(text, file: TestFiles.packageRoot.appendingPathComponent("Tests/ReportsTests/Golden/\(name)"),
                          sourceLocation: sourceLocation)
    }

    @Test("The demo's protocol, in Bulgarian and in English, is the golden file byte for byte",
          arguments: [("bg", "protocol-demo.bg.txt"), ("en", "protocol-demo.en.txt")])
    func golden(language: String, file: String) throws {
        let run = try CommandRun.ocenka(["protocol", "--workspace", try Self.demo.get().path, "--generated-at", Self.moment,
                                         "--stdout", "--lang", language])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)
        try Self.expectGolden(run.standardOutput, file)
        #expect(run.standardOutput.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 100 })
        #expect(!run.standardOutput.contains("\u{00A0}"))
    }

    @Test("--width sets the width of every line", arguments: [80, 120])
    func width(width: Int) throws {
        let run = try CommandRun.ocenka(["protocol", "--workspace", try Self.demo.get().path, "--generated-at", Self.moment,
                                         "--stdout", "--width", String(width)])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(lines.contains { DisplayWidth.of($0) > width - 10 }, "the width is used")
    }

    @Test("By default the protocol goes to exports/ with the CSVs, the list and the notices beside it; a second export on the same day is numbered, never overwriting; each file is in chair/exports.json; check still passes")
    func exports() throws {
        let root = try Self.demoCopy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let arguments = ["protocol", "--workspace", root.path, "--generated-at", Self.moment]
        let first = try CommandRun.ocenka(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        let exports = root.appendingPathComponent("exports")
        func names(_ suffix: String) -> [String] {
            let base = "\(Self.procedureID)-2025-12-15\(suffix)"
            return ["protocol-\(base).txt", "ranking-\(base).csv", "scores-\(base).csv", "not-admitted-\(base).txt",
                    "remedy-notice-33.24-2025-010-\(base).txt"]
        }
        for name in names("") {
            #expect(first.standardOutput.contains(exports.appendingPathComponent(name).path), "\(name) not reported")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: exports.path).sorted() == names("").sorted())
        let written = try names("").map { try Data(contentsOf: exports.appendingPathComponent($0)) }
        let printed = try CommandRun.ocenka(arguments + ["--stdout"])
        // The export itself is a line in the chair's log, which section VII pins: only that row differs.
        #expect(Self.withoutChairHead(written[0]) == Self.withoutChairHead(Data(printed.standardOutput.utf8)))
        #expect(written[0] != Data(printed.standardOutput.utf8), "the protocol pins the chair's log as it was")
        let ranking = String(decoding: written[1], as: UTF8.self)
        #expect(ranking.hasPrefix("priority,rank,proposal,applicant,applicantEik,score,amount,runningTotal,status,reasons\n"))
        let scores = String(decoding: written[2], as: UTF8.self)
        #expect(scores.hasPrefix("proposal,evaluator,stage,criterion,answer,points,note,status,updatedAt,submittedAt\n"))
        #expect(scores.contains("\n33.24-2025-005,e3,admin,I.1,no,,"))
        let list = String(decoding: written[3], as: UTF8.self)
        #expect(list.contains("33.24-2025-005"))
        #expect(list.contains("Основание за недопускане:"))
        let notice = String(decoding: written[4], as: UTF8.self)
        #expect(notice.contains("УВЕДОМЛЕНИЕ"))
        #expect(notice.contains("до 03.12.2025 г. включително"))

        let second = try CommandRun.ocenka(arguments)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try names("").map { try Data(contentsOf: exports.appendingPathComponent($0)) } == written, "the first export is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: exports.path).sorted() == (names("") + names("-2")).sorted())
        #expect(Self.withoutChairHead(try Data(contentsOf: exports.appendingPathComponent(names("-2")[0]))) == Self.withoutChairHead(written[0]))

        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("chair/exports.json"))) as? [String: Any])
        let entries = try #require(log["exports"] as? [[String: Any]])
        #expect(entries.compactMap { $0["file"] as? String } == (names("") + names("-2")).map { "exports/" + $0 })
        let digest = SHA256Digest.hex(written[0])
        #expect(entries.first?["sha256"] as? String == digest)
        #expect(entries.first?["by"] as? String == "chair")
        let audit = try String(contentsOf: root.appendingPathComponent("chair/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"action\":\"protocol.export\""))

        let check = try CommandRun.ocenka(["check", "--workspace", root.path])
        #expect(check.status == 0, "\(check.standardError)")
    }

    @Test("An explicit -o that exists is refused and nothing is written")
    func noOverwrite() throws {
        let root = try Self.demoCopy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let target = root.deletingLastPathComponent().appendingPathComponent("signed.txt")
        try Data("подписан".utf8).write(to: target)
        let run = try CommandRun.ocenka(["protocol", "--workspace", root.path, "-o", target.path, "--generated-at", Self.moment])
        #expect(run.status == 1)
        #expect(run.standardError.contains("не презаписва"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "подписан")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("chair/exports.json").path))
    }

    @Test("33.24-2025-022 asks 25 600,00 over the maximum 25 000,00: not approved; after a correction of 600,00 ranked with 25 000,00 (12 782,30 €)")
    func aboveMaximum() throws {
        let root = try Self.demoCopy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        func rank() throws -> [String: Any] {
            let run = try CommandRun.ocenka(["rank", "--workspace", root.path, "--format", "json"])
            #expect(run.status == 0, "\(run.standardError)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        }
        func rows(_ json: [String: Any]) -> [[String: Any]] {
            ((json["priorities"] as? [[String: Any]]) ?? []).flatMap { ($0["rows"] as? [[String: Any]]) ?? [] }
        }
        let before = try rank()
        #expect(!rows(before).contains { $0["proposal"] as? String == "33.24-2025-022" })
        let held = ((before["unranked"] as? [[String: Any]]) ?? []).first { $0["proposal"] as? String == "33.24-2025-022" }
        #expect(held?["status"] as? String == "needsDecision")
        #expect(held?["reasons"] as? [String] == ["aboveMaximum"])
        #expect(before["currency"] as? String == "BGN")

        let admit = try CommandRun.ocenka(["decide", "admin", "--workspace", root.path, "--as", "chair", "--proposal", "33.24-2025-022",
                                           "--admitted", "yes", "--reason", "x"])
        #expect(admit.status == 1)
        #expect(admit.standardError.contains("не отменя границите"))
        let correct = try CommandRun.ocenka(["decide", "correct", "--workspace", root.path, "--as", "chair", "--proposal", "33.24-2025-022",
                                             "--amount", "600.00", "--reason", "Сумата над максимума от 25 000 лв. (т. 3 от Насоките) е недопустима."],
                                            environment: ["OCENKA_NOW": "2025-12-15T10:00:00+02:00"])
        #expect(correct.status == 0, "\(correct.standardError)")
        let after = try rank()
        let row = try #require(rows(after).first { $0["proposal"] as? String == "33.24-2025-022" })
        #expect(row["amount"] as? String == "25000.00")
        #expect(row["amountEUR"] as? String == "12782.30")
        #expect(row["status"] as? String == "approved")
        let text = try CommandRun.ocenka(["protocol", "--workspace", root.path, "--stdout", "--generated-at", Self.moment])
        #expect(text.standardOutput.contains("33.24-2025-022"))
        #expect(text.standardOutput.contains("25 000,00  12 782,30"))
    }

    @Test("-o writes the protocol where asked, the CSVs beside it, relative to the current folder")
    func output() throws {
        let root = try Self.demoCopy()
        let folder = root.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.ocenka(["protocol", "--workspace", "demo", "-o", "out/protocol.txt", "--generated-at", Self.moment,
                                         "--lang", "en"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        let out = folder.appendingPathComponent("out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["not-admitted-\(Self.procedureID)-2025-12-15.txt", "protocol.txt", "ranking-\(Self.procedureID)-2025-12-15.csv",
                    "remedy-notice-33.24-2025-010-\(Self.procedureID)-2025-12-15.txt", "scores-\(Self.procedureID)-2025-12-15.csv"])
        #expect(try String(contentsOf: out.appendingPathComponent("protocol.txt"), encoding: .utf8).contains(
            String(repeating: " ", count: 38) + "PROTOCOL No. ОК-33.24-1\n"))
        #expect(run.standardOutput.contains("The protocol is written to \(out.appendingPathComponent("protocol.txt").path)"))
        // The CSVs as CSV.swift's writer wrote them before the program had its own writer.
        for (file, golden) in [("ranking", "ranking-demo.csv"), ("scores", "scores-demo.csv")] {
            try Self.expectGolden(try String(contentsOf: out.appendingPathComponent("\(file)-\(Self.procedureID)-2025-12-15.csv"),
                                             encoding: .utf8), golden)
        }
    }

    @Test("A --generated-at that is not an ISO 8601 moment with an offset is refused with exit 1 and writes nothing",
          arguments: ["2025-12-15", "2025-12-15T12:00:00", "15.12.2025 12:00", "2025-13-15T12:00:00+02:00"])
    func badMoment(text: String) throws {
        let root = try Self.demoCopy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let run = try CommandRun.ocenka(["protocol", "--workspace", root.path, "--generated-at", text])
        #expect(run.status == 1)
        #expect(run.standardError.contains("--generated-at: „\(text)“ не е момент по ISO 8601 с часова зона"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("exports").path).isEmpty)
    }

    @Test("Without --generated-at the moment is the clock's (OCENKA_NOW)")
    func clock() throws {
        let run = try CommandRun.ocenka(["protocol", "--workspace", try Self.demo.get().path, "--stdout"],
                                        environment: ["OCENKA_NOW": "2025-12-20T09:30:00+02:00"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Изготвен на:            20.12.2025 г., 09:30 ч."))
    }

    @Test("A folder that is not a workspace is an error, exit 1")
    func notAWorkspace() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.ocenka(["protocol", "--workspace", folder.path, "--stdout"])
        #expect(run.status == 1)
        #expect(!run.standardError.isEmpty)
        #expect(run.standardOutput.isEmpty)
    }
}
