import EvaluationCore
import PropertyBased
import Testing

/// Random workspaces: proposals over two priorities with random amounts, scores, registration times
/// and administrative results; random budget policies.
struct RandomRankingCase: CustomStringConvertible {
    let standings: [ProposalStanding]
    let policy: RankingPolicy
    let seed: UInt64

    init(seed: UInt64, count: Int) {
        var generator = SeededGenerator(seed: seed)
        var standings: [ProposalStanding] = []
        for index in 0..<count {
            let priority = generator.number(below: 2) == 0 ? "1" : "2"
            let day = 20 + generator.number(below: 6)
            let hour = 8 + generator.number(below: 10)
            let proposal = Proposal(
                id: "P-\(index)", registeredAt: Timestamp("2025-11-\(day)T\(hour < 10 ? "0" : "")\(hour):00:00+02:00")!,
                title: "Проект \(index)", priority: priority, requested: Money(minorUnits: Int64(100_000 + generator.number(below: 6_000_000))),
                applicant: Organisation(name: "Кандидат \(index)", eik: "000695114"))
            let score = Points(hundredths: 4000 + 50 * generator.number(below: 1200) / 10)
            let admin: ProposalStanding.Admin = generator.number(below: 10) == 0
                ? .notAdmitted(reasons: [.init(criterion: "I.1", evaluator: "e1", note: "", remedy: nil)], decision: nil)
                : .admitted(decision: nil)
            let correction = generator.number(below: 5) == 0 ? Money(minorUnits: Int64(generator.number(below: 50_000))) : .zero
            standings.append(ProposalStanding(proposal: proposal, admin: admin, quality: .final(score: score, how: .mean(totals: [:])),
                                              correction: correction, groupMeans: [:], criterionMeans: [:], floor: Points(hundredths: 510)))
        }
        self.standings = standings
        self.policy = RankingPolicy(budgetPolicy: generator.number(below: 2) == 0 ? .stopAtFirstThatDoesNotFit : .skipToNextThatFits,
                                    reallocateUnused: generator.number(below: 2) == 0)
        self.seed = seed
    }

    var description: String { "seed \(seed), \(standings.count) proposals, \(policy.budgetPolicy), reallocate \(policy.reallocateUnused)" }
}

@Suite("Ranking invariants over random workspaces")
struct RankingPropertyTests {
    static let cases = zip(Gen.int64(in: 0...Int64.max), Gen.int(in: 0...40)).map { RandomRankingCase(seed: UInt64($0), count: $1) }

    static func rank(_ random: RandomRankingCase, standings: [ProposalStanding]? = nil) throws -> Ranking {
        var procedure = try Fixtures.smallProcedure
        procedure.ranking = random.policy
        return Ranking.make(procedure: procedure, standings: standings ?? random.standings, decisions: DecisionLog())
    }

    @Test("Approved amounts never exceed the budget (with what was moved in)")
    func withinBudget() async throws {
        let procedure = try Fixtures.smallProcedure
        await propertyCheck(count: 300, input: Self.cases) { random in
            let ranking = try Self.rank(random)
            for group in ranking.groups {
                let approved = group.rows.filter { $0.status == .approved }.reduce(Money.zero) { $0 + $1.amount }
                #expect(approved == group.allocated)
                let budget = try #require(procedure.priority(withID: group.id)?.budget)
                #expect(approved <= budget + group.transferredIn, "\(random)")
                #expect(group.remaining == budget + group.transferredIn - approved)
            }
        }
    }

    @Test("Every eligible proposal is approved or reserve, exactly once; ranks run 1…n by score")
    func everyEligibleListed() async throws {
        await propertyCheck(count: 300, input: Self.cases) { random in
            let ranking = try Self.rank(random)
            let listed = ranking.groups.flatMap { $0.rows.map(\.proposal) }
            let eligible = random.standings.filter { $0.status == .eligible }.map(\.proposal.id)
            #expect(listed.sorted() == eligible.sorted(), "\(random)")
            #expect(Set(listed).count == listed.count)
            #expect(ranking.unranked.count + listed.count == random.standings.count)
            for group in ranking.groups {
                #expect(group.rows.map(\.rank) == Array(1...max(1, group.rows.count)).prefix(group.rows.count).map { $0 })
                let scores = group.rows.compactMap(\.score)
                #expect(scores == scores.sorted(by: >), "\(random)")
            }
        }
    }

    @Test("Under stopAtFirstThatDoesNotFit no approved proposal ranks below a reserve one")
    func noApprovedAfterReserve() async throws {
        await propertyCheck(count: 300, input: Self.cases) { random in
            guard random.policy.budgetPolicy == .stopAtFirstThatDoesNotFit else { return }
            for group in try Self.rank(random).groups {
                if let firstReserve = group.rows.firstIndex(where: { $0.status == .reserve }) {
                    #expect(group.rows[firstReserve...].allSatisfy { $0.status == .reserve }, "\(random)")
                }
            }
        }
    }

    @Test("Under skipToNextThatFits every reserve proposal is larger than what was left when its turn came")
    func skipIsGreedy() async throws {
        await propertyCheck(count: 300, input: Self.cases) { random in
            guard random.policy.budgetPolicy == .skipToNextThatFits else { return }
            let procedure = try Fixtures.smallProcedure
            for group in try Self.rank(random).groups {
                var left = (procedure.priority(withID: group.id)?.budget ?? .zero) + group.transferredIn
                for row in group.rows {
                    if row.status == .approved { left -= row.amount } else { #expect(row.amount > left, "\(random)") }
                }
            }
        }
    }

    @Test("The result does not depend on the order of the proposals in the file")
    func orderIndependent() async throws {
        await propertyCheck(count: 200, input: Self.cases, Gen.int64(in: 0...Int64.max)) { random, shuffleSeed in
            var generator = SeededGenerator(seed: UInt64(shuffleSeed))
            let shuffled = generator.shuffled(random.standings)
            let original = try Self.rank(random)
            let reordered = try Self.rank(random, standings: shuffled)
            #expect(original == reordered, "\(random)")
        }
    }
}
