import EvaluationCore
import Testing

/// Standings built directly, for the ranking's rules.
enum RankingFixtures {
    static func proposal(_ id: String, priority: String = "1", requested: Int64, registered: String = "2025-11-24T10:00:00+02:00") -> Proposal {
        Proposal(id: id, registeredAt: Timestamp(registered)!, title: "Проект \(id)", priority: priority,
                 requested: Money(minorUnits: requested * 100), applicant: Organisation(name: "Кандидат \(id)", eik: "000695114"))
    }

    static func eligible(_ proposal: Proposal, score: Int, correction: Int64 = 0, groups: [String: Points] = [:]) -> ProposalStanding {
        ProposalStanding(proposal: proposal, admin: .admitted(decision: nil), quality: .final(score: Points(hundredths: score), how: .mean(totals: [:])),
                         correction: Money(minorUnits: correction * 100), groupMeans: groups, criterionMeans: [:], floor: Points(hundredths: 510))
    }

    static func procedure(policy: RankingPolicy = RankingPolicy()) throws -> Procedure {
        var procedure = try Fixtures.smallProcedure
        procedure.ranking = policy
        return procedure
    }
}

@Suite("The ranking per priority against the budget")
struct RankingTests {
    typealias F = RankingFixtures

    @Test("An amount exactly equal to what is left is approved; the next that does not fit is reserve, and every one after it")
    func exactFitThenStop() throws {
        // Priority 1 has 100 000.
        let standings = [
            F.eligible(F.proposal("A", requested: 60_000), score: 900),
            F.eligible(F.proposal("B", requested: 40_000), score: 800),
            F.eligible(F.proposal("C", requested: 10_000), score: 700),
        ]
        let ranking = Ranking.make(procedure: try F.procedure(), standings: standings, decisions: DecisionLog())
        let group = try #require(ranking.groups.first { $0.id == "1" })
        #expect(group.rows.map(\.status) == [.approved, .approved, .reserve])
        #expect(group.allocated == Money(minorUnits: 10_000_000))
        #expect(group.remaining == .zero)
        #expect(group.rows.map(\.runningTotal) == [6_000_000, 10_000_000, 10_000_000].map { Money(minorUnits: $0) })
        #expect(ranking.isFinal)
    }

    @Test("Under the default policy a later proposal that would fit is still reserve; under skipToNextThatFits it is approved")
    func policies() throws {
        let standings = [
            F.eligible(F.proposal("A", requested: 70_000), score: 900),
            F.eligible(F.proposal("B", requested: 40_000), score: 800),
            F.eligible(F.proposal("C", requested: 25_000), score: 700),
            F.eligible(F.proposal("D", requested: 6_000), score: 600),
        ]
        let stop = Ranking.make(procedure: try F.procedure(), standings: standings, decisions: DecisionLog())
        #expect(stop.groups[0].rows.map(\.status) == [.approved, .reserve, .reserve, .reserve])
        let skip = Ranking.make(procedure: try F.procedure(policy: RankingPolicy(budgetPolicy: .skipToNextThatFits)),
                                standings: standings, decisions: DecisionLog())
        #expect(skip.groups[0].rows.map(\.status) == [.approved, .reserve, .approved, .reserve])
        #expect(skip.groups[0].remaining == Money(minorUnits: 500_000))
    }

    @Test("Unused money moves to the next priority when the procedure says so")
    func reallocation() throws {
        let standings = [
            F.eligible(F.proposal("A", priority: "1", requested: 70_000), score: 900),
            F.eligible(F.proposal("B", priority: "2", requested: 50_000), score: 900),
            F.eligible(F.proposal("C", priority: "2", requested: 30_000), score: 800),
        ]
        let kept = Ranking.make(procedure: try F.procedure(), standings: standings, decisions: DecisionLog())
        #expect(kept.groups[1].rows.map(\.status) == [.approved, .reserve])
        let moved = Ranking.make(procedure: try F.procedure(policy: RankingPolicy(reallocateUnused: true)), standings: standings,
                                 decisions: DecisionLog())
        #expect(moved.groups[1].transferredIn == Money(minorUnits: 3_000_000))
        #expect(moved.groups[1].rows.map(\.status) == [.approved, .approved])
        #expect(moved.groups[1].remaining == .zero)
    }

