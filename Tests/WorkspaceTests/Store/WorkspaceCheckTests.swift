import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("WorkspaceCheck: every problem names its file, and the check writes nothing")
struct WorkspaceCheckTests {
    /// The check's problems for `fixture` after `damage`, and whether the workspace stayed as damaged.
    static func problems(after damage: (WorkspaceFixture) throws -> Void) throws -> [String] {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        try damage(fixture)
        let before = try fixture.contents()
        let report = WorkspaceCheck.run(fixture.root, language: .bulgarian)
        #expect(try fixture.contents() == before, "the check changed the workspace")
        #expect(!report.isClean)
        return report.problems
    }

    @Test("A workspace made through the library is clean, with its summary")
    func clean() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let report = WorkspaceCheck.run(fixture.root, language: .bulgarian)
        #expect(report.isClean, "\(report.problems)")
        #expect(report.summary.hasPrefix("Работното пространство е наред: 3 предложения"))
        #expect(report.snapshot?.proposals.map(\.id) == ["P-1", "P-2", "P-3"])
    }

    @Test("A damaged file is named, with what is wrong with it")
    func damagedFile() throws {
        let problems = try Self.problems { fixture in
            let file = fixture.layout.evaluatorFolder("e1").appendingPathComponent("declaration.json")
            try Data(contentsOf: file).prefix(10).write(to: file)
        }
        #expect(problems.contains { $0.contains("sheets/e1/declaration.json") && $0.contains("не е валиден JSON") }, "\(problems)")
    }

    @Test("A file changed behind the program's back is named: its content is not the last one its log records")
    func editedFile() throws {
        let problems = try Self.problems { fixture in
            let file = fixture.layout.evaluatorFolder("e1").appendingPathComponent("declaration.json")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "2025", with: "2024").utf8).write(to: file)
        }
        #expect(problems.contains { $0.contains("sheets/e1/declaration.json: съдържанието не съвпада с последното записано") }, "\(problems)")
    }

    @Test("A file the program does not know is named")
    func unknownFile() throws {
        let problems = try Self.problems { fixture in
            try Data("{}".utf8).write(to: fixture.layout.evaluatorFolder("e1").appendingPathComponent("stray.json"))
        }
        #expect(problems.contains { $0.contains("sheets/e1/stray.json") }, "\(problems)")
    }

    @Test("A line removed from a log breaks its chain, named with the log and the line")
    func brokenChain() throws {
        let problems = try Self.problems { fixture in
            let log = fixture.layout.chairAuditFile
            var lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
            lines.remove(at: 1)
            try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
        }
        #expect(problems.contains { $0.contains("chair/audit.jsonl: ред 2: веригата е прекъсната") }, "\(problems)")
    }
}
