import EvaluationCore
import Foundation
import Testing

/// Checks computed from the register and declared as data (issue 16, item 5), end to end: the
/// register's activities, duration and budget lines imported from CSV, the findings in
/// `proposals.json`, `proposals list` and the protocol. 33.24-2025's rules (001_97f339b8af9b0d1c.txt:58,
/// 113, 259, 306, 371, 415, 421) are added to a copy of its file: the shipped file stays byte for byte
/// (its SHA-256 is in the demo's protocol).
@Suite("Register checks: types, activities, duration and budget lines as findings")
struct RegisterChecksTests {
    static let now = "2025-11-27T10:00:00+02:00"
    static func eik(_ stem: String) -> String { EIK.completing(stem)!.digits }


    static let register = """
    id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners,activities,durationMonths,budgetLines
    R-1,2025-11-20T09:00:00+02:00,1,20000.00,"Всичко наред","ОУ „Христо Ботев“",\(eik("10000001")),ОУ,ДГ „Радост“|\(eik("10000011"))|ДГ,1.1; 1.4; 2.2; 2.3,8,management=3000; publicity=500
    R-2,2025-11-20T10:00:00+02:00,1,20000.00,"Без 2.3","СУ „Иван Вазов“",\(eik("10000002")),СУ,Сдружение „Мост“|\(eik("10000012"))|друго,1.1; 1.4; 2.2; 3.1,10,"management=3 000,01; publicity=500,01"
    R-3,2025-11-20T11:00:00+02:00,4,15000.00,"Една дейност","Сдружение „Тест“",\(eik("10000003")),друго,,1,,
    R-4,2025-11-20T12:00:00+02:00,2,20000.00,"Без данни","ДГ „Слънце“",\(eik("10000004")),ДГ,ЦПЛР „Дъга“|\(eik("10000014")),,,

    """

    @Test("The findings of each check, in proposals.json, proposals list and the protocol")
    func findings() throws {
        let base = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        // The shipped 33.24-2025 declares the checks of 001:58, 62, 113, 415 and 421.
        let procedureFile = CommandRun.packageRoot.appendingPathComponent("Config/procedures/coiduem-33.24-2025.json")
        let check = try CommandRun.ocenka(["procedure", "show", procedureFile.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("ПРОВЕРКИ ПО РЕГИСТЪРА"))
        let shown = check.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(shown.contains("Продължителност от 7 до 9 месеца (колона durationMonths) [001_97f339b8af9b0d1c.txt:113]"))
        #expect(shown.contains("Бюджетен ред „publicity“ до 500,00 лв. (255,65 €) (колона budgetLines)"))

        let environment = ["OCENKA_KEYS": base.appendingPathComponent("keys").path, "OCENKA_NOW": Self.now]
        let root = base.appendingPathComponent("ws")
        func run(_ arguments: [String]) throws -> CommandRun {
            try CommandRun.ocenka(arguments + ["--workspace", root.path], environment: environment)
        }
        #expect(try CommandRun.ocenka(["init", root.path, "--procedure", procedureFile.path], environment: environment).status == 0)
        #expect(try run(["committee", "add", "--id", "chair", "--name", "Елена Стоянова", "--role", "chair"]).status == 0)
        try Data(Self.register.utf8).write(to: base.appendingPathComponent("register.csv"))
        let imported = try run(["proposals", "import", "--as", "chair", base.appendingPathComponent("register.csv").path])
        #expect(imported.status == 0, "\(imported.standardError)")

        let register = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("proposals.json"))) as? [String: Any])
        var kinds: [String: [String]] = [:]
        for proposal in try #require(register["proposals"] as? [[String: Any]]) {
            let id = try #require(proposal["id"] as? String)
            kinds[id] = ((proposal["findings"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String }
        }
        #expect(kinds["R-1"] == [], "at the limits: 15 % of 20 000 is 3 000, publicity 500")
        #expect(kinds["R-2"] == ["mandatoryActivitiesMissing", "activitiesNotEligible", "partnerTypeNotEligible", "durationOutOfRange",
                                 "budgetLineAboveShare", "budgetLineAboveCap"])
        #expect(kinds["R-3"] == ["tooFewActivities", "applicantTypeNotEligible"])
        #expect(kinds["R-4"] == [], "nothing given, nothing found")

        let list = try run(["proposals", "list"])
        #expect(list.standardOutput.contains("липсват задължителните за приоритета дейности: 2.3"), "\(list.standardOutput)")
        let protocolRun = try run(["protocol", "--as", "chair", "--stdout", "--generated-at", Self.now])
        #expect(protocolRun.status == 0, "\(protocolRun.standardError)")
        let flat = protocolRun.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(flat.contains("продължителността (10 месеца) е извън допустимата от 7 до 9 месеца"), "\(flat)")
        #expect(flat.contains("бюджетният ред „management“ (3 000,01 лв.) надвишава 15 % от стойността на проекта (3 000,00 лв.)"))
        #expect(flat.contains("бюджетният ред „publicity“ (500,01 лв.) надвишава тавана от 500,00 лв."))
        #expect(flat.contains("видът на кандидата (друга) не е сред допустимите по процедурата"))
        #expect(flat.contains("допустимите дейности са 1, а приоритетът изисква поне 2"))
        #expect(flat.contains("дейности, които не са допустими по приоритета: 3.1"))
        #expect(flat.contains("видът на партньора с ЕИК \(Self.eik("10000012")) (друга) не е сред допустимите"))
        #expect(!flat.contains("(община) не е сред допустимите"), "municipalities are eligible (001:58, 62)")
    }

    @Test("A malformed plan column is refused with its line and column")
    func refusesColumns() throws {
        let base = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let environment = ["OCENKA_KEYS": base.appendingPathComponent("keys").path, "OCENKA_NOW": Self.now]
        let root = base.appendingPathComponent("ws")
        #expect(try CommandRun.ocenka(["init", root.path, "--procedure", "coiduem-33.24-2025"], environment: environment).status == 0)
        #expect(try CommandRun.ocenka(["committee", "add", "--id", "chair", "--name", "Е", "--role", "chair", "--workspace", root.path],
                                      environment: environment).status == 0)
        try Data("""
        id,registeredAt,priority,requested,title,applicantName,applicantEik,activities,durationMonths,budgetLines
        R-1,2025-11-20,1,20000,"А","ОУ",\(Self.eik("10000001")),1.1/2,осем,management
        R-2,2025-11-20,1,20000,"Б","СУ",\(Self.eik("10000002")),1.1,8,management=1; management=2

        """.utf8).write(to: base.appendingPathComponent("bad.csv"))
        let run = try CommandRun.ocenka(["proposals", "import", "--as", "chair", "bad.csv", "--workspace", root.path], in: base,
                                        environment: environment)
        #expect(run.status == 1)
        #expect(run.standardError.contains("bad.csv:2: activities: „1.1/2“ не е номер на дейност"), "\(run.standardError)")
        #expect(run.standardError.contains("bad.csv:2: durationMonths: „осем“ не е продължителност в месеци"))
        #expect(run.standardError.contains("bad.csv:2: budgetLines: „management“: очаква се ред=сума"))
        #expect(run.standardError.contains("bad.csv:3: budgetLines: бюджетният ред „management“ е посочен два пъти"))
    }
}
