import EvaluationCore
import Foundation
import Testing

/// The header both sheets share is written into the sheet's own object: the files keep the flat
/// layout of Docs/formats.md ("conflict", "updatedAt", "submittedAt" as null while unset, no
/// "statusChange" until there is one); points and money in them keep their exact text (the one
/// `ExactNumberCoding` conformance both share).
@Suite("The sheet header and exact numbers in the sheets' JSON")
struct SheetHeaderTests {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func keys(_ value: some Encodable) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any]
        return Set(try #require(object).keys)
    }

    @Test("A fresh draft is written flat, with the header's unset fields as null and no statusChange")
    func freshDrafts() throws {
        let admin = AdminSheet(proposal: "P-1", evaluator: "e1", answers: ["I.1": AdminSheet.Answer(.yes)])
        #expect(try Self.json(admin) == #"{"answers":{"I.1":{"answer":"yes","note":""}},"conflict":null,"evaluator":"e1","format":1,"kind":"admin","proposal":"P-1","remedy":[],"status":"draft","submittedAt":null,"updatedAt":null}"#)
        let quality = QualitySheet(proposal: "P-1", evaluator: "e1", scores: ["1.1": QualitySheet.Score(points: nil, note: "")])
        #expect(try Self.json(quality) == #"{"conflict":null,"evaluator":"e1","format":1,"kind":"quality","proposal":"P-1","scores":{"1.1":{"note":"","points":null}},"status":"draft","submittedAt":null,"updatedAt":null}"#)
    }

    @Test("Every field comes back as it was written, the header's and the sheet's own")
    func roundTrip() throws {
        let at = try #require(Timestamp("2025-12-01T10:00:00+02:00"))
        let change = StatusChange(by: "chair", at: at, reason: "непълна обосновка", decision: 3)
        let admin = AdminSheet(proposal: "P-1", evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: at),
                               status: .returned, answers: ["I.1": AdminSheet.Answer(.no, note: "липсва")],
                               updatedAt: at, submittedAt: at, statusChange: change)
        #expect(try JSONDecoder().decode(AdminSheet.self, from: JSONEncoder().encode(admin)) == admin)
        #expect(try Self.keys(admin) == SheetHeader.fieldNames.union(["answers", "remedy"]))
        let quality = QualitySheet(proposal: "P-1", evaluator: "e1", status: .submitted,
                                   scores: ["1.1": QualitySheet.Score(points: Points(hundredths: 500), note: "добре")],
                                   updatedAt: at, submittedAt: at, statusChange: change)
        #expect(try JSONDecoder().decode(QualitySheet.self, from: JSONEncoder().encode(quality)) == quality)
        #expect(try Self.keys(quality) == SheetHeader.fieldNames.union(["scores"]))
        #expect(quality.header.statusChange == change && quality.kind == QualitySheet.kindName)
    }

    @Test("Points and money are written as their exact text and read from a string or a whole number")
    func exactNumbers() throws {
        let points = Points(hundredths: 550)
        let score = QualitySheet.Score(points: points, note: "")
        #expect(try Self.json(score) == #"{"note":"","points":"\#(points.canonicalText)"}"#)
        let money = Money(minorUnits: 2_500_000)
        #expect(try Self.json([money]) == #"["\#(money.canonicalText)"]"#)
        #expect(try JSONDecoder().decode([Money].self, from: Data(#"["25000.00", 25000]"#.utf8)) == [money, money])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Points].self, from: Data("[5.5]".utf8)) }
    }
}
