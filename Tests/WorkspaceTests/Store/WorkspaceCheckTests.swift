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

    @Test("The draw's proposals not in the register and members who are not evaluators are named, by stage and proposal in order")
    func drawReferences() throws {
        let problems = try Self.problems { fixture in
            let file = fixture.layout.assignmentsFile
            var draw = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            var admin = try #require(draw["admin"] as? [String: [String]])
            var quality = try #require(draw["quality"] as? [String: [String]])
            admin["P-9"] = ["e1"]
            admin["P-0"] = ["e2", "x"]
            admin["P-1", default: []].append("chair")
            quality["P-5"] = ["e1"]
            draw["admin"] = admin
            draw["quality"] = quality
            try JSONSerialization.data(withJSONObject: draw).write(to: file)
        }
        let references = problems.filter { $0.hasPrefix("chair/assignments.json: admin") || $0.hasPrefix("chair/assignments.json: quality") }
        #expect(references == [
            "chair/assignments.json: admin: няма предложение „P-0“ в регистъра",
            "chair/assignments.json: admin.P-0: „x“ не е оценител в комисията",
            "chair/assignments.json: admin.P-1: „chair“ не е оценител в комисията",
            "chair/assignments.json: admin: няма предложение „P-9“ в регистъра",
            "chair/assignments.json: quality: няма предложение „P-5“ в регистъра",
        ], "\(problems)")
    }

    @Test("Sheets of either stage for proposals not in the register are named, by evaluator and proposal in order, each proposal once")
    func sheetsOfUnknownProposals() throws {
        var expected: [String] = []
        let problems = try Self.problems { fixture in
            try fixture.admit("P-1")
            for evaluator in try fixture.assigned("P-1", .quality) { _ = try fixture.score("P-1", by: evaluator, levelIndex: 1) }
            var made: [(evaluator: String, proposal: String)] = []
            for evaluator in ["e1", "e2", "e3"] {
                let folder = fixture.layout.evaluatorFolder(evaluator)
                for stage in [Assignments.Stage.admin, .quality] {
                    let file = folder.appendingPathComponent(WorkspaceLayout.sheetFileName(proposal: "P-1", stage: stage))
                    guard FileManager.default.fileExists(atPath: file.path) else { continue }
                    // Both stages' sheets for P-98 (named once for an evaluator who has both), an admin
                    // sheet alone for P-99 and a quality sheet alone for P-97.
                    let copies = stage == .admin ? ["P-98", "P-99"] : ["P-98", "P-97"]
                    for proposal in copies {
                        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"P-1\"", with: "\"\(proposal)\"")
                        try Data(text.utf8).write(to: folder.appendingPathComponent(WorkspaceLayout.sheetFileName(proposal: proposal, stage: stage)))
                        made.append((evaluator, proposal))
                    }
                }
            }
            try #require(made.contains { $0.proposal == "P-97" } && made.contains { $0.proposal == "P-99" }, "\(made)")
            let unique = Set(made.map { "\($0.evaluator) \($0.proposal)" }).sorted()
            expected = unique.map { pair in
                let parts = pair.split(separator: " ")
                return "sheets/\(parts[0]): лист за предложение „\(parts[1])“, което не е в регистъра"
            }
        }
        #expect(problems.filter { $0.contains("което не е в регистъра") } == expected, "\(problems)")
    }

    @Test("Several files of one log changed, deleted or written behind the program's back: each named once, in the order of their paths")
    func filesInOrder() throws {
        let problems = try Self.problems { fixture in
            for proposal in ["P-1", "P-2"] {
                try fixture.admit(proposal)
                for evaluator in try fixture.assigned(proposal, .quality) { _ = try fixture.score(proposal, by: evaluator, levelIndex: 1) }
            }
            let folder = fixture.layout.evaluatorFolder("e1")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") && $0 != "declaration.json" }.sorted()
            try #require(names.count >= 2, "\(names)")
            for name in names.prefix(2) {
                let file = folder.appendingPathComponent(name)
                try Data((try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "2025", with: "2024").utf8).write(to: file)
            }
            try FileManager.default.removeItem(at: folder.appendingPathComponent("declaration.json"))
            try FileManager.default.copyItem(at: folder.appendingPathComponent(names[0]), to: folder.appendingPathComponent("P-3.quality.json"))
        }
        // What the comparison with e1's log finds: two sheets changed, one written outside the program,
        // the declaration deleted.
        let files = problems.compactMap { problem -> String? in
            guard problem.hasPrefix("sheets/e1/"), problem.contains("sheets/e1/audit.jsonl"), let colon = problem.firstIndex(of: ":") else { return nil }
            return String(problem[..<colon])
        }
        #expect(files == ["sheets/e1/P-1.quality.json", "sheets/e1/P-2.quality.json", "sheets/e1/P-3.quality.json", "sheets/e1/declaration.json"],
                "\(problems)")
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
