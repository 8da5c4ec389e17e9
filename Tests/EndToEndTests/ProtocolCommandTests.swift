import EvaluationCore
import Foundation
import Testing

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

    /// Compares `text` with the golden file; `OCENKA_UPDATE_GOLDEN=1` rewrites it.
    static func expectGolden(_ text: String, _ name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ReportsTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["OCENKA_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from Golden/\(name); read the difference, then OCENKA_UPDATE_GOLDEN=1 if it is right")
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

    @Test("By default the protocol goes to exports/ with the two CSVs beside it; twice gives the same bytes; check still passes")
    func exports() throws {
        let root = try Self.demoCopy()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let arguments = ["protocol", "--workspace", root.path, "--generated-at", Self.moment]
        let first = try CommandRun.ocenka(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        let exports = root.appendingPathComponent("exports")
        let names = ["protocol-\(Self.procedureID)-2025-12-15.txt", "ranking-\(Self.procedureID)-2025-12-15.csv",
                     "scores-\(Self.procedureID)-2025-12-15.csv"]
        for name in names {
            #expect(first.standardOutput.contains(exports.appendingPathComponent(name).path), "\(name) not reported")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: exports.path).sorted() == names.sorted())
        let written = try names.map { try Data(contentsOf: exports.appendingPathComponent($0)) }
        let printed = try CommandRun.ocenka(arguments + ["--stdout"])
        #expect(written[0] == Data(printed.standardOutput.utf8))
        let ranking = String(decoding: written[1], as: UTF8.self)
        #expect(ranking.hasPrefix("priority,rank,proposal,applicant,applicantEik,score,amount,runningTotal,status,reasons\n"))
        let scores = String(decoding: written[2], as: UTF8.self)
        #expect(scores.hasPrefix("proposal,evaluator,stage,criterion,answer,points,note,status,updatedAt,submittedAt\n"))
        #expect(scores.contains("\n33.24-2025-005,e3,admin,I.1,no,,"))

        let second = try CommandRun.ocenka(arguments)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try names.map { try Data(contentsOf: exports.appendingPathComponent($0)) } == written)

        let check = try CommandRun.ocenka(["check", "--workspace", root.path])
        #expect(check.status == 0, "\(check.standardError)")
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
                == ["protocol.txt", "ranking-\(Self.procedureID)-2025-12-15.csv", "scores-\(Self.procedureID)-2025-12-15.csv"])
        #expect(try String(contentsOf: out.appendingPathComponent("protocol.txt"), encoding: .utf8).hasPrefix(
            String(repeating: " ", count: 46) + "PROTOCOL\n"))
        #expect(run.standardOutput.contains("The protocol is written to \(out.appendingPathComponent("protocol.txt").path)"))
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
