import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("Locks, tampering and bad input")
struct WorkspaceIntegrityTests {
    /// A submitted-ready admin sheet of e1 for `proposal`, as JSON text with `change` applied.
    static func adminSheetJSON(_ proposal: String, evaluator: String = "e1", _ change: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var object: [String: Any] = [
            "format": 1, "kind": "admin", "proposal": proposal, "evaluator": evaluator,
            "conflict": ["declared": false, "at": "2025-12-01T10:05:00+02:00"],
            "status": "draft",
            "answers": ["I.1": ["answer": "yes", "note": ""], "I.2": ["answer": "na", "note": ""], "II.1": ["answer": "yes", "note": ""]],
            "remedy": [Any](),
        ]
        change(&object)
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// The proposal assigned to `evaluator` for the checklist in the fixture.
    static func adminProposal(of evaluator: String, in fixture: WorkspaceFixture) throws -> String {
        let assignments = try WorkspaceFiles.assignments(fixture.layout)
        return try #require(assignments.proposals(of: evaluator, in: .admin).first)
    }

    @Test("A second session for the same evaluator is refused with the holder's pid")
    func lock() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let desk = try EvaluatorDesk.open(fixture.root, evaluator: "e1", clock: fixture.clock)
        defer { desk.close() }
        let run = try CommandRun.ocenka(["declare", "--workspace", fixture.root.path, "--as", "e1"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("папката се използва от друга сесия на ocenka (e1, процес \(getpid())"))
        let other = try CommandRun.ocenka(["declare", "--workspace", fixture.root.path, "--as", "e2"])
        #expect(other.status == 0, "another evaluator is not locked out: \(other.standardError)")
    }

    @Test("An edited sheet, a deleted audit line and a reordered audit line are each reported by ocenka check")
    func tampering() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try Self.adminProposal(of: "e1", in: fixture)
        let sheetFile = fixture.root.deletingLastPathComponent().appendingPathComponent("sheet.json")
        try Self.adminSheetJSON(proposal).write(to: sheetFile)
        let imported = try CommandRun.ocenka(["sheet", "import", "--workspace", fixture.root.path, "--as", "e1", sheetFile.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        let clean = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(clean.status == 0, "\(clean.standardError)")
        #expect(clean.standardOutput.contains("Работното пространство е наред: 3 предложения"))
        let saved = try fixture.contents()

        let sheetURL = fixture.layout.sheetFile("e1", proposal: proposal, stage: .admin)
        let original = try Data(contentsOf: sheetURL)
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"yes\"", with: "\"no\"").utf8).write(to: sheetURL)
        let edited = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(edited.status == 1)
        #expect(edited.standardError.contains("sheets/e1/\(proposal).admin.json: съдържанието не съвпада с последното записано"))
        try original.write(to: sheetURL)

        let logURL = fixture.layout.auditFile("e1")
        let log = try String(contentsOf: logURL, encoding: .utf8)
        var lines = log.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        try (lines.dropFirst().joined(separator: "\n") + "\n").write(to: logURL, atomically: true, encoding: .utf8)
        let deleted = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(deleted.status == 1)
        #expect(deleted.standardError.contains("sheets/e1/audit.jsonl: ред 1: веригата е прекъсната"))
        #expect(deleted.standardError.contains("sheets/e1/declaration.json: файлът не е записан в дневника"))

        lines.swapAt(0, 1)
        try (lines.joined(separator: "\n") + "\n").write(to: logURL, atomically: true, encoding: .utf8)
        let reordered = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(reordered.status == 1)
        #expect(reordered.standardError.contains("sheets/e1/audit.jsonl: ред 1: веригата е прекъсната"))
        #expect(reordered.standardError.contains("sheets/e1/audit.jsonl: ред 2: веригата е прекъсната"))

        try log.write(to: logURL, atomically: true, encoding: .utf8)
        #expect(try fixture.contents() == saved)
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }

    /// A bad sheet: what is wrong with it, and words the error must say.
    struct BadSheet: Sendable, CustomTestStringConvertible {
        let name: String
        let says: String
        let make: @Sendable (String) throws -> Data
        var testDescription: String { name }
    }

