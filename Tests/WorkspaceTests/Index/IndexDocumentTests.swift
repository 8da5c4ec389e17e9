import EvaluationCore
import Foundation
import PropertyBased
import Testing
@testable import Workspace
import TestSupport
import WorkspaceFixtures

/// Random sheets and declarations with every optional field present or not, long Cyrillic texts,
/// emoji, quotes and line breaks.
struct RandomIndexDocument: CustomStringConvertible {
    let document: IndexDocument
    let seed: UInt64

    private static let words = ["Кандидатът", "посочва", "опит", "„Заедно“", "🎓", "e\u{301}", "\"кавички\"", "ред\nнов",
                                "таб\tулация", "Ѝ", "проект", "2 000,50", "—", "ЦОИДУЕМ", "ъ", "x"]

    init(seed: UInt64) {
        self.seed = seed
        var generator = SeededGenerator(seed: seed)
        func text(_ longest: Int) -> String {
            let count = generator.number(below: longest + 1)
            return (0 ..< count).map { _ in Self.words[generator.number(below: Self.words.count)] }.joined(separator: " ")
        }
        func moment() -> Timestamp {
            let zones = ["+02:00", "+03:00", "Z", "-05:30"]
            let day = 1 + generator.number(below: 28)
            let text = "2025-11-\(day < 10 ? "0" : "")\(day)T1\(generator.number(below: 10)):0\(generator.number(below: 10)):00"
                + (generator.number(below: 2) == 0 ? "" : ".5") + zones[generator.number(below: zones.count)]
            return Timestamp(text)!
        }
        func date() -> CalendarDate { CalendarDate(year: 2025 + generator.number(below: 2), month: 1 + generator.number(below: 12), day: 1 + generator.number(below: 28))! }
        func maybe<T>(_ make: () -> T) -> T? { generator.number(below: 2) == 0 ? nil : make() }
        var header = SheetHeader(kind: "quality", proposal: "33.24-2025-\(generator.number(below: 10_000))", evaluator: "e\(generator.number(below: 9))",
                                 conflict: maybe { ConflictDeclaration(declared: generator.number(below: 2) == 0, at: moment(), reason: maybe { text(20) }) },
                                 status: SheetStatus.allCases[generator.number(below: SheetStatus.allCases.count)],
                                 updatedAt: maybe(moment), submittedAt: maybe(moment),
                                 statusChange: maybe { StatusChange(by: "chair", at: moment(), reason: text(30), decision: maybe { generator.number(below: 500) }) })
        header.format = 1 + generator.number(below: 2)
        switch generator.number(below: 3) {
        case 0:
            var declaration = Declaration(evaluator: header.evaluator, acceptedAt: moment(), textVersion: 1 + generator.number(below: 3))
            declaration.format = header.format
            document = .declaration(declaration)
        case 1:
            header.kind = "admin"
            var answers: [String: AdminSheet.Answer] = [:]
            for index in 0 ..< generator.number(below: 30) {
                answers["\(index / 10 + 1).\(index)"] = AdminSheet.Answer(AdminSheet.AnswerValue.allCases[generator.number(below: 3)], note: text(40))
            }
            let remedy = (0 ..< generator.number(below: 4)).map { _ in
                RemedyRequest(criterion: "II.\(generator.number(below: 20))", requestedAt: moment(), dueDate: date(), request: text(80),
                              noticeSentOn: maybe(date), noticeReceivedOn: maybe(date),
                              reply: maybe { RemedyRequest.Reply(receivedAt: moment(), text: text(200), repliedOn: maybe(date)) })
            }
            document = .admin(AdminSheet(header: header, answers: answers, remedy: remedy))
        default:
            var scores: [String: QualitySheet.Score] = [:]
            for index in 0 ..< generator.number(below: 30) {
                scores["\(index / 5 + 1).\(index % 5 + 1)"] = QualitySheet.Score(
                    points: maybe { Points(hundredths: generator.number(below: 2_001) - 1_000) }, note: text(400))
            }
            document = .quality(QualitySheet(header: header, scores: scores))
        }
    }

    var description: String { "seed \(seed)" }
}

@Suite("The index gives back every sheet and declaration as parsed, and refuses bytes it did not write")
struct IndexDocumentTests {
    static let cases = Gen.int64(in: 0 ... Int64.max).map { RandomIndexDocument(seed: UInt64($0)) }

