@testable import EvaluationCore
import Foundation
import Testing

/// The sheets' direct reader (`SheetReader`) against the general path: on random and mutated
/// sheets, `SheetDecoder.decodeQuality`, `decodeAdmin` and `decodeAny` give the same sheet or the
/// same refusals as their `…InGeneral` twins, which read through the `JSONValue` tree only.
@Suite("The sheets' direct reader agrees with the general path")
struct SheetReaderTests {
    /// A small seeded generator, so that a failure can be run again.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        /// Every likely choice taken and no unlikely one: a sheet both paths accept.
        var clean = false
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let notes = [
        "Кандидатът посочва един успешно изпълнен проект със сходни дейности (по национална програма на МОН).",
        "", " ", "ред\nвтори\tтабулация", "кавички „така“ и \\\"така\\\"", "escape \\n and \\u0041 and \\u00e9",
        "control \u{1B}[0m", "del \u{7F}", "c1 \u{85}", "emoji 🎉 e\u{301}", "\\ud83c\\udf89", "\\ud800 lone",
        "Ä", "nbsp\u{A0}x",
    ]
    static let times = ["2025-12-01T09:10:00+02:00", "2025-12-01T09:10:00Z", "2025-12-01 09:10:00+02:00", "2025-12-01T09:10:00.5+02:00",
                        "2025-13-01T09:10:00+02:00", "2025-12-01", "", " "]
    static let statuses = ["draft", "submitted", "returned", "cancelled", "Draft", ""]
    static let ids = ["33.24-2025-0001", "e1", "e2", ".hidden", "a b", "", "ид", String(repeating: "x", count: 65)]

    static func pick<T>(_ values: [T], _ random: inout SplitMix) -> T { values[Int(random.next() % UInt64(values.count))] }
    static func chance(_ percent: UInt64, _ random: inout SplitMix) -> Bool {
        random.clean ? percent >= 50 : random.next() % 100 < percent
    }

    /// A JSON string literal of `text` (already escaped where the text says so).
    static func quoted(_ text: String) -> String { "\"" + text + "\"" }

    /// A random value of some other JSON type, for a field that expects one.
    static func stray(_ random: inout SplitMix) -> String {
        pick(["null", "true", "false", "1", "1.0", "-1", "01", "[]", "{}", "\"x\"", "1e2", "[1,2]", "{\"a\":1}"], &random)
    }

