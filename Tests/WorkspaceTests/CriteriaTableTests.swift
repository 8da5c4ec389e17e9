import EvaluationCore
import Foundation
import Reports
import Testing
import Workspace

/// The criteria table of `ocenka procedure import` / `export-criteria` (issue 16, item 4).
@Suite("The criteria table: export, import, every error at FILE:LINE: column")
struct CriteriaTableTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func base(_ name: String = "coiduem-33.24-2025.json") throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("Config/procedures/\(name)"))
    }

    @Test("33.24-2025 and seed 004 round-trip: export, import into the same base, the same procedure", arguments: [
        "coiduem-33.24-2025.json", "esf-plus-admin-004.json", "bg-rrp-1.024.json",
    ])
    func roundTrip(_ name: String) throws {
        let base = try Self.base(name)
        let original = try ProcedureDecoder.decode(base).get()
        let table = try CriteriaTableCSV.render(original)
        let merged = try CriteriaTableImporter.merge(Data(table.utf8), fileName: "t.csv", into: base).get()
        let imported = try ProcedureDecoder.decode(merged).get()
        #expect(imported == original)
        #expect(imported.admin.criteria == original.admin.criteria)
        #expect(imported.quality?.criteria == original.quality?.criteria)
        #expect(try CriteriaTableCSV.render(imported) == table)
    }

    static let header = "part,group,groupTitle,criterion,text,allowsNA,onNo,points,levelText,source"
    static let good = [
        "admin,I,Допустимост,I.1,Кандидатът е допустим,no,reject,,,",
        "admin,I,Допустимост,I.2,Партньорът е допустим,yes,reject,,,",
        "admin,II,Документи,II.1,Автобиографиите са приложени,no,remedy,,,",
        "quality,1,Капацитет,1.1,Има ли капацитет?,,,3,Напълно,",
        "quality,1,Капацитет,1.1,,,,1,Частично,",
        "quality,1,Капацитет,1.1,,,,0,Няма,",
    ]

    /// The table with row `row` (from 0, after the header) replaced by `text`, or appended when `row` is past the end.
    static func table(_ changes: [Int: String], header: String = header) -> Data {
        var rows = good
        for (row, text) in changes.sorted(by: { $0.key < $1.key }) {
            if row < rows.count { rows[row] = text } else { rows.append(text) }
        }
        return Data(([header] + rows).joined(separator: "\n").appending("\n").utf8)
    }

    static func issues(_ data: Data) throws -> [ValidationIssue] {
        let base = try JSONSerialization.data(withJSONObject: [
            "format": 1, "id": "t", "title": "Т", "authority": "К", "currency": "BGN",
            "priorities": [["id": "1", "title": "П", "budget": "1000.00"]],
            "admin": ["remedyDays": 2, "remedyDayKind": "calendar", "evaluatorsPerProposal": 1, "groups": [Any]()],
            "quality": ["maxPoints": "3", "floor": "1", "groups": [Any]()],
            "reconciliation": ["evaluatorsPerProposal": 2, "maxSpreadPercentOfMax": 20, "method": "mean"],
            "ranking": ["scope": "priority", "tieBreak": ["total"], "budgetPolicy": "stopAtFirstThatDoesNotFit", "reallocateUnused": false],
        ] as [String: Any])
        switch CriteriaTableImporter.merge(data, fileName: "t.csv", into: base) {
        case .success: return []
        case .failure(let failure): return failure.issues
        }
    }

    @Test("The good table imports into a procedure that the decoder accepts")
    func good() throws {
        #expect(try Self.issues(Self.table([:])).isEmpty)
    }

    @Test("Malformed tables: each problem at its line and column", arguments: [
        ([0: "admni,I,Допустимост,I.1,Кандидатът е допустим,no,reject,,,"], "t.csv:2: part", "не е част"),
        ([0: "admin,,Допустимост,I.1,Кандидатът е допустим,no,reject,,,"], "t.csv:2: group", "липсва група"),
        ([0: "admin,I/1,Допустимост,I.1,Кандидатът е допустим,no,reject,,,"], "t.csv:2: group", "само латински букви"),
        ([0: "admin,I,,I.1,Кандидатът е допустим,no,reject,,,"], "t.csv:2: groupTitle", "липсва заглавие"),
        ([1: "admin,I,Друго,I.2,Партньорът е допустим,yes,reject,,,"], "t.csv:3: groupTitle", "се различава от това на ред 2"),
        ([0: "admin,I,Допустимост,,Кандидатът е допустим,no,reject,,,"], "t.csv:2: criterion", "липсва номер"),
        ([0: "admin,I,Допустимост,I 1,Кандидатът е допустим,no,reject,,,"], "t.csv:2: criterion", "само латински букви"),
        ([1: "admin,I,Допустимост,I.1,Партньорът е допустим,yes,reject,,,"], "t.csv:3: criterion", "вече е на ред 2"),
        ([0: "admin,I,Допустимост,I.1,,no,reject,,,"], "t.csv:2: text", "липсва текстът"),
        ([0: "admin,I,Допустимост,I.1,Кандидатът е допустим,може би,reject,,,"], "t.csv:2: allowsNA", "очаква се „да“ или „не“"),
        ([0: "admin,I,Допустимост,I.1,Кандидатът е допустим,no,maybe,,,"], "t.csv:2: onNo", "очаква се „reject“, „remedy“ или „note“"),
        ([0: "admin,I,Допустимост,I.1,Кандидатът е допустим,no,reject,3,,"], "t.csv:2: points", "няма точки и нива"),
        ([6: "admin,I,Допустимост,I.3,Трети,no,reject,,,"], "t.csv:8: group", "вече е започнала на ред 2"),
        ([3: "quality,1,Капацитет,1.1,Има ли капацитет?,no,,3,Напълно,"], "t.csv:5: allowsNA", "няма „allowsNA“"),
        ([3: "quality,1,Капацитет,1.1,Има ли капацитет?,,,три,Напълно,"], "t.csv:5: points", "не е брой точки"),
        ([3: "quality,1,Капацитет,1.1,Има ли капацитет?,,,1.555,Напълно,"], "t.csv:5: points", "не е брой точки"),
        ([4: "quality,1,Капацитет,1.1,,,,1,,"], "t.csv:6: levelText", "липсва описанието"),
        ([4: "quality,1,Капацитет,1.1,,,,3,Частично,"], "t.csv:6: points", "от най-високите към най-ниските"),
        ([4: "quality,1,Капацитет,1.1,Друг въпрос?,,,1,Частично,"], "t.csv:6: text", "въпросът се различава"),
        ([3: "quality,1,Капацитет,1.1,,,,3,Напълно,"], "t.csv:5: text", "липсва въпросът"),
        ([6: "quality,1,Капацитет,1.2,Втори?,,,1,Да,", 7: "quality,1,Капацитет,1.1,Отново?,,,1,Да,"], "t.csv:9: criterion", "вече е започнал на ред 5"),
    ] as [([Int: String], String, String)])
    func malformed(changes: [Int: String], place: String, fragment: String) throws {
        let issues = try Self.issues(Self.table(changes))
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.place == place, "\(issues)")
        #expect(issues.first?.message.bulgarian.contains(fragment) == true, "\(issues)")
    }

    @Test("Header problems: an unknown column, a missing one, a repeated one; an empty table")
    func header() throws {
        let unknown = try Self.issues(Self.table([:], header: Self.header + ",weight"))
        #expect(unknown.map(\.place) == ["t.csv:1: weight"])
        let missing = try Self.issues(Data("part,group,criterion,text\nadmin,I,I.1,Т\n".utf8))
        #expect(missing.map(\.place) == ["t.csv:1: groupTitle"])
        let twice = try Self.issues(Self.table([:], header: Self.header + ",part"))
        #expect(twice.map(\.place) == ["t.csv:1: part"])
        #expect(try Self.issues(Data(Self.header.utf8)).map(\.place) == ["t.csv:2"])
        #expect(try Self.issues(Data("  \n".utf8)).map(\.place) == ["t.csv:1"])
        #expect(try Self.issues(Data([0x70, 0xFF, 0x0A])).map(\.place) == ["t.csv:1"])
    }
}
