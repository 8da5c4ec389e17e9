import Foundation
import Testing

@Suite("ocenka procedure …, run as a user runs it")
struct ProcedureCommandTests {
    @Test func checkAcceptsEveryConfigFile() throws {
        let run = try CommandRun.ocenka(["procedure", "check", "Config/procedures/coiduem-33.24-2025.json",
                                         "Config/procedures/esf-plus-admin-004.json", "Config/procedures/bg-rrp-1.024.json"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Config/procedures/coiduem-33.24-2025.json: наред — coiduem-33.24-2025: 3 приоритета"))
        #expect(run.standardOutput.contains("23 критерия за качество в 6 групи, максимум 100,00 т., минимум 51,00 т."))
        #expect(run.standardOutput.contains("esf-plus-admin-004: процедура за допустимост, 43 критерия в 5 групи (19 отхвърлящи, 9 само за отбелязване)"))
        #expect(run.standardOutput.contains("bg-rrp-1.024: процедура за директно предоставяне, 13 критерия в 2 групи (7 отхвърлящи), 3 правила по регистъра"))
        #expect(run.standardError.isEmpty)
    }

    @Test("check prints every error on its own line with the file and the JSON path, and exits 1")
    func checkRefuses() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: CommandRun.packageRoot.appendingPathComponent("Config/procedures/coiduem-33.24-2025.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"floor\": \"51.00\"", with: "\"floor\": \"101.00\"")
        text = text.replacingOccurrences(of: "\"budget\": \"500000.00\"", with: "\"budget\": \"500000.001\"")
        let file = folder.appendingPathComponent("broken.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandRun.ocenka(["procedure", "check", "broken.json"], in: folder)
        #expect(run.status == 1)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 2, "\(run.standardError)")
        #expect(lines.contains { $0.hasPrefix("broken.json: $.quality.floor: минималният брой точки (101,00) е над максималния (100,00)") })
        #expect(lines.contains { $0.hasPrefix("broken.json: $.priorities[0].budget: „500000.001“ има повече от 2 знака") })
        let english = try CommandRun.ocenka(["procedure", "check", "--lang", "en", "broken.json"], in: folder)
        #expect(english.standardError.contains("broken.json: $.quality.floor: the floor (101.00) is above the maximum (100.00)"))
    }

    @Test func checkOfAMissingFile() throws {
        let run = try CommandRun.ocenka(["procedure", "check", "no-such-file.json"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("no-such-file.json: файлът не може да бъде прочетен"))
    }

    @Test("show by id prints the criteria tree in 80 columns")
    func showByID() throws {
        let run = try CommandRun.ocenka(["procedure", "show", "coiduem-33.24-2025"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = run.standardOutput
        for needle in ["ОЦЕНКА НА КАЧЕСТВОТО", "1. Оперативен капацитет", "6.3", "бюджет 500 000,00 лв. (255 645,94 €)",
                       "0 т. по критерий 2.3 ⇒ 0 т. за целия проект", "минимум за финансиране: 51,00 т."] {
            #expect(text.contains(needle), "missing \(needle)")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("show finds the procedures from any folder, through the executable's location")
    func showFromElsewhere() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.ocenka(["procedure", "show", "esf-plus-admin-004"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Критерии: 43, от тях 19 водят до отхвърляне при НЕ, а при 9 НЕ само се\n  отбелязва"))
    }

    @Test("OCENKA_CONFIG overrides the search, and a wrong one is named")
    func configOverride() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let procedures = folder.appendingPathComponent("procedures")
        try FileManager.default.createDirectory(at: procedures, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRun.packageRoot.appendingPathComponent("Config/procedures/esf-plus-admin-004.json"),
                                         to: procedures.appendingPathComponent("only.json"))
        let list = try CommandRun.ocenka(["procedure", "list"], environment: ["OCENKA_CONFIG": folder.path])
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("esf-plus-admin-004"))
        #expect(!list.standardOutput.contains("coiduem-33.24-2025"))
        let wrong = try CommandRun.ocenka(["procedure", "list"], environment: ["OCENKA_CONFIG": "/nonexistent/config"])
        #expect(wrong.status == 1)
        #expect(wrong.standardError.contains("OCENKA_CONFIG не сочи папка Config"))
        #expect(wrong.standardError.contains("/nonexistent/config"))
    }

    @Test func showOfAnUnknownID() throws {
        let run = try CommandRun.ocenka(["procedure", "show", "33.99-2030"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("няма процедура „33.99-2030“"))
        #expect(run.standardError.contains("coiduem-33.24-2025"))
    }

    @Test func listNamesEveryProcedure() throws {
        let run = try CommandRun.ocenka(["procedure", "list"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("coiduem-33.24-2025  —  Конкурсна процедура 33.24-2025"))
        #expect(run.standardOutput.contains("esf-plus-admin-004"))
    }

    @Test func versionAndHelp() throws {
        let version = try CommandRun.ocenka(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try CommandRun.ocenka(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("procedure"))
        #expect(help.standardOutput.contains("Оценка на проектни предложения"))
    }
}