    static let badSheets: [BadSheet] = [
        BadSheet(name: "answers of the wrong type", says: "$.answers: очаква се обект {…}, а е списък") { proposal in
            try adminSheetJSON(proposal) { $0["answers"] = ["yes"] }
        },
        BadSheet(name: "an unknown criterion", says: "$.answers[\"III.9\"]: няма критерий „III.9“") { proposal in
            try adminSheetJSON(proposal) { $0["answers"] = ["III.9": ["answer": "yes", "note": ""]] }
        },
        BadSheet(name: "an unknown answer", says: "$.answers[\"I.1\"].answer: „maybe“ не е позволена стойност") { proposal in
            try adminSheetJSON(proposal) { $0["answers"] = ["I.1": ["answer": "maybe", "note": ""]] }
        },
        BadSheet(name: "Н/П where it is not allowed", says: "$.answers[\"I.1\"].answer: отговорът Н/П не е допустим за критерий I.1") { proposal in
            try adminSheetJSON(proposal) { $0["answers"] = ["I.1": ["answer": "na", "note": ""]] }
        },
        BadSheet(name: "quality points that are not a level", says: "$.scores[\"1.1\"].points: 2.50 т. не е ниво на критерий 1.1; позволени: 3, 2, 1, 0") { proposal in
            try JSONSerialization.data(withJSONObject: [
                "format": 1, "kind": "quality", "proposal": proposal, "evaluator": "e1", "status": "draft",
                "conflict": ["declared": false, "at": "2025-12-01T10:05:00+02:00"],
                "scores": ["1.1": ["points": "2.5", "note": "x"]],
            ])
        },
        BadSheet(name: "a truncated file", says: "файлът не е валиден JSON") { proposal in
            try adminSheetJSON(proposal).prefix(40)
        },
        BadSheet(name: "invalid UTF-8", says: "файлът не е текст в UTF-8") { proposal in
            var data = try adminSheetJSON(proposal)
            data.insert(0xFF, at: 20)
            return data
        },
        BadSheet(name: "a 10 MB note", says: "текстът е твърде дълъг (10000000 знака; най-много 20000)") { proposal in
            try adminSheetJSON(proposal) { $0["answers"] = ["I.1": ["answer": "yes", "note": String(repeating: "я", count: 10_000_000)]] }
        },
        BadSheet(name: "a sheet that says it is submitted", says: "подаването е с ocenka sheet submit") { proposal in
            try adminSheetJSON(proposal) { $0["status"] = "submitted"; $0["submittedAt"] = "2025-12-01T11:00:00+02:00" }
        },
        BadSheet(name: "another evaluator's sheet", says: "$.evaluator: листът е на оценител „e2“, а се очаква „e1“") { proposal in
            try adminSheetJSON(proposal, evaluator: "e2")
        },
        BadSheet(name: "a proposal not in the register", says: "няма предложение „P-99“ в регистъра") { _ in
            try adminSheetJSON("P-99")
        },
        BadSheet(name: "a remedy on a rejecting criterion", says: "$.remedy[0].criterion: критерий I.1 води до отхвърляне") { proposal in
            try adminSheetJSON(proposal) {
                $0["remedy"] = [["criterion": "I.1", "requestedAt": "2025-12-01T10:00:00+02:00", "dueDate": "2025-12-03", "request": "x"]]
            }
        },
        BadSheet(name: "a remedy due before it was asked", says: "$.remedy[0].dueDate: срокът изтича преди искането") { proposal in
            try adminSheetJSON(proposal) {
                $0["remedy"] = [["criterion": "II.1", "requestedAt": "2025-12-01T10:00:00+02:00", "dueDate": "2025-11-30", "request": "x"]]
            }
        },
        BadSheet(name: "answers without a conflict declaration", says: "декларирайте дали имате конфликт на интереси") { proposal in
            try adminSheetJSON(proposal) { $0["conflict"] = NSNull() }
        },
        BadSheet(name: "a number where a string is expected", says: "$.proposal: очаква се текст, а е число") { _ in
            try adminSheetJSON("x") { $0["proposal"] = 17 }
        },
        BadSheet(name: "an unknown field", says: "$.score: непознато поле „score“") { proposal in
            try adminSheetJSON(proposal) { $0["score"] = 3 }
        },
    ]

