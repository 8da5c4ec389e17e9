import EvaluationCore
import Foundation
import Testing

/// Objections against non-admission (002_60dcf141085ee52b.txt:1148): the two weeks, the file's format,
/// the block on the final ranking.
@Suite("Objections: deadlines, chair/objections.json, the block on the ranking")
struct ObjectionTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static let at = Timestamp("2026-02-27T10:00:00+02:00")!

    static func objection(notified: String, received: String, decision: ObjectionDecision? = nil) -> Objection {
        Objection(number: 1, proposal: "P-1", notifiedOn: day(notified), receivedOn: day(received), grounds: "Основания.",
                  by: "chair", at: at, decision: decision)
    }

    static var checklist: AdminChecklist {
        get throws { try Fixtures.configProcedure("bg05sfpr001-1.008.json").admin }
    }

    @Test("A week from the notice and from the receipt, moved off a holiday and a weekend")
    func deadlines() throws {
        // Tuesday 24.02.2026 + 7 = 03.03, the national holiday: 04.03. Received Friday 27.02 + 7 = Friday 06.03.
        let deadlines = ObjectionDeadlines(Self.objection(notified: "2026-02-24", received: "2026-02-27"), checklist: try Self.checklist)
        #expect(deadlines.objectDue == Self.day("2026-03-04"))
        #expect(deadlines.decisionDue == Self.day("2026-03-06"))
        // Received on Monday 29.12.2025 + 7 = 05.01.2026 (31.12 and 02.01 are non-working, but the week ends after them).
        #expect(ObjectionDeadlines.week(after: Self.day("2025-12-29"), checklist: try Self.checklist) == Self.day("2026-01-05"))
        // Saturday 07.03.2026 + 7 = Saturday 14.03: Monday 16.03.
        #expect(ObjectionDeadlines.week(after: Self.day("2026-03-07"), checklist: try Self.checklist) == Self.day("2026-03-16"))
    }

    @Test("Late objections and late decisions are recognised")
    func lateness() throws {
        let checklist = try Self.checklist
        let late = Self.objection(notified: "2026-02-24", received: "2026-03-05")
        #expect(ObjectionDeadlines(late, checklist: checklist).isLate(late))
        let onTime = Self.objection(notified: "2026-02-24", received: "2026-03-04")
        #expect(!ObjectionDeadlines(onTime, checklist: checklist).isLate(onTime))
        let decision = ObjectionDecision(outcome: .endProceedings, decidedOn: Self.day("2026-03-13"), decidedBy: "Ръководител",
                                         grounds: "Мотиви.", by: "chair", at: Self.at)
        let decidedLate = Self.objection(notified: "2026-02-24", received: "2026-03-04", decision: decision)
        #expect(ObjectionDeadlines(decidedLate, checklist: checklist).isDecisionLate(decidedLate))
    }

    @Test("An open objection blocks the final ranking, a decided one does not")
    func block() throws {
        let checklist = try Self.checklist
        var log = ObjectionLog(objections: [Self.objection(notified: "2026-02-24", received: "2026-02-27")])
        let refusal = try #require(ObjectionBlock.refusal(log, checklist: checklist))
        #expect(refusal.bulgarian.contains("№ 1 по P-1 (получено на 27.02.2026, срок за произнасяне 06.03.2026)"))
        #expect(refusal.english.contains("no. 1 on P-1"))
        log.objections[0].decision = ObjectionDecision(outcome: .endProceedings, decidedOn: Self.day("2026-03-02"),
                                                       decidedBy: "Ръководител", grounds: "Мотиви.", by: "chair", at: Self.at)
        #expect(ObjectionBlock.refusal(log, checklist: checklist) == nil)
        #expect(ObjectionBlock.refusal(ObjectionLog(), checklist: checklist) == nil)
    }

    static let valid = """
    {"format": 1, "objections": [
      {"number": 1, "proposal": "P-1", "notifiedOn": "2026-02-24", "receivedOn": "2026-02-27", "grounds": "Основания.",
       "by": "chair", "at": "2026-02-27T10:00:00+02:00",
       "decision": {"outcome": "returnToEvaluation", "decidedOn": "2026-03-05", "decidedBy": "Мария Иванова", "grounds": "Мотиви.",
                    "by": "chair", "at": "2026-03-05T10:00:00+02:00", "admission": 4}},
      {"number": 2, "proposal": "P-2", "notifiedOn": "2026-02-24", "receivedOn": "2026-02-28", "grounds": "Други.",
       "by": "sec", "at": "2026-02-28T10:00:00+02:00"}
    ]}
    """

    @Test("chair/objections.json reads back what the program writes")
    func decodes() throws {
        let log = try ObjectionsDecoder.decode(Data(Self.valid.utf8)).get()
        #expect(log.objections.count == 2)
        #expect(log.objections[0].decision?.outcome == .returnToEvaluation)
        #expect(log.objections[0].decision?.admission == 4)
        #expect(log.open.map(\.number) == [2])
        #expect(log.nextNumber == 3)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try ObjectionsDecoder.decode(encoder.encode(log)).get() == log)
    }

    @Test("Malformed objections are refused with their path", arguments: [
        ("\"number\": 2, \"proposal\": \"P-2\"", "\"number\": 1, \"proposal\": \"P-2\"", "$.objections[1].number", "се повтаря"),
        ("\"receivedOn\": \"2026-02-28\"", "\"receivedOn\": \"2026-02-20\"", "$.objections[1].receivedOn", "преди съобщаването"),
        ("\"grounds\": \"Други.\"", "\"grounds\": \"  \"", "$.objections[1].grounds", "не могат да са празни"),
        ("\"decidedOn\": \"2026-03-05\"", "\"decidedOn\": \"2026-02-26\"", "$.objections[0].decision.decidedOn", "преди получаването"),
        (", \"admission\": 4", "", "$.objections[0].decision.admission", "номера на решението за допускане"),
        ("\"returnToEvaluation\"", "\"appeal\"", "$.objections[0].decision.outcome", "appeal"),
        ("\"proposal\": \"P-2\"", "\"proposal\": \"../P-2\"", "$.objections[1].proposal", "не е допустим номер"),
        ("\"by\": \"sec\"", "\"by\": \"sec\", \"extra\": 1", "$.objections[1].extra", "непознато поле"),
    ])
    func refuses(_ from: String, _ to: String, _ path: String, _ says: String) throws {
        let text = Self.valid.replacingOccurrences(of: from, with: to)
        #expect(text != Self.valid)
        guard case .failure(let failure) = ObjectionsDecoder.decode(Data(text.utf8)) else {
            Issue.record("accepted: \(to)")
            return
        }
        #expect(failure.issues.contains { $0.place.hasPrefix(path) && $0.message.bulgarian.contains(says) }, "\(failure.issues)")
    }
}
