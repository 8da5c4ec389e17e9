import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// Hostile input through the real command line: each case checks the exit code, the message (file
/// and JSON path or line) and that no file or folder of the workspace changed.
@Suite("Hostile input through the command line")
struct HostileCommandTests {
    /// Every file and folder under the workspace with the SHA-256 of its bytes (folders: "dir"); a
    /// `.lock` is the session's record of who holds the folder, and is named by `withLocks` only.
    static func state(_ fixture: WorkspaceFixture, withLocks: Bool = false) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: fixture.root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            let path = fixture.layout.relativePath(of: url)
            if url.lastPathComponent == ".lock" && !withLocks { continue }
            if values.isDirectory == true {
                result[path] = "dir"
            } else {
                result[path] = SHA256Digest.hex(try Data(contentsOf: url))
            }
        }
        return result
    }

    /// Runs `arguments` on the fixture and checks the exit code, the words of standard error and
    /// that nothing under the workspace changed.
    @discardableResult
    static func refused(_ arguments: [String], in fixture: WorkspaceFixture, status: Int32 = 1, says words: [String],
                        withLocks: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandRun {
        let before = try state(fixture, withLocks: withLocks)
        let run = try CommandRun.ocenka(arguments + ["--workspace", fixture.root.path])
        #expect(run.status == status, "\(run.standardError)", sourceLocation: sourceLocation)
        for word in words {
            #expect(run.standardError.contains(word), "missing \(word) in: \(run.standardError)", sourceLocation: sourceLocation)
        }
        let after = try state(fixture, withLocks: withLocks)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed.isEmpty, "the workspace changed: \(changed)", sourceLocation: sourceLocation)
        return run
    }

    /// A sheet file beside the workspace with `text` as its bytes.
    static func file(_ data: Data, in fixture: WorkspaceFixture, name: String = "sheet.json") throws -> String {
        let url = fixture.root.deletingLastPathComponent().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// e1's admin sheet for its first proposal as JSON text, with `replace` applied to the text.
    static func sheetText(_ fixture: WorkspaceFixture, _ replace: (String) -> String = { $0 }) throws -> Data {
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        let text = String(decoding: try WorkspaceIntegrityTests.adminSheetJSON(proposal), as: UTF8.self)
        return Data(replace(text).utf8)
    }

    @Test("A 19-digit format in an imported sheet: refused at $.format, no crash", arguments: ["9999999999999999999", "-99999999999999999999"])
    func hugeFormat(_ number: String) throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let path = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""format":1"#, with: #""format":\#(number)"#) }, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1"], in: fixture, says: ["sheet.json: $.format: \(number) е извън допустимото"], withLocks: true)
    }

    @Test("A 400-digit number: refused with its path, line and column")
    func fourHundredDigits() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let digits = String(repeating: "7", count: 400)
        let path = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""format":1"#, with: #""format":\#(digits)"#) }, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture,
                         says: ["sheet.json: $.format, line 1, column", "400 significant digits"], withLocks: true)
    }

    @Test("A duplicate key in an imported sheet: refused with the path, at the top and nested")
    func duplicateKeys() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let top = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""status":"draft""#, with: #""status":"draft","status":"submitted""#) }, in: fixture)
        try Self.refused(["sheet", "import", top, "--as", "e1"], in: fixture, says: ["sheet.json: $.status, ред 1", "„status“ се среща повече от веднъж"])
        let nested = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""declared":false"#, with: #""declared":false,"declared":true"#) }, in: fixture)
        try Self.refused(["sheet", "import", nested, "--as", "e1"], in: fixture, says: ["sheet.json: $.conflict.declared, ред 1"])
    }

    @Test("Truncated JSON names the line and the column; in English without Bulgarian words")
    func truncated() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let text = try Self.sheetText(fixture)
        let path = try Self.file(Data(text.prefix(text.count / 2)), in: fixture)
        let run = try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture, says: ["sheet.json: $.", "line 1, column", "cut short?"],
                                   withLocks: true)
        #expect(!run.standardError.contains("ред"))
        #expect(!run.standardError.contains("The given data was not valid JSON"))
    }

    @Test("A folder given as the sheet file is named as a folder")
    func folderAsFile() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let folder = fixture.root.deletingLastPathComponent().appendingPathComponent("a-folder.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try Self.refused(["sheet", "import", folder.path, "--as", "e1", "--lang", "en"], in: fixture, says: ["a-folder.json: this is a folder, not a file"])
        #expect(!run.standardError.contains("NSCocoaErrorDomain"))
    }

    @Test("Bytes that are not UTF-8 are named with their line and column")
    func invalidUTF8() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        var bytes = try Self.sheetText(fixture)
        bytes.replaceSubrange(bytes.count - 3..<bytes.count - 2, with: [0xFF])
        let path = try Self.file(bytes, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1"], in: fixture, says: ["sheet.json: ред 1, колона", "не е текст в UTF-8"])
    }

    @Test("A byte-order mark before an imported sheet is skipped")
    func byteOrderMark() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let path = try Self.file(Data([0xEF, 0xBB, 0xBF]) + (try Self.sheetText(fixture)), in: fixture)
        let run = try CommandRun.ocenka(["sheet", "import", path, "--as", "e1", "--workspace", fixture.root.path])
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test("Proposal ids that are not file names are refused in an imported sheet", arguments: [".hidden", "..", "a/b", String(repeating: "P", count: 65)])
    func badProposalID(_ id: String) throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        let path = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""proposal":"\#(proposal)""#, with: #""proposal":"\#(id)""#) }, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture, says: ["sheet.json: $.proposal:", "is not a valid id"])
    }

    @Test("Control characters in a note are refused; a new line and a tab are kept")
    func controlInNote() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let path = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""answer":"yes","note":"""#, with: #""answer":"yes","note":"a\u001b[2Jb""#) }, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture, says: ["sheet.json: $.answers", "control character U+001B"])
        let kept = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""answer":"yes","note":"""#, with: #""answer":"yes","note":"a\nb\tc""#) }, in: fixture)
        #expect(try CommandRun.ocenka(["sheet", "import", kept, "--as", "e1", "--workspace", fixture.root.path]).status == 0)
    }

    @Test("A forged statusChange is refused: on a new sheet, and over the chair's return")
    func forgedStatusChange() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let forged = #""statusChange":{"at":"2025-12-01T10:00:00+02:00","by":"chair","decision":99,"reason":"x"},"status":"draft""#
        let path = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""status":"draft""#, with: forged) }, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture, says: ["the chair has no decision no. 99", "chair/decisions.json"])

        try fixture.admit("P-3")
        let evaluator = try #require(try fixture.assigned("P-3", .admin).first)
        let returned = try CommandRun.ocenka(["sheet", "return", "--workspace", fixture.root.path, "--as", "chair", "--proposal", "P-3",
                                              "--evaluator", evaluator, "--stage", "admin", "--reason", "Непълно"])
        #expect(returned.status == 0, "\(returned.standardError)")
        // Exporting shows the return, but writes nothing: the sheet on disk stays submitted until the evaluator's next session.
        let sheetFile = fixture.layout.sheetFile(evaluator, proposal: "P-3", stage: .admin)
        let before = try Data(contentsOf: sheetFile)
        let shown = try CommandRun.ocenka(["sheet", "export", "--workspace", fixture.root.path, "--as", evaluator, "--proposal", "P-3", "--stage", "admin"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains(#""status" : "returned""#))
        #expect(try Data(contentsOf: sheetFile) == before)
        #expect(String(decoding: before, as: UTF8.self).contains(#""status" : "submitted""#))
        // The next session of the evaluator writes the return into the sheet; then the sheet is exported, renumbered, imported.
        let desk = try EvaluatorDesk.open(fixture.root, evaluator: evaluator, clock: fixture.clock)
        desk.close()
        let export = try CommandRun.ocenka(["sheet", "export", "--workspace", fixture.root.path, "--as", evaluator, "--proposal", "P-3", "--stage", "admin"])
        #expect(export.standardOutput.contains(#""status" : "returned""#))
        let decision = try #require(export.standardOutput.range(of: #""decision" : \d+"#, options: .regularExpression))
        let renumbered = export.standardOutput.replacingCharacters(in: decision, with: #""decision" : 99"#)
        let file = try Self.file(Data(renumbered.utf8), in: fixture, name: "returned.json")
        try Self.refused(["sheet", "import", file, "--as", evaluator, "--lang", "en"], in: fixture, says: ["the chair has no decision no. 99"])
    }

    @Test("A changed conflict answer is refused")
    func changedConflict() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let first = try Self.file(try Self.sheetText(fixture), in: fixture)
        #expect(try CommandRun.ocenka(["sheet", "import", first, "--as", "e1", "--workspace", fixture.root.path]).status == 0)
        let changed = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: "2025-12-01T10:05:00+02:00", with: "2025-12-03T10:05:00+02:00") }, in: fixture)
        try Self.refused(["sheet", "import", changed, "--force", "--as", "e1", "--lang", "en"], in: fixture, says: ["the conflict-of-interest declaration cannot be changed"])
    }

    @Test("committee add refuses ids that are not file names", arguments: [".", "..", ".e9", "a/b", String(repeating: "e", count: 65)])
    func committeeAddID(_ id: String) throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        try Self.refused(["committee", "add", "--as", "chair", "--id", id, "--name", "Иван", "--role", "evaluator", "--lang", "en"],
                         in: fixture, says: ["is not a valid id", "at most 64 characters"])
    }

    @Test("--as with a dot id is refused before anything is opened", arguments: ["..", ".", "../chair"])
    func actingAsDots(_ id: String) throws {
        let fixture = try WorkspaceFixture.make(declare: false)
        defer { fixture.remove() }
        let run = try Self.refused(["declare", "--as", id, "--lang", "en"], in: fixture, status: 64, says: ["--as:", "is not a valid id"])
        #expect(!run.standardError.contains("номер"))
        try Self.refused(["declare", "--as", id], in: fixture, status: 64, says: ["не е допустим номер"])
    }

    @Test("A CSV register with control characters or a dot id is refused by line and column")
    func csvRegister() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let header = "id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners\n"
        let eik = EIK.completing("10000009")!
        let bad = header + "P-9,2025-11-24T10:00:00+02:00,1,1000.00,\"Заглавие\u{1B}[2J\",ОУ,\(eik),school,\n"
            + ".P-10,2025-11-24T10:00:00+02:00,1,1000.00,Заглавие,\"ОУ\u{7}\",\(eik),school,\n"
        let path = try Self.file(Data(bad.utf8), in: fixture, name: "bad.csv")
        try Self.refused(["proposals", "import", path, "--as", "chair", "--lang", "en"], in: fixture,
                         says: ["bad.csv:2: title: the text contains the control character U+001B", "bad.csv:3: id:", "starts with a dot",
                                "bad.csv:3: applicantName: the text contains the control character U+0007"])
    }

    @Test("Two chairs in workspace.json: every command that loads it refuses")
    func twoChairs() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let url = fixture.layout.workspaceFile
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        try Data(text.replacingOccurrences(of: #""role" : "evaluator""#, with: #""role" : "chair""#).utf8).write(to: url)
        try Self.refused(["rank", "--lang", "en"], in: fixture, says: ["workspace.json: $.committee: the committee has more than one chair"])
        try Self.refused(["check", "--lang", "en"], in: fixture, says: ["workspace.json: $.committee: the committee has more than one chair"])
    }

    @Test("A huge number in an audit line: the line is not an entry, nothing crashes")
    func hugeNumberInAudit() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let url = fixture.layout.auditFile("e1")
        var data = try Data(contentsOf: url)
        data.append(Data(#"{"format": 9999999999999999999}"#.utf8) + Data([0x0A]))
        try data.write(to: url)
        let run = try Self.refused(["check"], in: fixture, says: ["audit.jsonl"])
        #expect(run.status != 132)
        let lineCount = String(decoding: data, as: UTF8.self).split(separator: "\n").count
        #expect(run.standardError.contains("ред \(lineCount)"))
        let english = try Self.refused(["check", "--lang", "en"], in: fixture, says: ["audit.jsonl: line \(lineCount): the line is not a log entry"])
        #expect(!english.standardError.contains("ред"))
    }

    @Test("A duplicate key in an audit line makes it not an entry")
    func duplicateKeyInAudit() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let url = fixture.layout.auditFile("e1")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var lines = text.split(separator: "\n").map(String.init)
        lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: #"{"action""#, with: #"{"action":"x","action""#)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        try Self.refused(["check"], in: fixture, says: ["ред \(lines.count): редът не е запис на дневника"])
    }

    @Test("procedure check of a file with a 19-digit number exits 1 with the path, not 132")
    func procedureCheck() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let path = try Self.file(Data(#"{"format": 9999999999999999999}"#.utf8), in: fixture, name: "procedure.json")
        let run = try CommandRun.ocenka(["procedure", "check", path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("$.format"))
    }

    @Test("A 10 MB note is read and refused as too long, at its path")
    func tenMegabyteNote() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let note = String(repeating: "обосновка ", count: 550_000)
        let path = try Self.file(try Self.sheetText(fixture) { $0.replacingOccurrences(of: #""answer":"yes","note":"""#, with: #""answer":"yes","note":"\#(note)""#) }, in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture, says: [#"sheet.json: $.answers["I.1"].note: the text is too long (5500000 characters; at most 20000)"#])
    }

    @Test("100 000 opening brackets: refused as nested too deep, no stack overflow")
    func deepNesting() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let path = try Self.file(Data(("{\"format\": 1, \"kind\": " + String(repeating: "[", count: 100_000)).utf8), in: fixture)
        try Self.refused(["sheet", "import", path, "--as", "e1", "--lang", "en"], in: fixture,
                         says: ["sheet.json: $.kind", "line 1, column", "nested more than 256 levels deep"], withLocks: true)
        let procedure = try CommandRun.ocenka(["procedure", "check", path])
        #expect(procedure.status == 1)
        #expect(procedure.standardError.contains("вложени на повече от 256 нива"))
    }

    @Test("sheet export and declare --show write nothing: no folder, no lock, no applied return")
    func readOnlyCommands() throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2", "e3"], declare: false)
        defer { fixture.remove() }
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        let show = try Self.refused(["declare", "--show", "--as", "e1"], in: fixture, status: 0, says: [], withLocks: true)
        #expect(show.standardOutput.contains("ДЕКЛАРАЦИЯ"))
        #expect(!FileManager.default.fileExists(atPath: fixture.layout.evaluatorFolder("e1").path))
        let export = try Self.refused(["sheet", "export", "--as", "e1", "--proposal", proposal, "--stage", "admin"], in: fixture, status: 0, says: [],
                                      withLocks: true)
        #expect(export.standardOutput.contains(#""status" : "draft""#))
    }

    @Test("Control characters typed into an argument are escaped when the message echoes them")
    func echoedArgument() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let run = try Self.refused(["sheet", "export", "--as", "e1", "--proposal", "X\u{1B}[2J", "--lang", "en"], in: fixture,
                                   says: [#"there is no proposal "X\u{1B}[2J" in the register"#])
        #expect(!run.standardError.contains("\u{1B}"))
    }
}
