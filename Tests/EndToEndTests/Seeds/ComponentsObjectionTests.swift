import EvaluationCore
import Foundation
import Testing

/// Seed 002 BG05SFPR001-1.008 end to end through the CLI: the shipped file is recognisably incomplete
/// (its Приложение XII is not in the text), the quality criteria are entered from a table
/// (`procedure export-criteria` / `procedure import`), the three components are ranked each against its
/// own budget (002_60dcf141085ee52b.txt:307–311), and an objection against a non-admission blocks the
/// final ranking until the head returns the proposal to the evaluation (002_60dcf141085ee52b.txt:1148).
@Suite("Seed 002: components with their own budgets, criteria from a table, an objection that returns a proposal")
struct ComponentsObjectionTests {
    static let now = "2026-03-10T10:00:00+02:00"
    static func eik(_ stem: String) -> String { EIK.completing(stem)!.digits }

    /// The quality criteria as a committee would receive Приложение XII: four groups weighted 40, 25, 15 and 20 points.
    static let qualityRows = """
    quality,1,Качество на съответствието,1.1,Съответства ли програмата на целите на процедурата?,,,40,Напълно,
    quality,1,Качество на съответствието,1.1,,,,20,Частично,
    quality,1,Качество на съответствието,1.1,,,,0,Не съответства,
    quality,2,Оценка на целевите групи,2.1,Обосновани ли са целевите групи?,,,25,Напълно,
    quality,2,Оценка на целевите групи,2.1,,,,10,Частично,
    quality,2,Оценка на целевите групи,2.1,,,,0,Не,
    quality,3,Партньорство,3.1,Допринасят ли партньорите за целите?,,,15,Да,
    quality,3,Партньорство,3.1,,,,0,Не,
    quality,4,Бюджет,4.1,Обоснован ли е бюджетът?,,,20,Напълно,
    quality,4,Бюджет,4.1,,,,10,Частично,
    quality,4,Бюджет,4.1,,,,0,Не,

    """

    /// K1-* in component 1 (budget 13 818 586), K3-* in component 3 (5 593 237).
    static let register = """
    id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType
    K1-1,2026-01-05T09:00:00+02:00,1,700000.00,"Десегрегация във Видин","Община Видин",\(eik("00030001")),municipality
    K1-2,2026-01-05T10:00:00+02:00,1,500000.00,"Заедно в Монтана","Община Монтана",\(eik("00030002")),municipality
    K3-1,2026-01-05T11:00:00+02:00,3,600000.00,"Общо училище в Перник","Община Перник",\(eik("00030003")),municipality
    K3-2,2026-01-05T12:00:00+02:00,3,450000.00,"Мостове в Кюстендил","Община Кюстендил",\(eik("00030004")),municipality

    """

    struct Workspace {
        let base: URL
        let procedureFile: URL
        var root: URL { base.appendingPathComponent("ws") }
        var environment: [String: String] { ["OCENKA_KEYS": base.appendingPathComponent("keys").path, "OCENKA_NOW": ComponentsObjectionTests.now] }

        func run(_ arguments: [String]) throws -> CommandRun {
            try CommandRun.ocenka(arguments + ["--workspace", root.path], environment: environment)
        }

        func expectSuccess(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.standardError)", sourceLocation: sourceLocation)
        }

