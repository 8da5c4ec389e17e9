import EvaluationCore
import Testing

/// Docs/architecture.md, "The rules" and seed 001 lines 7, 134, 263, 311: a proposal above the maximum per project (or below
/// the minimum), or registered after the submission deadline, is never approved as asked.
@Suite("The maximum and minimum per project and the submission deadline in the ranking")
struct RankingLimitsTests {
    typealias F = RankingFixtures

    static func standing(_ proposal: Proposal, procedure: Procedure, score: Int = 7550, correction: Int64 = 0,
                         admin: ProposalStanding.Admin = .admitted(decision: nil)) -> ProposalStanding {
        ProposalStanding(proposal: proposal, admin: admin, quality: .final(score: Points(hundredths: score), how: .mean(totals: [:])),
                         correction: Money(minorUnits: correction), groupMeans: [:], criterionMeans: [:], floor: Points(hundredths: 5100),
                         limits: ProposalStanding.Limits(proposal: proposal, procedure: procedure))
    }

    static func procedure(deadline: String? = "2025-11-26T00:00:00+02:00", minimum: String? = nil) throws -> Procedure {
        var procedure = try F.procedure()
        procedure.submissionDeadline = deadline.flatMap(Timestamp.init)
        if let minimum { procedure.priorities[0].minPerProject = try Money.parse(minimum).get() }
        return procedure
    }

    @Test("33.24-2025-022's case: 25 600,00 asked, maximum 25 000,00 — waits for the chair, not approved")
    func aboveMaximum() throws {
        let procedure = try Self.procedure()
        let p022 = Proposal(id: "33.24-2025-022", registeredAt: Timestamp("2025-11-25T11:19:00+02:00")!, title: "Проект", priority: "1",
                            requested: try Money.parse("25600.00").get(), applicant: Organisation(name: "СУ", eik: "000695114"))
        let standing = Self.standing(p022, procedure: procedure)
        #expect(standing.hold == .aboveMaximum)
        #expect(standing.status == .needsDecision)
        let ranking = Ranking.make(procedure: procedure, standings: [standing], decisions: DecisionLog())
        #expect(ranking.groups.flatMap(\.rows).isEmpty)
        #expect(ranking.unranked.map(\.status) == [.needsDecision])
        #expect(ranking.unranked.map(\.reasons) == [["aboveMaximum"]])
        #expect(!ranking.isFinal)
        #expect(p022.requested > procedure.priorities[0].maxPerProject!)
    }

    @Test("After a budget correction of 600,00 it is ranked and approved with 25 000,00")
    func correctedToMaximum() throws {
        let procedure = try Self.procedure()
        let p022 = Proposal(id: "33.24-2025-022", registeredAt: Timestamp("2025-11-25T11:19:00+02:00")!, title: "Проект", priority: "1",
                            requested: try Money.parse("25600.00").get(), applicant: Organisation(name: "СУ", eik: "000695114"))
        let corrected = Self.standing(p022, procedure: procedure, correction: 60_000)
        #expect(corrected.hold == nil)
        let ranking = Ranking.make(procedure: procedure, standings: [corrected], decisions: DecisionLog())
        let row = try #require(ranking.groups.first { $0.id == "1" }?.rows.first)
        #expect(row.proposal == "33.24-2025-022")
        #expect(row.amount == (try Money.parse("25000.00").get()))
        #expect(row.status == .approved)
        #expect(ranking.isFinal)
        // A correction that leaves it one stotinka above still holds it.
        #expect(Self.standing(p022, procedure: procedure, correction: 59_999).hold == .aboveMaximum)
    }

    @Test("Below the minimum per project waits for the chair; not admitting it ends the wait")
    func belowMinimum() throws {
        let procedure = try Self.procedure(minimum: "5000.00")
        let small = F.proposal("S", requested: 4_999)
        #expect(Self.standing(small, procedure: procedure).status == .needsDecision)
        #expect(Self.standing(small, procedure: procedure).hold == .belowMinimum)
        let rejected = Self.standing(small, procedure: procedure, admin: .notAdmitted(reasons: [], decision: 4))
        #expect(rejected.status == .notAdmitted)
        #expect(Self.standing(F.proposal("T", requested: 5_000), procedure: procedure).status == .eligible)
    }

    @Test("A proposal registered after the deadline (27.11.2025 10:15) waits for an admission decision; one at the deadline does not")
    func late() throws {
        let procedure = try Self.procedure()
        let late = F.proposal("L", requested: 10_000, registered: "2025-11-27T10:15:00+02:00")
        let onTime = F.proposal("O", requested: 10_000, registered: "2025-11-26T00:00:00+02:00")
        #expect(Self.standing(late, procedure: procedure).hold == .late)
        #expect(Self.standing(late, procedure: procedure).status == .needsDecision)
        #expect(Self.standing(onTime, procedure: procedure).hold == nil)
        let ranking = Ranking.make(procedure: procedure, standings: [Self.standing(late, procedure: procedure)], decisions: DecisionLog())
        #expect(ranking.unranked.first?.reasons == ["late"])
        let admitted = Self.standing(late, procedure: procedure, admin: .admitted(decision: 3))
        #expect(admitted.status == .eligible)
        let rejected = Self.standing(late, procedure: procedure, admin: .notAdmitted(reasons: [], decision: 3))
        #expect(rejected.status == .notAdmitted)
        // Without a deadline nothing is late.
        #expect(Self.standing(late, procedure: try Self.procedure(deadline: nil)).hold == nil)
    }

    @Test("The register flags a late proposal at import")
    func registerFinding() throws {
        let procedure = try Self.procedure()
        let flagged = RegisterFindings.apply(to: [F.proposal("L", requested: 10_000, registered: "2025-11-27T10:15:00+02:00"),
                                                 F.proposal("O", requested: 10_000)], procedure: procedure)
        #expect(flagged[0].findings.map(\.kind).contains(.registeredAfterDeadline))
        #expect(!flagged[1].findings.map(\.kind).contains(.registeredAfterDeadline))
    }

    @Test("Through ProposalStanding.make: the late proposal's admission decision lifts only its lateness")
    func admissionOfLate() throws {
        let procedure = try Self.procedure()
        let late = F.proposal("L", requested: 10_000, registered: "2025-11-27T10:15:00+02:00")
        let assignments = Assignments(admin: ["L": ["e1"]], quality: [:])
        let decision = Decision(number: 1, kind: .admission, proposal: "L", reason: "подаден по вина на системата", by: "chair",
                                at: Timestamp("2025-12-01T10:00:00+02:00")!, admitted: true)
        let pending = ProposalStanding.make(proposal: late, procedure: procedure, assignments: assignments, adminSheets: [],
                                            qualitySheets: [], decisions: DecisionLog(decisions: [decision]))
        #expect(pending.status == .pending)
        let undecided = ProposalStanding.make(proposal: late, procedure: procedure, assignments: assignments, adminSheets: [],
                                              qualitySheets: [], decisions: DecisionLog())
        #expect(undecided.status == .pending)
        #expect(undecided.limits.registeredLate)
    }
}
