import EvaluationCore
import Testing

@Suite("One priority's part of the ranking (ocenka rank --priority)")
struct RankingOnlyPriorityTests {
    typealias F = RankingFixtures

    @Test("Only that priority's list and its unranked proposals; the rest of the ranking as it was")
    func onePriority() throws {
        let standings = [
            F.eligible(F.proposal("A", priority: "1", requested: 20_000), score: 900),
            F.eligible(F.proposal("B", priority: "2", requested: 5_000), score: 800),
            F.eligible(F.proposal("C", priority: "2", requested: 5_000), score: 300),
            F.eligible(F.proposal("D", priority: "1", requested: 5_000), score: 300),
        ]
        let ranking = Ranking.make(procedure: try F.procedure(), standings: standings, decisions: DecisionLog())
        let only = try #require(ranking.onlyPriority("2"))
        #expect(only.groups.map(\.id) == ["2"])
        #expect(only.groups.first?.rows.map(\.proposal) == ["B"])
        #expect(only.unranked.map(\.proposal) == ["C"])
        #expect(only.procedure == ranking.procedure && only.isFinal == ranking.isFinal && only.policy == ranking.policy)
    }

    @Test("A priority the ranking does not have gives nothing")
    func unknownPriority() throws {
        let ranking = Ranking.make(procedure: try F.procedure(), standings: [], decisions: DecisionLog())
        #expect(ranking.onlyPriority("9") == nil)
    }

    @Test("The outcome stays: an admitted list stays an admitted list", arguments: Ranking.Outcome.allCases)
    func outcomeStays(outcome: Ranking.Outcome) throws {
        let made = Ranking.make(procedure: try F.procedure(),
                                standings: [F.eligible(F.proposal("A", requested: 1_000), score: 900)], decisions: DecisionLog())
        let ranking = Ranking(procedure: made.procedure, isFinal: made.isFinal, policy: made.policy, groups: made.groups,
                              unranked: made.unranked, outcome: outcome)
        #expect(ranking.onlyPriority("1")?.outcome == outcome)
    }
}