        func write(_ object: [String: Any], _ name: String) throws -> URL {
            let file = base.appendingPathComponent(name)
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: file)
            return file
        }

        /// The checklist answered ДА (Н/П where allowed), `no` answered НЕ, imported and submitted by `evaluator`.
        func check(_ proposal: String, by evaluator: String, no: String? = nil) throws {
            let procedure = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: procedureFile)) as? [String: Any])
            var answers: [String: Any] = [:]
            for group in try #require((procedure["admin"] as? [String: Any])?["groups"] as? [[String: Any]]) {
                for criterion in try #require(group["criteria"] as? [[String: Any]]) {
                    let id = try #require(criterion["id"] as? String)
                    answers[id] = ["answer": criterion["allowsNA"] as? Bool == true ? "na" : "yes", "note": ""]
                }
            }
            if let no { answers[no] = ["answer": "no", "note": "Кандидатът е подал второ предложение."] }
            let sheet: [String: Any] = ["format": 1, "kind": "admin", "proposal": proposal, "evaluator": evaluator,
                                        "conflict": ["declared": false, "at": ComponentsObjectionTests.now], "status": "draft",
                                        "answers": answers, "remedy": []]
            try expectSuccess(["sheet", "import", "--as", evaluator, try write(sheet, "admin-\(proposal).json").path])
            try expectSuccess(["sheet", "submit", "--as", evaluator, "--proposal", proposal, "--stage", "admin"])
        }

        /// A quality sheet of `evaluator` with `points` on 1.1, 2.1, 3.1, 4.1, imported and submitted.
        func score(_ proposal: String, by evaluator: String, _ points: [String]) throws {
            var scores: [String: Any] = [:]
            for (criterion, value) in zip(["1.1", "2.1", "3.1", "4.1"], points) {
                scores[criterion] = ["points": value, "note": "Обосновка на оценката по критерий \(criterion)."]
            }
            let sheet: [String: Any] = ["format": 1, "kind": "quality", "proposal": proposal, "evaluator": evaluator,
                                        "conflict": ["declared": false, "at": ComponentsObjectionTests.now], "status": "draft",
                                        "scores": scores]
            try expectSuccess(["sheet", "import", "--as", evaluator, try write(sheet, "quality-\(proposal)-\(evaluator).json").path])
            try expectSuccess(["sheet", "submit", "--as", evaluator, "--proposal", proposal, "--stage", "quality"])
        }
    }

    @Test("The shipped file is incomplete: check says so, init refuses it")
    func incompleteProcedure() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try CommandRun.ocenka(["procedure", "check", "Config/procedures/bg05sfpr001-1.008.json"])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("НЕПЪЛНА — bg05sfpr001-1.008"))
        #expect(check.standardOutput.contains("$.quality.groups[3]: критериите на група 4 („Бюджет“) предстои да бъдат въведени"))
        let initialized = try CommandRun.ocenka(["init", folder.appendingPathComponent("ws").path, "--procedure", "bg05sfpr001-1.008"],
                                                environment: ["OCENKA_KEYS": folder.appendingPathComponent("keys").path])
        #expect(initialized.status == 1)
        #expect(initialized.standardError.contains("$.quality.groups[0]: критериите на група 1"), "\(initialized.standardError)")
        #expect(initialized.standardError.contains("ocenka procedure import"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ws").path))
    }

    @Test("A table with some of the groups: the others stay to be entered, in their places; a second table completes it")
    func partialTable() throws {
        let base = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let exported = try CommandRun.ocenka(["procedure", "export-criteria", "bg05sfpr001-1.008"], in: base)
        let rows = Self.qualityRows.split(separator: "\n").map(String.init)
        let second = rows.filter { $0.hasPrefix("quality,2,") }.joined(separator: "\n") + "\n"
        try Data((exported.standardOutput + second).utf8).write(to: base.appendingPathComponent("part.csv"))
        #expect(try CommandRun.ocenka(["procedure", "import", "part.csv", "--base", "bg05sfpr001-1.008", "-o", "part.json"], in: base).status == 0)
        let check = try CommandRun.ocenka(["procedure", "check", "part.json"], in: base)
        #expect(check.standardOutput.contains("от които критериите на 1, 3, 4 предстои да бъдат въведени"), "\(check.standardOutput)")
        // The rest: the exported part (with group 2) plus groups 1, 3 and 4.
        let again = try CommandRun.ocenka(["procedure", "export-criteria", "part.json"], in: base)
        let rest = rows.filter { !$0.hasPrefix("quality,2,") && !$0.isEmpty }.joined(separator: "\n") + "\n"
        try Data((again.standardOutput + rest).utf8).write(to: base.appendingPathComponent("rest.csv"))
        let completed = try CommandRun.ocenka(["procedure", "import", "rest.csv", "--base", "part.json", "-o", "complete.json"], in: base)
        #expect(completed.status == 0, "\(completed.standardError)")
        let final = try CommandRun.ocenka(["procedure", "check", "complete.json"], in: base)
        #expect(final.standardOutput.contains("наред — bg05sfpr001-1.008"), "\(final.standardOutput)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathComponent("complete.json"))) as? [String: Any])
        let groups = try #require((document["quality"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["id"] as? String } == ["1", "2", "3", "4"], "in the base's order, whatever the table's")
    }

    @Test("Criteria from a table, ranking per component, an objection that blocks the ranking and returns a proposal")
    func componentsAndObjection() throws {
        let base = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        // Enter the quality criteria: the exported checklist plus the rows of Приложение XII.
        let exported = try CommandRun.ocenka(["procedure", "export-criteria", "bg05sfpr001-1.008"], in: base)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(exported.standardOutput.contains("admin,III,"))
        #expect(!exported.standardOutput.contains("\nquality,"))
        try Data((exported.standardOutput + Self.qualityRows).utf8).write(to: base.appendingPathComponent("table.csv"))
        let imported = try CommandRun.ocenka(["procedure", "import", "table.csv", "--base", "bg05sfpr001-1.008", "-o", "complete.json"], in: base)
        #expect(imported.status == 0, "\(imported.standardError)")
        let checked = try CommandRun.ocenka(["procedure", "check", "complete.json"], in: base)
        #expect(checked.status == 0)
        #expect(checked.standardOutput.contains("наред — bg05sfpr001-1.008: 3 компонента, 18 административни критерия"), "\(checked.standardOutput)")
        #expect(checked.standardOutput.contains("4 критерия за качество в 4 групи, максимум 100,00 т."))

        let workspace = Workspace(base: base, procedureFile: base.appendingPathComponent("complete.json"))
        let initialized = try CommandRun.ocenka(["init", workspace.root.path, "--procedure", workspace.procedureFile.path],
                                                environment: workspace.environment)
        #expect(initialized.status == 0, "\(initialized.standardError)")
        try workspace.expectSuccess(["committee", "add", "--id", "chair", "--name", "Елена Стоянова", "--role", "chair"])
        for evaluator in ["e1", "e2", "e3"] {
            try workspace.expectSuccess(["committee", "add", "--as", "chair", "--id", evaluator, "--name", "Оценител \(evaluator)", "--role", "evaluator"])
        }
        try Data(Self.register.utf8).write(to: base.appendingPathComponent("register.csv"))
        try workspace.expectSuccess(["proposals", "import", "--as", "chair", base.appendingPathComponent("register.csv").path])
        try workspace.expectSuccess(["assign", "--as", "chair", "--seed", "3"])
        let assignments = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.root.appendingPathComponent("chair/assignments.json"))) as? [String: Any])
        let admin = try #require(assignments["admin"] as? [String: [String]])
        let quality = try #require(assignments["quality"] as? [String: [String]])
        for evaluator in ["e1", "e2", "e3"] { try workspace.expectSuccess(["declare", "--as", evaluator]) }

        // K3-2 is not admitted (one proposal per applicant, I.9); the others are.
        for proposal in ["K1-1", "K1-2", "K3-1"] {
            try workspace.check(proposal, by: try #require(admin[proposal]?.first))
        }
        try workspace.check("K3-2", by: try #require(admin["K3-2"]?.first), no: "I.9")

        // The objection: notified on Tuesday 24.02.2026; the week ends on 03.03, a holiday, so on 04.03.
        let refused = try workspace.run(["objection", "add", "--as", "chair", "--proposal", "K1-1", "--notified-on", "2026-02-24",
                                         "--received-on", "2026-02-27", "--grounds", "x"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("K1-1 не е в списъка на недопуснатите предложения"), "\(refused.standardError)")
        let added = try workspace.run(["objection", "add", "--as", "chair", "--proposal", "K3-2", "--notified-on", "2026-02-24",
                                       "--received-on", "2026-02-27", "--grounds", "Второто предложение е на общинско предприятие, а не на общината."])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains("Записано е възражение № 1 по K3-2; срок за възражение 04.03.2026, срок за произнасяне 06.03.2026."),
                "\(added.standardOutput)")
        try workspace.expectSuccess(["check"])

        // While it is open there is no final ranking and no protocol.
        let blocked = try workspace.run(["rank", "--as", "chair"])
        #expect(blocked.status == 1)
        #expect(blocked.standardError.contains("окончателно класиране не се изготвя, докато има неприключено възражение срещу недопускане: № 1 по K3-2"),
                "\(blocked.standardError)")
        let noProtocol = try workspace.run(["protocol", "--as", "chair", "--stdout"])
        #expect(noProtocol.status == 1)
        #expect(noProtocol.standardError.contains("неприключено възражение"))
        let second = try workspace.run(["objection", "add", "--as", "chair", "--proposal", "K3-2", "--notified-on", "2026-02-24",
                                        "--received-on", "2026-02-28", "--grounds", "още"])
        #expect(second.status == 1)
        #expect(second.standardError.contains("вече има неприключено възражение № 1"))
        let byEvaluator = try workspace.run(["objection", "decide", "--as", "e1", "--number", "1", "--outcome", "return",
                                             "--decided-on", "2026-03-05", "--decided-by", "x", "--grounds", "x"])
        #expect(byEvaluator.status == 1)

        // The head returns it to the evaluation: it is admitted again, by an admission decision.
        let decided = try workspace.run(["objection", "decide", "--as", "chair", "--number", "1", "--outcome", "return",
                                         "--decided-on", "2026-03-05", "--decided-by", "Мария Иванова, ръководител на УО",
                                         "--grounds", "Общинското предприятие е отделно юридическо лице."])
        #expect(decided.status == 0, "\(decided.standardError)")
        #expect(decided.standardOutput.contains("връща предложението за техническа и финансова оценка. Решение № 1 за допускане"),
                "\(decided.standardOutput)")
        let list = try workspace.run(["objection", "list"])
        #expect(list.standardOutput.contains("Решение от 05.03.2026, Мария Иванова, ръководител на УО: връща предложението"), "\(list.standardOutput)")
        try workspace.expectSuccess(["check"])

        // Quality: K1-1 90, K1-2 60 in component 1; K3-1 50 and the returned K3-2 75 in component 3.
        let points: [String: [String]] = ["K1-1": ["40", "25", "15", "10"], "K1-2": ["20", "25", "15", "0"],
                                          "K3-1": ["20", "10", "0", "20"], "K3-2": ["40", "10", "15", "10"]]
        for (proposal, values) in points.sorted(by: { $0.key < $1.key }) {
            for evaluator in try #require(quality[proposal]) {
                try workspace.score(proposal, by: evaluator, values)
            }
        }
        let json = try workspace.run(["rank", "--as", "chair", "--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let groups = try #require(document["priorities"] as? [[String: Any]])
        #expect(groups.map { $0["id"] as? String } == ["1", "2", "3"])
        let order = groups.map { group in ((group["rows"] as? [[String: Any]]) ?? []).compactMap { $0["proposal"] as? String } }
        #expect(order == [["K1-1", "K1-2"], [], ["K3-2", "K3-1"]])
        #expect(groups.map { $0["budget"] as? String } == ["13818586.00", "9212391.00", "5593237.00"])

        let protocolRun = try workspace.run(["protocol", "--as", "chair", "--stdout", "--generated-at", Self.now])
        #expect(protocolRun.status == 0, "\(protocolRun.standardError)")
        let text = protocolRun.standardOutput
        #expect(text.contains("ВЪЗРАЖЕНИЯ СРЕЩУ НЕДОПУСКАНЕТО"))
        #expect(text.contains("Възражение № 1 — K3-2, Община Кюстендил"))
        #expect(text.contains("04.03.2026 г."))
        let ranked = try workspace.run(["rank", "--as", "chair"])
        #expect(ranked.standardOutput.contains("Компонент 3. Регион в преход (Югозападен район)"), "\(ranked.standardOutput)")
        #expect(!ranked.standardOutput.contains("Приоритет"))
        #expect(text.contains("Общинското предприятие е отделно юридическо лице."))
    }
}