    @Test("A bad sheet is refused with the precise error and every file stays byte-identical", arguments: badSheets)
    func badSheet(_ bad: BadSheet) throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try Self.adminProposal(of: "e1", in: fixture)
        let before = try fixture.contents()
        let file = fixture.root.deletingLastPathComponent().appendingPathComponent("bad.json")
        try bad.make(proposal).write(to: file)
        let run = try CommandRun.ocenka(["sheet", "import", "--workspace", fixture.root.path, "--as", "e1", file.path])
        #expect(run.status == 1)
        #expect(run.standardError.contains(bad.says), "stderr: \(run.standardError.prefix(600))")
        #expect(try fixture.contents() == before)
    }

    /// A bad register file: the CSV, and words the error must say.
    static let badRegisters: [(String, String)] = [
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,2025-11-24 10:00,1,100,\"Незатворени кавички,A,\(EIK.completing("20000001")!)\n",
         "bad.csv:2: title: кавичката в началото на полето не е затворена"),
        ("id,registeredAt,priority,requested,title,applicantName\nX-1,2025-11-24 10:00,1,100,T,A\n",
         "bad.csv:1: applicantEik"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,24/11/2025,1,100,T,A,\(EIK.completing("20000001")!)\n",
         "bad.csv:2: registeredAt"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,2025-11-24 10:00,1,100,T,A,\(EIK.completing("20000001")!)\nX-1,2025-11-24 11:00,1,100,T,B,\(EIK.completing("20000002")!)\n",
         "bad.csv:3: id"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,2025-11-24 10:00,1,-5,T,A,\(EIK.completing("20000001")!)\n",
         "bad.csv:2: requested: исканата сума трябва да е положителна"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,2025-11-24 10:00,1,100,T,A,123456789\n",
         "bad.csv:2: applicantEik"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nP-1,2025-11-24 10:00,1,100,T,A,\(EIK.completing("20000001")!)\n",
         "регистърът вече съдържа: P-1"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,2025-11-24 10:00,3,100,T,A,\(EIK.completing("20000001")!)\n",
         "bad.csv:2: priority"),
        ("id,registeredAt,priority,requested,title,applicantName,applicantEik\nX-1,2025-11-24 10:00,1,\"\(String(repeating: "9", count: 10_000_000))\",T,A,\(EIK.completing("20000001")!)\n",
         "bad.csv:2: requested"),
    ]

    @Test("A bad register is refused, nothing imported, every file byte-identical", arguments: badRegisters.indices)
    func badRegister(_ index: Int) throws {
        let (csv, says) = Self.badRegisters[index]
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let before = try fixture.contents()
        let file = fixture.root.deletingLastPathComponent().appendingPathComponent("bad.csv")
        try Data(csv.utf8).write(to: file)
        let run = try CommandRun.ocenka(["proposals", "import", "--workspace", fixture.root.path, "--as", "chair", file.path])
        #expect(run.status == 1)
        #expect(run.standardError.contains(says), "stderr: \(run.standardError.prefix(600))")
        #expect(try fixture.contents() == before)
    }

    @Test("Submitting refuses with the list of what is missing; a complete sheet submits and is then locked")
    func submit() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try Self.adminProposal(of: "e1", in: fixture)
        let file = fixture.root.deletingLastPathComponent().appendingPathComponent("sheet.json")
        try Self.adminSheetJSON(proposal) { $0["answers"] = ["I.1": ["answer": "yes", "note": ""], "II.1": ["answer": "no", "note": ""]] }
            .write(to: file)
        let workspace = ["--workspace", fixture.root.path, "--as", "e1"]
        #expect(try CommandRun.ocenka(["sheet", "import"] + workspace + [file.path]).status == 0)
        let refused = try CommandRun.ocenka(["sheet", "submit"] + workspace + ["--proposal", proposal, "--stage", "admin"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("критерий I.2: няма отговор"))
        #expect(refused.standardError.contains("критерий II.1: отговор НЕ без мотив"))
        #expect(refused.standardError.contains("критерий II.1: НЕ може да се отстрани — първо поискайте отстраняване"))
        try Self.adminSheetJSON(proposal).write(to: file)
        #expect(try CommandRun.ocenka(["sheet", "import"] + workspace + [file.path, "--force"]).status == 0)
        let submitted = try CommandRun.ocenka(["sheet", "submit"] + workspace + ["--proposal", proposal, "--stage", "admin"])
        #expect(submitted.status == 0, "\(submitted.standardError)")
        let exported = try CommandRun.ocenka(["sheet", "export"] + workspace + ["--proposal", proposal, "--stage", "admin"])
        #expect(exported.standardOutput.contains("\"status\" : \"submitted\""))
        let again = try CommandRun.ocenka(["sheet", "import"] + workspace + [file.path])
        #expect(again.status == 1)
        #expect(again.standardError.contains("листът е подаден и не може да се променя"))
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }
}
