import Foundation
import Testing

/// `ocenka procedure export-criteria` and `procedure import`, as a user runs them (issue 16, item 4).
@Suite("ocenka procedure import from the criteria table")
struct CriteriaTableCommandTests {
    @Test("33.24-2025 round-trips through the table: import writes a file that check accepts and show prints as the original")
    func roundTrip() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try CommandRun.ocenka(["procedure", "export-criteria", "coiduem-33.24-2025"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(exported.standardOutput.hasPrefix("part,group,groupTitle,criterion,text,allowsNA,onNo,points,levelText,source\n"))
        try Data(exported.standardOutput.utf8).write(to: folder.appendingPathComponent("criteria.csv"))
        let imported = try CommandRun.ocenka(["procedure", "import", "criteria.csv", "--base", "coiduem-33.24-2025", "-o", "new.json"], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        let check = try CommandRun.ocenka(["procedure", "check", "new.json"], in: folder)
        #expect(check.status == 0, "\(check.standardError)")
        let shown = try CommandRun.ocenka(["procedure", "show", "new.json"], in: folder)
        let original = try CommandRun.ocenka(["procedure", "show", "coiduem-33.24-2025"], in: folder)
        #expect(shown.standardOutput == original.standardOutput)
        let again = try CommandRun.ocenka(["procedure", "import", "criteria.csv", "--base", "coiduem-33.24-2025", "-o", "new.json"], in: folder)
        #expect(again.status == 1)
        #expect(again.standardError.contains("new.json: файлът съществува"))
    }

    @Test("A malformed table: every problem as FILE:LINE: column, exit 1, nothing written")
    func refuses() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
        part,group,groupTitle,criterion,text,allowsNA,onNo,points,levelText,source
        admin,I,Допустимост,I.1,Кандидатът е допустим,може би,reject,,,
        quality,1,Капацитет,1.1,Има ли капацитет?,,,3,Напълно,
        quality,1,Капацитет,1.1,,,,3,Частично,

        """.utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let run = try CommandRun.ocenka(["procedure", "import", "bad.csv", "--base", "coiduem-33.24-2025", "-o", "new.json"], in: folder)
        #expect(run.status == 1)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(run.standardError)")
        #expect(lines.contains { $0.hasPrefix("bad.csv:2: allowsNA: ") })
        #expect(lines.contains { $0.hasPrefix("bad.csv:4: points: ") })
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.json").path))
    }
}
