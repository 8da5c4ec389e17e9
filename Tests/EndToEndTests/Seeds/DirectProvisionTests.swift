import EvaluationCore
import Foundation
import Testing

/// Seed 003 end to end through the CLI: direct provision, pass/fail, with the population caps and the
/// one-per rules computed from the register (003_b1d6d98fb7444580.txt:222, 310, 312, 322–327, 729).
@Suite("Seed 003: direct provision by the population caps and the NUTS 3 order rule")
struct DirectProvisionTests {
    static func eik(_ stem: String) -> String { EIK.completing(stem)!.digits }

    /// D-*: читалища (no network); N-*: members of one network (КНСБ) in NUTS 3 areas.
    static let csv = """
    id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners,settlement,settlementPopulation,nuts3,network
    D-1,2025-11-24T09:00:00+02:00,1,28000.00,"Клуб в Драганово","НЧ „Просвета“",\(eik("20000001")),other,,с. Драганово,800,BG321,
    D-2,2025-11-24T09:10:00+02:00,1,30000.00,"Клуб в Лозен","НЧ „Светлина“",\(eik("20000002")),other,,с. Лозен,900,BG412,
    D-3,2025-11-24T09:20:00+02:00,1,30000.00,"Клуб в Бяла","НЧ „Развитие“",\(eik("20000003")),other,,гр. Бяла,"1 500",BG323,
    D-4,2025-11-24T09:30:00+02:00,1,20000.00,"Клуб в Горно село","НЧ „Искра“",\(eik("20000004")),other,,с. Горно село,150,BG413,
    D-5,2025-11-24T09:40:00+02:00,1,28000.00,"Втори клуб","НЧ „Просвета“",\(eik("20000001")),other,,с. Драганово,800,BG321,
    N-1,2025-11-24T10:00:00+02:00,1,52000.00,"Клуб в Пловдив","КНСБ — регион Пловдив",\(eik("30000001")),other,,гр. Пловдив,"280 000",BG421,КНСБ
    N-2,2025-11-24T11:00:00+02:00,1,46000.00,"Клуб в Асеновград","Синдикат „Образование“ — Пловдив",\(eik("30000002")),other,,гр. Асеновград,"35 000",BG421,КНСБ
    N-3,2025-11-24T11:30:00+02:00,1,52000.00,"Клуб в Пазарджик","КНСБ — регион Пазарджик",\(eik("30000003")),other,,гр. Пазарджик,"60 000",BG423,КНСБ
    N-4,2025-11-24T12:00:00+02:00,1,40000.00,"Клуб в Смолян","КНСБ — регион Смолян",\(eik("30000004")),other,,гр. Смолян,"14 000",BG424,КНСБ
    N-5,2025-11-24T12:30:00+02:00,1,34000.00,"Клуб в Чепеларе","Синдикат на миньорите",\(eik("30000005")),other,,гр. Чепеларе,"4 000",BG424,КНСБ

    """

    static func statuses(_ document: [String: Any]) throws -> [String: String] {
        var result: [String: String] = [:]
        for group in try #require(document["priorities"] as? [[String: Any]]) {
            for row in try #require(group["rows"] as? [[String: Any]]) {
                result[try #require(row["proposal"] as? String)] = row["status"] as? String
            }
        }
        for item in try #require(document["unranked"] as? [[String: Any]]) {
            let reasons = (item["reasons"] as? [String] ?? []).joined(separator: ";")
            result[try #require(item["proposal"] as? String)] = "\(item["status"] as? String ?? ""):\(reasons)"
        }
        return result
    }

    @Test("Caps by population band, under 200 refused, one club per organisation, one per network and area in the order of submission")
    func approvesAndRefuses() throws {
        let workspace = try SeedWorkspace.make(procedure: "bg-rrp-1.024.json", csv: Self.csv)
        defer { workspace.remove() }
        // N-4 is still being checked: N-5, later in the same network and area, waits for it (line 729).
        for proposal in ["D-1", "D-2", "D-3", "D-4", "D-5", "N-1", "N-2", "N-3", "N-5"] {
            try workspace.check(proposal)
        }
        let json = try workspace.run(["rank", "--as", "chair", "--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["outcome"] as? String == "directProvision")
        #expect(document["final"] as? Bool == false)
        #expect(try Self.statuses(document) == [
            "D-1": "approved",                             // 800 inhabitants, 28 000 = the cap of 200–1 000
            "D-2": "needsDecision:aboveBandMaximum",       // 900 inhabitants, 30 000 > 28 000
            "D-3": "approved",                             // 1 500 inhabitants, 30 000 ≤ 34 000
            "D-4": "notAdmitted:populationBelowMinimum",   // 150 < 200
            "D-5": "notAdmitted:onePerApplicant",          // the same читалище as D-1
            "N-1": "approved",                             // first of КНСБ in BG421
            "N-2": "notAdmitted:onePerNetworkArea",        // later, same network and area
            "N-3": "approved",                             // another area
            "N-4": "pending:admin",
            "N-5": "pending:earlierInNetworkArea",
        ])

        // The chair corrects D-2 to its cap; N-4 is checked and takes BG424, so N-5 is refused.
        try workspace.expectSuccess(["decide", "correct", "--as", "chair", "--proposal", "D-2", "--amount", "2000.00",
                                     "--reason", "Надвишение над тавана за населено място с 200–1 000 жители (т. 11, Дейност 1)."])
        try workspace.check("N-4")
        let text = try workspace.run(["rank", "--as", "chair"])
        #expect(text.status == 0, "\(text.standardError)")
        let lines = text.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "ОКОНЧАТЕЛЕН СПИСЪК НА ПРЕДЛОЖЕНИЯТА, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ")
        let approved = lines.filter { $0.hasSuffix("одобрено") }.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }
        #expect(approved == ["D-1", "D-2", "D-3", "N-1", "N-3", "N-4"])
        #expect(lines.contains { $0.hasPrefix("N-5") && $0.contains("мрежата вече има одобрено предложение") }, "\(text.standardOutput)")
        #expect(lines.contains { $0.hasPrefix("D-4") && $0.contains("население под минимума") })
        #expect(lines.contains("Неодобрени предложения"))
        #expect(!text.standardOutput.contains("Точки"))

        let protocolRun = try workspace.run(["protocol", "--as", "chair", "--stdout", "--width", "80"])
        #expect(protocolRun.status == 0, "\(protocolRun.standardError)")
        #expect(protocolRun.standardOutput.contains("V. ПРЕДЛОЖЕНИЯ, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ"))
        #expect(!protocolRun.standardOutput.contains("КЛАСИРАНЕ"))
        #expect(protocolRun.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