    static func header(kind: String, _ random: inout SplitMix) -> [(String, String)] {
        var fields: [(String, String)] = []
        fields.append(("format", chance(90, &random) ? "1" : pick(["2", "1.0", "\"1\"", "0", "null", "1e0"], &random)))
        fields.append(("kind", chance(90, &random) ? quoted(kind) : pick(["\"admin\"", "\"quality\"", "null", "1", "\"x\""], &random)))
        fields.append(("proposal", chance(85, &random) ? quoted("33.24-2025-0001") : (chance(50, &random) ? quoted(pick(ids, &random)) : stray(&random))))
        fields.append(("evaluator", chance(85, &random) ? quoted("e1") : (chance(50, &random) ? quoted(pick(ids, &random)) : stray(&random))))
        if chance(80, &random) {
            var conflict: [String] = []
            if chance(95, &random) { conflict.append("\"at\":" + (chance(90, &random) ? quoted(times[0]) : quoted(pick(times, &random)))) }
            if chance(95, &random) { conflict.append("\"declared\":" + (chance(85, &random) ? "false" : pick(["true", "null", "0", "\"false\""], &random))) }
            if chance(15, &random) { conflict.append("\"reason\":" + pick(["\"родственик\"", "\"\"", "\" \"", "null", "1"], &random)) }
            if chance(5, &random) { conflict.append("\"extra\":1") }
            conflict.shuffle(using: &random)
            fields.append(("conflict", chance(90, &random) ? "{" + conflict.joined(separator: ",") + "}" : stray(&random)))
        } else if chance(50, &random) {
            fields.append(("conflict", "null"))
        }
        fields.append(("status", chance(90, &random) ? quoted(pick(Array(statuses.prefix(4)), &random)) : (chance(50, &random) ? quoted(pick(statuses, &random)) : stray(&random))))
        for key in ["updatedAt", "submittedAt"] where chance(85, &random) {
            fields.append((key, chance(80, &random) ? quoted(times[0]) : (chance(50, &random) ? quoted(pick(times, &random)) : "null")))
        }
        if chance(4, &random) {
            fields.append(("statusChange", #"{"by":"ch","at":"2025-12-02T10:00:00+02:00","reason":"върнат","decision":3}"#))
        }
        if chance(4, &random) { fields.append(("exportedFrom", "\"somewhere\"")) }
        if chance(3, &random) { fields.append(("unknown", "1")) }
        return fields
    }

    static func entry(_ members: [(String, String)], _ random: inout SplitMix) -> String {
        var members = members
        if chance(3, &random), let first = members.first { members.append(first) }
        if chance(3, &random) { members.append(("extra", "1")) }
        members.shuffle(using: &random)
        return object(members, &random)
    }

    static func object(_ members: [(String, String)], _ random: inout SplitMix) -> String {
        let spaced = chance(50, &random)
        let separator = spaced ? ",\n  " : ","
        let colon = spaced ? " : " : ":"
        return "{" + (spaced ? "\n  " : "") + members.map { quoted($0.0) + colon + $0.1 }.joined(separator: separator) + (spaced ? "\n}" : "}")
    }

    static func note(_ random: inout SplitMix) -> String? {
        if chance(10, &random) { return nil }
        if chance(5, &random) { return stray(&random) }
        if chance(3, &random) { return quoted(String(repeating: "я", count: 20_001)) }
        return quoted(chance(60, &random) ? notes[0] : pick(notes, &random))
    }

    static func qualitySheet(_ method: QualityMethod, _ random: inout SplitMix) -> String {
        var fields = header(kind: "quality", &random)
        if chance(92, &random) {
            var scores: [(String, String)] = []
            for criterion in method.criteria where chance(85, &random) {
                var members: [(String, String)] = []
                if chance(90, &random) {
                    let level = pick(criterion.levels, &random).points
                    let points: String
                    let forms: [UInt64] = [0, 1, 4]
                    let form = random.clean ? forms[Int(random.next() % 3)] : random.next() % 12
                    switch form {
                    case 0: points = String(level.hundredths / 100)
                    case 1: points = quoted(level.fixedText)
                    case 2: points = "null"
                    case 3: points = pick(["\"7\"", "\"-1\"", "\"1,5\"", "\"01\"", "\"1.234\"", "1.5", "\"\"", "\" 1\"", "true", "12345", "\"0.5\"", "\"1.\""], &random)
                    default: points = quoted(level.canonicalText)
                    }
                    members.append(("points", points))
                }
                if let note = note(&random) { members.append(("note", note)) }
                let id = chance(97, &random) ? criterion.id : pick(["9.9", "x", "1.1 ", "ё"], &random)
                scores.append((id, chance(97, &random) ? entry(members, &random) : stray(&random)))
            }
            if chance(3, &random), let first = scores.first { scores.append(first) }
            scores.shuffle(using: &random)
            fields.append(("scores", chance(95, &random) ? object(scores, &random) : stray(&random)))
        }
        fields.shuffle(using: &random)
        return object(fields, &random)
    }

    static func adminSheet(_ checklist: AdminChecklist, _ random: inout SplitMix) -> String {
        var fields = header(kind: "admin", &random)
        if chance(92, &random) {
            var answers: [(String, String)] = []
            for criterion in checklist.criteria where chance(90, &random) {
                var members: [(String, String)] = []
                if chance(95, &random) {
                    members.append(("answer", chance(90, &random) ? pick(["\"yes\"", "\"no\"", "\"na\""], &random) : pick(["\"YES\"", "null", "1", "\"\""], &random)))
                }
                if let note = note(&random) { members.append(("note", note)) }
                let id = chance(97, &random) ? criterion.id : pick(["IX.9", "x"], &random)
                answers.append((id, chance(97, &random) ? entry(members, &random) : stray(&random)))
            }
            answers.shuffle(using: &random)
            fields.append(("answers", chance(95, &random) ? object(answers, &random) : stray(&random)))
        }
        if chance(80, &random) {
            fields.append(("remedy", pick(["[]", "[\n\n  ]", "null", "[1]", "{}",
                                           #"[{"criterion":"II.1","requestedAt":"2025-12-01T09:10:00+02:00","dueDate":"2025-12-03","request":"CV"}]"#], &random)))
        }
        fields.shuffle(using: &random)
        return object(fields, &random)
    }

    /// `text` with a few bytes changed, deleted, doubled or inserted, at random places.
    static func mutated(_ text: String, _ random: inout SplitMix) -> Data {
        var bytes = Array(text.utf8)
        if chance(5, &random) { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        for _ in 0...(random.next() % 3) where !bytes.isEmpty {
            let place = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 5 {
            case 0: bytes.remove(at: place)
            case 1: bytes.insert(bytes[place], at: place)
            case 2: bytes[place] = pick(Array("{}[]\",:\\ 01natfe\n".utf8) + [0x00, 0x1F, 0x80, 0xC2, 0xD0, 0xFF], &random)
            case 3: bytes[place] = bytes[place] ^ (1 << UInt8(random.next() % 8))
            default: bytes.append(pick(Array(" \n}x".utf8), &random))
            }
        }
        return Data(bytes)
    }

    static func check(_ data: Data, procedure: Procedure, expecting: SheetDecoder.Expectation,
                      sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let quality = SheetDecoder.decodeQuality(data, procedure: procedure, expecting: expecting)
        let admin = SheetDecoder.decodeAdmin(data, procedure: procedure, expecting: expecting)
        let any = SheetDecoder.decodeAny(data, procedure: procedure, expecting: expecting)
        let same = quality == SheetDecoder.decodeQualityInGeneral(data, procedure: procedure, expecting: expecting)
            && admin == SheetDecoder.decodeAdminInGeneral(data, procedure: procedure, expecting: expecting)
            && any == SheetDecoder.decodeAnyInGeneral(data, procedure: procedure, expecting: expecting)
        if !same { Issue.record("differs on \(String(decoding: data, as: UTF8.self))", sourceLocation: sourceLocation) }
        return same
    }

    @Test("Random quality and admin sheets, whole and mutated", arguments: [UInt64(1), 2, 3, 4])
    func randomSheets(seed: UInt64) throws {
        let procedures = [try Fixtures.reference, try Fixtures.smallProcedure]
        var random = SplitMix(state: seed)
        var accepted = 0
        var directly = 0
        var failures = 0
        for round in 0..<1_500 {
            random.clean = round % 5 < 2
            let procedure = procedures[round % 2]
            let text = round % 3 == 0 ? Self.adminSheet(procedure.admin, &random) : Self.qualitySheet(try #require(procedure.quality), &random)
            let expecting = Self.chance(20, &random)
                ? SheetDecoder.Expectation(proposal: Self.pick(["33.24-2025-0001", "P-2"], &random), evaluator: Self.pick(["e1", "e2"], &random))
                : SheetDecoder.Expectation()
            let data = Self.chance(30, &random) ? Self.mutated(text, &random) : Data(text.utf8)
            if !Self.check(data, procedure: procedure, expecting: expecting) {
                failures += 1
                if failures > 5 { return }
            }
            if case .success = SheetDecoder.decodeAny(data, procedure: procedure, expecting: expecting) { accepted += 1 }
            let direct = data.withUnsafeBytes { bytes in
                SheetReader.quality(bytes, procedure: procedure, expecting: expecting) != nil
                    || SheetReader.admin(bytes, procedure: procedure, expecting: expecting) != nil
            }
            if direct { directly += 1 }
        }
        // Both the accepted and the refused side are exercised.
        #expect(accepted > 400)
        #expect(accepted < 1_400)
        // Most accepted sheets are plain enough for the direct reader, so that its values are compared too.
        #expect(directly > accepted / 2)
    }

    @Test("A plain submitted sheet is read by the direct reader, not left to the general path")
    func directReaderTakesThePlainCase() throws {
        let procedure = try Fixtures.reference
        let method = try #require(procedure.quality)
        let scores = method.criteria.map { "\"\($0.id)\": {\"note\": \"Обосновка „\($0.id)“.\", \"points\": \"\($0.levels[0].points.canonicalText)\"}" }
        let text = """
        {"conflict": {"at": "2026-01-15T09:00:00+02:00", "declared": false}, "evaluator": "e1", "format": 1, "kind": "quality",
         "proposal": "33.24-2025-0001", "scores": {\(scores.joined(separator: ", "))}, "status": "submitted",
         "submittedAt": "2026-01-15T10:00:00+02:00", "updatedAt": "2026-01-15T10:00:00+02:00"}
        """
        let sheet = try #require(Data(text.utf8).withUnsafeBytes { SheetReader.quality($0, procedure: procedure, expecting: .init()) })
        #expect(sheet.scores.count == method.criteria.count)
        #expect(Self.check(Data(text.utf8), procedure: procedure, expecting: .init(proposal: "33.24-2025-0001", evaluator: "e1")))
    }

    @Test("Points in the plain forms are read as Points.parse reads them",
          arguments: ["0", "1", "3.00", "3.5", "0.25", "12.05", "9999.99", "10.0", "00.5", "1.", ".5", "1.234", "-1.5", "1,5", "01.5", "1 000.5"])
    func simplePoints(_ text: String) {
        if let points = JSONObjectReader.simplePoints(text) {
            #expect(Points.parse(text) == .success(points))
        }
    }
}