    @Test("Equal scores: the earlier registration first, then the proposal id")
    func ties() throws {
        let standings = [
            F.eligible(F.proposal("C", requested: 1000, registered: "2025-11-24T09:00:00+02:00"), score: 7000),
            F.eligible(F.proposal("B", requested: 1000, registered: "2025-11-24T10:00:00+02:00"), score: 7000),
            F.eligible(F.proposal("A", requested: 1000, registered: "2025-11-24T10:00:00+02:00"), score: 7000),
            F.eligible(F.proposal("D", requested: 1000, registered: "2025-11-20T10:00:00+02:00"), score: 7001),
        ]
        let ranking = Ranking.make(procedure: try F.procedure(), standings: standings, decisions: DecisionLog())
        #expect(ranking.groups[0].rows.map(\.proposal) == ["D", "C", "A", "B"])
        #expect(ranking.groups[0].rows.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("A group tie-break puts the higher group score first")
    func groupTieBreak() throws {
        let standings = [
            F.eligible(F.proposal("A", requested: 1000), score: 7000, groups: ["2": Points(3)]),
            F.eligible(F.proposal("B", requested: 1000), score: 7000, groups: ["2": Points(4)]),
        ]
        let ranking = Ranking.make(procedure: try F.procedure(policy: RankingPolicy(tieBreak: [.total, .group("2"), .registeredAt])),
                                   standings: standings, decisions: DecisionLog())
        #expect(ranking.groups[0].rows.map(\.proposal) == ["B", "A"])
    }

    @Test("A budget correction moves a reserve proposal into funding")
    func correction() throws {
        let proposals = [F.proposal("A", requested: 60_000), F.proposal("B", requested: 45_000)]
        let before = Ranking.make(procedure: try F.procedure(), standings: [F.eligible(proposals[0], score: 900), F.eligible(proposals[1], score: 800)],
                                  decisions: DecisionLog())
        #expect(before.groups[0].rows.map(\.status) == [.approved, .reserve])
        let after = Ranking.make(procedure: try F.procedure(),
                                 standings: [F.eligible(proposals[0], score: 900), F.eligible(proposals[1], score: 800, correction: 5_000)],
                                 decisions: DecisionLog())
        #expect(after.groups[0].rows.map(\.status) == [.approved, .approved])
        #expect(after.groups[0].rows[1].amount == Money(minorUnits: 4_000_000))
        #expect(after.groups[0].remaining == .zero)
    }

    @Test("The chair's reorder works between equal scores only")
    func reorder() throws {
        let standings = [
            F.eligible(F.proposal("A", requested: 1000, registered: "2025-11-20T10:00:00+02:00"), score: 7000),
            F.eligible(F.proposal("B", requested: 1000, registered: "2025-11-21T10:00:00+02:00"), score: 7000),
            F.eligible(F.proposal("C", requested: 1000), score: 8000),
        ]
        let at = Timestamp("2025-12-10T10:00:00+02:00")!
        let decisions = DecisionLog(decisions: [
            Decision(number: 1, kind: .reorder, proposal: "B", reason: "По-голям обхват на целевата група", by: "chair", at: at, before: "A"),
            Decision(number: 2, kind: .reorder, proposal: "A", reason: "Опит", by: "chair", at: at, before: "C"),
        ])
        let ranking = Ranking.make(procedure: try F.procedure(), standings: standings, decisions: decisions)
        #expect(ranking.groups[0].rows.map(\.proposal) == ["C", "B", "A"])
    }

    @Test("Below the floor, not admitted, waiting for a decision or pending: unranked with reasons; pending makes it preliminary")
    func unranked() throws {
        let floorless = ProposalStanding(proposal: F.proposal("L", requested: 1000), admin: .admitted(decision: nil),
                                         quality: .final(score: Points(hundredths: 509), how: .mean(totals: [:])), correction: .zero,
                                         groupMeans: [:], criterionMeans: [:], floor: Points(hundredths: 510))
        let rejected = ProposalStanding(proposal: F.proposal("N", requested: 1000),
                                        admin: .notAdmitted(reasons: [.init(criterion: "II.1", evaluator: "e1", note: "Липсват", remedy: nil)], decision: nil),
                                        quality: nil, correction: .zero, groupMeans: [:], criterionMeans: [:], floor: Points(hundredths: 510))
        let spread = ProposalStanding(proposal: F.proposal("S", requested: 1000), admin: .admitted(decision: nil),
                                      quality: .needsDecision(.spread(totals: [:], spread: Points(25), allowed: Points(2))), correction: .zero,
                                      groupMeans: [:], criterionMeans: [:], floor: Points(hundredths: 510))
        let waiting = ProposalStanding(proposal: F.proposal("W", requested: 1000), admin: .pending(waitingFor: ["e2"]), quality: nil,
                                       correction: .zero, groupMeans: [:], criterionMeans: [:], floor: Points(hundredths: 510))
        let ranking = Ranking.make(procedure: try F.procedure(), standings: [floorless, rejected, spread, waiting], decisions: DecisionLog())
        #expect(ranking.unranked.map(\.status) == [.belowFloor, .notAdmitted, .needsDecision, .pending])
        #expect(ranking.unranked.map(\.reasons) == [["floor"], ["II.1"], ["spread"], ["admin"]])
        #expect(!ranking.isFinal)
        #expect(ranking.groups.allSatisfy { $0.rows.isEmpty })
    }
}
