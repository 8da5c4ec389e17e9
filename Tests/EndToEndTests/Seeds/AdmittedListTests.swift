import Foundation
import Testing

/// Seed 004 end to end through the CLI: a procedure with no quality part ends in the list of admitted
/// proposals; a НЕ on a criterion marked "Води до отхвърляне: Не" is noted and does not reject
/// (004_94583b06840526ec.txt:5, Docs/decisions.md "Seed 004: what a НЕ leads to").
@Suite("Seed 004: the admin-only procedure ends in the admitted list")
struct AdmittedListTests {
    static let now = SeedWorkspace.now
    static let csv = """
    id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners
    P-1,2025-11-24T10:00:00+02:00,0,120000.00,"Работа и грижа","Сдружение „Заедно“",100000019,other,
    P-2,2025-11-24T11:00:00+02:00,0,90000,"Подкрепа","Община Ямбол",100000026,municipality,
    P-3,2025-11-23T09:30:00+02:00,0,"75 000,00","Нов старт","ЕТ „Старт“",100000033,other,

    """

    @Test("rank and protocol: the admitted list in the order of registration, a noted НЕ admitted, no funding")
    func admittedList() throws {
        let workspace = try SeedWorkspace.make(procedure: "esf-plus-admin-004.json", csv: Self.csv)
        defer { workspace.remove() }
        let sheets = [
            "P-1": try workspace.sheetFile("P-1", ["I.6": ("no", "Индикаторът за резултат не е количествено определен.")]),
            "P-2": try workspace.sheetFile("P-2", ["IV.1": ("no", "Кандидатът е читалище, а не НПО, доставчик на социални услуги или работодател.")]),
            "P-3": try workspace.sheetFile("P-3", [:]),
        ]
        for proposal in sheets.keys.sorted() {
            try workspace.expectSuccess(["sheet", "import", "--as", "e1", sheets[proposal]!.path])
            try workspace.expectSuccess(["sheet", "submit", "--as", "e1", "--proposal", proposal, "--stage", "admin"])
        }

        let rank = try workspace.run(["rank", "--as", "chair"])
        #expect(rank.status == 0, "\(rank.standardError)")
        let lines = rank.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "ОКОНЧАТЕЛЕН СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ")
        #expect(lines.contains("Допуснати: 2 предложения; обща искана сума: 195 000,00 лв."))
        let listed = lines.filter { $0.hasSuffix("допуснато") }.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(listed == ["1 P-3", "2 P-1"])
        #expect(lines.contains { $0.hasPrefix("P-2") && $0.contains("недопуснато") && $0.hasSuffix("критерий IV.1") })
        #expect(!rank.standardOutput.contains("одобрен"))
        #expect(!rank.standardOutput.contains("Бюджет"))

        let json = try workspace.run(["rank", "--as", "chair", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["outcome"] as? String == "admittedList")
        let rows = try #require((document["priorities"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]])
        #expect(rows.map { $0["proposal"] as? String } == ["P-3", "P-1"])
        #expect(rows.allSatisfy { $0["status"] as? String == "admitted" && $0["runningTotal"] == nil })

        let english = try workspace.run(["rank", "--as", "chair", "--lang", "en"])
        #expect(english.standardOutput.hasPrefix("FINAL LIST OF ADMITTED PROPOSALS\n"))
        #expect(!english.standardOutput.contains("approved"))

        let protocolRun = try workspace.run(["protocol", "--as", "chair", "--stdout", "--width", "80"])
        #expect(protocolRun.status == 0, "\(protocolRun.standardError)")
        let text = protocolRun.standardOutput
        #expect(text.contains("V. СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ"))
        #expect(!text.contains("КЛАСИРАНЕ"))
        #expect(!text.contains("одобрено"))
        #expect(!text.contains("Обобщение по приоритети"))
        #expect(text.contains("Списъкът на допуснатите предложения в настоящия протокол е ОКОНЧАТЕЛЕН"))
        #expect(text.contains("Отбелязани несъответствия, които не водят до отхвърляне\n\nP-1 — Сдружение „Заедно“\n  – Критерий I.6."))
        #expect(text.contains("Констатация: Индикаторът за резултат не е количествено определен."))
        #expect(text.contains("Комисията установи: 2 предложения са допуснати и 1 предложение не е допуснато."))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("A НЕ on a document criterion needs a remedy before the sheet goes in; a note criterion takes no remedy request")
    func mapping() throws {
        let workspace = try SeedWorkspace.make(procedure: "esf-plus-admin-004.json", csv: Self.csv)
        defer { workspace.remove() }
        // II.1, the applicant's declaration, is a document: "Да" there now means remedy first (002_60dcf141085ee52b.txt:1148).
        let missingDocument = try workspace.sheetFile("P-1", ["II.1": ("no", "Декларацията не е подписана от всички представляващи.")])
        try workspace.expectSuccess(["sheet", "import", "--as", "e1", missingDocument.path])
        let submit = try workspace.run(["sheet", "submit", "--as", "e1", "--proposal", "P-1", "--stage", "admin"])
        #expect(submit.status != 0)
        #expect(submit.standardError.contains("II.1"), "\(submit.standardError)")
        // IV.1, the applicant's type, is a fact no document changes: a НЕ rejects at once.
        let wrongType = try workspace.sheetFile("P-2", ["IV.1": ("no", "Кандидатът е читалище.")])
        try workspace.expectSuccess(["sheet", "import", "--as", "e1", wrongType.path])
        try workspace.expectSuccess(["sheet", "submit", "--as", "e1", "--proposal", "P-2", "--stage", "admin"])
        // I.6 only notes a НЕ: asking the applicant to remedy it is refused with the sheet's place.
        let request: [String: Any] = ["criterion": "I.6", "requestedAt": Self.now, "dueDate": "2025-12-09", "request": "Моля, допълнете индикаторите."]
        let noted = try workspace.sheetFile("P-3", ["I.6": ("no", "Липсва индикатор за резултат.")], remedy: [request])
        let refused = try workspace.run(["sheet", "import", "--as", "e1", noted.path])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("$.remedy[0].criterion"), "\(refused.standardError)")
        #expect(refused.standardError.contains("не води до отхвърляне"), "\(refused.standardError)")
    }
}