    @Test("Encoded and decoded, a document is equal to the one encoded")
    func roundTrip() async {
        await propertyCheck(count: 400, input: Self.cases) { random in
            let (bytes, notes) = random.document.encoded()
            let decoded = bytes.withUnsafeBytes { structure in
                notes.withUnsafeBytes { try? IndexDocument(decoding: structure, notes: $0) }
            }
            #expect(decoded == random.document, "\(random)")
            if case .quality(var sheet) = random.document {
                for criterion in sheet.scores.keys { sheet.scores[criterion]?.note = "" }
                #expect(bytes.withUnsafeBytes { try? IndexDocument(decoding: $0, notes: nil) } == .quality(sheet), "without the texts, no justification")
            } else {
                #expect(bytes.withUnsafeBytes { try? IndexDocument(decoding: $0, notes: nil) } == random.document)
            }
        }
    }

    @Test("Every prefix of a document's bytes, and the bytes with one more, is refused without a crash")
    func truncated() async {
        await propertyCheck(count: 60, input: Self.cases) { random in
            let (bytes, notes) = random.document.encoded()
            notes.withUnsafeBytes { notes in
                for length in 0 ..< bytes.count {
                    let refused = Array(bytes.prefix(length)).withUnsafeBytes { (try? IndexDocument(decoding: $0, notes: notes)) == nil }
                    #expect(refused, "\(random), \(length) of \(bytes.count) bytes")
                }
                #expect((bytes + [0]).withUnsafeBytes { (try? IndexDocument(decoding: $0, notes: notes)) == nil })
            }
            if !notes.isEmpty {
                let shorter = bytes.withUnsafeBytes { structure in
                    Array(notes.dropLast()).withUnsafeBytes { try? IndexDocument(decoding: structure, notes: $0) }
                }
                #expect(shorter == nil, "texts cut short are refused")
            }
        }
    }

    @Test("A log's summary is given back as made from its reading")
    func logSummary() throws {
        let summary = LogSummary(entryCount: 3,
                                 latest: ["sheets/e1/a.json": .init(sha256: "ab", at: "2025-12-01T10:00:00+02:00", actor: "e1", previousSHA256: nil),
                                          "sheets/e1/b.json": .init(sha256: "cd", at: "2025-12-01T10:01:00+02:00", actor: "e1", previousSHA256: "ef")],
                                 anchors: [.init(line: 2, heads: ["chair/audit.jsonl": ChainHead(lines: 7, head: String(repeating: "a", count: 64))])],
                                 lineHashes: ["11", "22", "33"], bytes: 1_234, memberSeen: true)
        let bytes = summary.encoded()
        #expect(bytes.withUnsafeBytes { try? LogSummary(decoding: $0) } == summary)
        #expect(summary.hash(ofLine: 0) == SHA256Digest.zero)
        #expect(summary.hash(ofLine: 3) == "33")
        #expect(summary.hash(ofLine: 4) == nil)
        for length in 0 ..< bytes.count {
            #expect(Array(bytes.prefix(length)).withUnsafeBytes { (try? LogSummary(decoding: $0)) == nil })
        }
    }
}

@Suite("The index gives back the demo's register and every one of its sheets as parsed")
struct IndexDemoTests {
    @Test("The demo's proposals, sheets and declarations, encoded and decoded, are those parsed")
    func demo() throws {
        let parent = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let root = parent.appendingPathComponent("demo", isDirectory: true)
        _ = try DemoWorkspace.create(at: root, procedure: try DemoWorkspaceTests.referenceProcedure())
        let snapshot = try WorkspaceLoader.load(root).get()
        #expect(snapshot.proposals.contains { !$0.findings.isEmpty && !$0.partners.isEmpty })
        let register = IndexRegister.encoded(snapshot.proposals)
        #expect(register.withUnsafeBytes { try? IndexRegister.decoded($0) } == snapshot.proposals)
        for length in stride(from: 0, to: register.count, by: 97) {
            #expect(Array(register.prefix(length)).withUnsafeBytes { (try? IndexRegister.decoded($0)) == nil })
        }
        var documents = snapshot.declarations.values.map(IndexDocument.declaration)
        documents += snapshot.adminSheets.values.flatMap(\.values).map(IndexDocument.admin)
        documents += snapshot.qualitySheets.values.flatMap(\.values).map(IndexDocument.quality)
        #expect(documents.count > 40)
        for document in documents {
            let (structure, notes) = document.encoded()
            #expect(structure.withUnsafeBytes { structure in notes.withUnsafeBytes { try? IndexDocument(decoding: structure, notes: $0) } } == document)
        }
    }
}
