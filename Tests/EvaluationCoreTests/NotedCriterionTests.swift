import EvaluationCore
import Testing

/// `onNo: note` — a НЕ recorded but not rejecting (seed 004's "Води до отхвърляне: Не",
/// 004_94583b06840526ec.txt:5) — and the admitted list that ends a procedure with no quality part.
@Suite("A criterion whose НЕ is only noted, and the admitted list")
struct NotedCriterionTests {
    typealias F = RankingFixtures
    static let at = Timestamp("2025-12-01T10:00:00+02:00")!

    /// The small procedure with I.2 turned into a noted criterion.
    static func checklist() throws -> AdminChecklist {
        let procedure = try Fixtures.decodeSmall {
            $0.set(["admin", "groups", 0, "criteria", 1, "onNo"], to: "note")
        }.get()
        #expect(procedure.admin.criterion(withID: "I.2")?.onNo == .note)
        return procedure.admin
    }

    static func sheet(_ answers: [String: AdminSheet.Answer]) -> AdminSheet {
        AdminSheet(proposal: "P", evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: at), status: .submitted, answers: answers)
    }

    @Test("A НЕ on a noted criterion admits the proposal and is listed as noted; a НЕ on another still rejects")
    func outcome() throws {
        let checklist = try Self.checklist()
        let noted = Self.sheet(["I.1": .init(.yes), "I.2": .init(.no, note: "Ролята на партньора е описана общо."), "II.1": .init(.yes)])
        #expect(AdminOutcome.of(assigned: ["e1"], sheets: [noted], checklist: checklist) == .admitted)
        #expect(AdminOutcome.notedNos(noted, checklist: checklist)
                == [.init(criterion: "I.2", evaluator: "e1", note: "Ролята на партньора е описана общо.", remedy: nil)])
        var both = noted
        both.answers["I.1"] = .init(.no, note: "Кандидатът не е допустим.")
        #expect(AdminOutcome.of(assigned: ["e1"], sheets: [both], checklist: checklist)
                == .notAdmitted(reasons: [.init(criterion: "I.1", evaluator: "e1", note: "Кандидатът не е допустим.", remedy: nil)]))
        let unanswered = Self.sheet(["I.1": .init(.yes), "II.1": .init(.yes)])
        #expect(AdminOutcome.noReasons(unanswered, checklist: checklist).map(\.criterion) == ["I.2"])
    }

    @Test("A НЕ on a noted criterion needs its note but no remedy before the sheet is submitted")
    func submission() throws {
        let checklist = try Self.checklist()
        var sheet = Self.sheet(["I.1": .init(.yes), "I.2": .init(.no, note: ""), "II.1": .init(.yes)])
        sheet.status = .draft
        let today = CalendarDate(year: 2025, month: 12, day: 1)!
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: today) == [.noteMissingForNo(criterion: "I.2")])
        sheet.answers["I.2"] = .init(.no, note: "Ролята на партньора е описана общо.")
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: today).isEmpty)
    }

    @Test("No quality part: the admitted proposals in the order of registration, no money shared out")
    func admittedList() throws {
        var procedure = try Fixtures.decodeSmall {
            $0.set(["quality"], to: nil)
            $0.set(["reconciliation"], to: nil)
            $0.set(["ranking"], to: nil)
        }.get()
        procedure.priorities = [procedure.priorities[0]]
        let standings = [
            F.admitted(F.proposal("A", requested: 60_000, registered: "2025-11-24T12:00:00+02:00")),
            F.admitted(F.proposal("B", requested: 90_000, registered: "2025-11-24T09:00:00+02:00")),
            F.admitted(F.proposal("C", requested: 10_000, registered: "2025-11-24T12:00:00+02:00")),
            ProposalStanding(proposal: F.proposal("D", requested: 5_000), admin: .notAdmitted(reasons: [], decision: 4), quality: nil,
                             correction: .zero, groupMeans: [:], criterionMeans: [:], floor: .zero),
        ]
        let ranking = Ranking.make(procedure: procedure, standings: standings, decisions: DecisionLog())
        #expect(ranking.outcome == .admittedList)
        let group = try #require(ranking.groups.first)
        #expect(ranking.groups.count == 1)
        #expect(group.rows.map(\.proposal) == ["B", "A", "C"])
        #expect(group.rows.allSatisfy { $0.status == .admitted && $0.score == nil && $0.runningTotal == .zero })
        #expect(group.budget == nil && group.allocated == .zero && group.remaining == nil)
        #expect(ranking.unranked.map(\.proposal) == ["D"])
        #expect(ranking.isFinal)
        // With a quality part the same standings are ranked for funding.
        #expect(Ranking.make(procedure: try F.procedure(), standings: [], decisions: DecisionLog()).outcome == .funding)
    }
}

extension RankingFixtures {
    /// Admitted in a procedure with no quality part.
    static func admitted(_ proposal: Proposal) -> ProposalStanding {
        ProposalStanding(proposal: proposal, admin: .admitted(decision: nil), quality: nil, correction: .zero, groupMeans: [:],
                         criterionMeans: [:], floor: .zero)
    }
}
