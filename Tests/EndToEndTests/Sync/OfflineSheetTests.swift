import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// `sheet export` writes the version it was made from; `sheet import` refuses a file made from an
/// older version than the sheet on disk, naming both.
@Suite("Offline sheets cannot overwrite newer work")
struct OfflineSheetTests {
    static func export(_ fixture: WorkspaceFixture, _ proposal: String) throws -> [String: Any] {
        let run = try CommandRun.ocenka(["sheet", "export", "--workspace", fixture.root.path, "--as", "e1", "--proposal", proposal,
                                         "--stage", "admin"])
        guard run.status == 0 else { throw FixtureError(run.standardError) }
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    static func importFile(_ fixture: WorkspaceFixture, _ sheet: [String: Any], name: String, force: Bool = false) throws -> CommandRun {
        let file = fixture.root.deletingLastPathComponent().appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: sheet, options: [.sortedKeys]).write(to: file)
        return try CommandRun.ocenka(["sheet", "import", "--workspace", fixture.root.path, "--as", "e1", file.path] + (force ? ["--force"] : []))
    }

    static func answered(_ sheet: [String: Any], note: String) -> [String: Any] {
        var sheet = sheet
        sheet["conflict"] = ["declared": false, "at": "2025-12-01T10:05:00+02:00"]
        sheet["answers"] = ["I.1": ["answer": "yes", "note": note], "I.2": ["answer": "na", "note": ""], "II.1": ["answer": "yes", "note": ""]]
        return sheet
    }

    @Test("Two offline copies of one sheet: the first import wins, the second is refused naming both versions; a fresh export imports")
    func staleCopy() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        let fresh = try Self.export(fixture, proposal)
        #expect(fresh["exportedFrom"] is NSNull, "a sheet not yet on disk is exported from no version")
        let first = try Self.importFile(fixture, Self.answered(fresh, note: "От лаптопа."), name: "laptop.json")
        #expect(first.status == 0, "\(first.standardError)")
        let onDisk = fixture.layout.sheetFile("e1", proposal: proposal, stage: .admin)
        let afterFirst = try Data(contentsOf: onDisk)

        let stale = try Self.importFile(fixture, Self.answered(fresh, note: "От настолния компютър."), name: "desktop.json")
        #expect(stale.status == 1)
        #expect(stale.standardError.contains("файлът е изведен от версия — на листа, а на диска е версия \(SHA256Digest.hex(afterFirst).prefix(12))"),
                "\(stale.standardError)")
        #expect(try Data(contentsOf: onDisk) == afterFirst)

        let again = try Self.export(fixture, proposal)
        #expect(again["exportedFrom"] as? String == SHA256Digest.hex(afterFirst))
        let edited = try Self.importFile(fixture, Self.answered(again, note: "Поправено след второто извеждане."), name: "again.json")
        #expect(edited.status == 0, "\(edited.standardError)")
        let afterSecond = try Data(contentsOf: onDisk)
        #expect(afterSecond != afterFirst)
        let older = try Self.importFile(fixture, Self.answered(again, note: "Старо копие."), name: "older.json")
        #expect(older.status == 1)
        #expect(older.standardError.contains("файлът е изведен от версия \(SHA256Digest.hex(afterFirst).prefix(12)) на листа, а на диска е версия \(SHA256Digest.hex(afterSecond).prefix(12))"))
    }

    @Test("A file without a version replaces a draft only with --force, and never a submitted sheet")
    func withoutVersion() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        var sheet = Self.answered(try Self.export(fixture, proposal), note: "Първо.")
        sheet.removeValue(forKey: "exportedFrom")
        #expect(try Self.importFile(fixture, sheet, name: "one.json").status == 0, "no sheet on disk yet: no version needed")
        sheet = Self.answered(sheet, note: "Второ.")
        let refused = try Self.importFile(fixture, sheet, name: "two.json")
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("файлът не носи версия (exportedFrom)"))
        let forced = try Self.importFile(fixture, sheet, name: "two.json", force: true)
        #expect(forced.status == 0, "\(forced.standardError)")
        let submit = try CommandRun.ocenka(["sheet", "submit", "--workspace", fixture.root.path, "--as", "e1", "--proposal", proposal, "--stage", "admin"])
        #expect(submit.status == 0, "\(submit.standardError)")
        let onSubmitted = try Self.importFile(fixture, Self.answered(sheet, note: "Трето."), name: "three.json", force: true)
        #expect(onSubmitted.status == 1)
        #expect(onSubmitted.standardError.contains("--force не се допуска за подаден лист"))
    }
}
