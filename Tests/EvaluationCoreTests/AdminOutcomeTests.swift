import EvaluationCore
import Testing

@Suite("The administrative outcome of a proposal")
struct AdminOutcomeTests {
    static let at = Timestamp("2025-12-01T10:00:00+02:00")!

    static func sheet(_ evaluator: String, _ answers: [String: AdminSheet.Answer], status: SheetStatus = .submitted) -> AdminSheet {
        AdminSheet(proposal: "P", evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: at),
                   status: status, answers: answers)
    }

    static let allYes: [String: AdminSheet.Answer] = ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.yes)]

    @Test func admittedWhenEverySheetSaysYesOrNA() throws {
        let checklist = try Fixtures.smallProcedure.admin
        #expect(AdminOutcome.of(assigned: ["e1"], sheets: [Self.sheet("e1", Self.allYes)], checklist: checklist) == .admitted)
    }

    @Test func pendingUntilEveryAssignedSheetIsSubmitted() throws {
        let checklist = try Fixtures.smallProcedure.admin
        #expect(AdminOutcome.of(assigned: ["e1", "e2"], sheets: [Self.sheet("e1", Self.allYes)], checklist: checklist)
                == .pending(waitingFor: ["e2"]))
        #expect(AdminOutcome.of(assigned: ["e1"], sheets: [Self.sheet("e1", Self.allYes, status: .draft)], checklist: checklist)
                == .pending(waitingFor: ["e1"]))
        #expect(AdminOutcome.of(assigned: [], sheets: [], checklist: checklist) == .pending(waitingFor: []))
    }

    @Test("A НЕ in a submitted sheet: not admitted, with the criterion and its note")
    func notAdmitted() throws {
        let checklist = try Fixtures.smallProcedure.admin
        var answers = Self.allYes
        answers["I.1"] = .init(.no, note: "Кандидатът е изпълнявал договор по 33.23-2024.")
        let outcome = AdminOutcome.of(assigned: ["e1"], sheets: [Self.sheet("e1", answers)], checklist: checklist)
        #expect(outcome == .notAdmitted(reasons: [
            .init(criterion: "I.1", evaluator: "e1", note: "Кандидатът е изпълнявал договор по 33.23-2024.", remedy: nil),
        ]))
    }

    @Test("Н/П where it is not allowed counts against the proposal")
    func naNotAllowed() throws {
        let checklist = try Fixtures.smallProcedure.admin
        var answers = Self.allYes
        answers["II.1"] = .init(.na)
        guard case .notAdmitted(let reasons) = AdminOutcome.of(assigned: ["e1"], sheets: [Self.sheet("e1", answers)], checklist: checklist) else {
            Issue.record("expected not admitted")
            return
        }
        #expect(reasons.map(\.criterion) == ["II.1"])
    }

    @Test("Evaluators who disagree leave the decision to the chair")
    func disagreement() throws {
        let checklist = try Fixtures.smallProcedure.admin
        var answers = Self.allYes
        answers["I.2"] = .init(.no, note: "Партньорът не е допустим.")
        let outcome = AdminOutcome.of(assigned: ["e1", "e2"], sheets: [Self.sheet("e1", Self.allYes), Self.sheet("e2", answers)],
                                      checklist: checklist)
        #expect(outcome == .evaluatorsDisagree(admittedBy: ["e1"], rejectedBy: ["e2"]))
    }

    @Test("Sheets of evaluators who are not assigned do not count")
    func unassigned() throws {
        let checklist = try Fixtures.smallProcedure.admin
        var answers = Self.allYes
        answers["I.1"] = .init(.no, note: "x")
        #expect(AdminOutcome.of(assigned: ["e1"], sheets: [Self.sheet("e1", Self.allYes), Self.sheet("e9", answers)],
                                checklist: checklist) == .admitted)
    }
}
