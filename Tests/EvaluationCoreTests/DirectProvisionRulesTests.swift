import EvaluationCore
import Testing

/// Seed 003's register rules in the procedure file and in the direct-provision list
/// (003_b1d6d98fb7444580.txt:222, 310, 312, 322–327, 729).
@Suite("Direct provision: the register rules")
struct DirectProvisionRulesTests {
    static func procedure(_ change: (inout [String: Any]) -> Void = { _ in }) -> Result<Procedure, ValidationFailure> {
        try! Fixtures.decodeSmall {
            $0.set(["quality"], to: nil)
            $0.set(["reconciliation"], to: nil)
            $0.set(["ranking"], to: nil)
            $0.set(["outcome"], to: "directProvision")
            $0.set(["registerRules"], to: [
                ["kind": "populationBands", "minimumPopulation": 200, "bands": [
                    ["from": 200, "upTo": 1000, "maxPerProject": "28000.00", "workstations": 2],
                    ["from": 1001, "maxPerProject": "34000.00", "workstations": 3],
                ]],
                ["kind": "onePerApplicant"],
                ["kind": "onePerNetworkArea"],
            ])
            change(&$0)
        }
    }

    static func places(_ result: Result<Procedure, ValidationFailure>) -> [String] {
        guard case .failure(let failure) = result else { return [] }
        return failure.issues.map(\.place)
    }

    @Test("The rules are read, and a procedure with them approves for direct provision")
    func reads() throws {
        let procedure = try Self.procedure().get()
        #expect(procedure.directProvision)
        #expect(procedure.registerRules.map(\.kind) == ["populationBands", "onePerApplicant", "onePerNetworkArea"])
        #expect(Ranking.Outcome(procedure: procedure) == .directProvision)
    }

    @Test("Malformed rules are refused at their JSON path")
    func malformed() {
        let cases: [([Any], Any, String)] = [
            (["registerRules", 0, "kind"], "populationBand", "$.registerRules[0].kind"),
            (["registerRules", 1, "kind"], "populationBands", "$.registerRules[1].kind"),
            (["registerRules", 0, "bands", 1, "from"], 1002, "$.registerRules[0].bands[1].from"),
            (["registerRules", 0, "bands", 0, "upTo"], 100, "$.registerRules[0].bands[0].upTo"),
            (["registerRules", 0, "bands", 0, "maxPerProject"], "-1", "$.registerRules[0].bands[0].maxPerProject"),
            (["registerRules", 0, "minimumPopulation"], 150, "$.registerRules[0].bands"),
            (["registerRules", 2, "extra"], true, "$.registerRules[2].extra"),
            (["outcome"], "funding", "$.outcome"),
        ]
        for (path, value, place) in cases {
            let places = Self.places(Self.procedure { $0.set(path, to: value) })
            #expect(places.contains { $0.hasPrefix(place) }, "\(place): \(places)")
        }
    }

    @Test("outcome and registerRules belong to a procedure without quality")
    func onlyWithoutQuality() throws {
        let result = try Fixtures.decodeSmall {
            $0.set(["outcome"], to: "directProvision")
            $0.set(["registerRules"], to: [["kind": "onePerApplicant"]])
        }
        let places = Self.places(result)
        #expect(places.contains { $0.hasPrefix("$.outcome") } && places.contains { $0.hasPrefix("$.registerRules") }, "\(places)")
    }

    /// Every order of registration of the same proposals: at most one approved per applicant and per
    /// network and area, the first eligible in order takes the place, and a cap or the minimum refuses.
    @Test("Invariants over every order of registration of six proposals")
    func invariants() throws {
        let procedure = try Self.procedure { $0.set(["priorities"], to: [["id": "1", "title": "Един", "budget": "1000000.00"]]) }.get()
        struct Spec { let id: String; let eik: String; let network: String?; let area: String?; let population: Int; let amount: Int64 }
        let specs = [
            Spec(id: "A", eik: "000695114", network: nil, area: "BG1", population: 800, amount: 28_000),
            Spec(id: "B", eik: "000695114", network: nil, area: "BG2", population: 900, amount: 20_000),
            Spec(id: "C", eik: "100000019", network: "N", area: "BG1", population: 5_000, amount: 34_000),
            Spec(id: "D", eik: "130000021", network: "N", area: "BG1", population: 5_000, amount: 30_000),
            Spec(id: "E", eik: "175001238", network: "N", area: "BG2", population: 150, amount: 10_000),
            Spec(id: "F", eik: "120000005", network: nil, area: "BG3", population: 900, amount: 29_000),
        ]
        func permutations(_ items: [Spec]) -> [[Spec]] {
            guard items.count > 1 else { return [items] }
            return items.indices.flatMap { index -> [[Spec]] in
                var rest = items
                let first = rest.remove(at: index)
                return permutations(rest).map { [first] + $0 }
            }
        }
        for order in permutations(specs) {
            let standings = order.enumerated().map { index, spec -> ProposalStanding in
                var proposal = RankingFixtures.proposal(spec.id, requested: spec.amount,
                                                        registered: "2025-11-24T10:\(10 + index):00+02:00")
                proposal.applicant = Organisation(name: "Кандидат \(spec.id)", eik: spec.eik)
                proposal.network = spec.network
                proposal.nuts3 = spec.area
                proposal.settlementPopulation = spec.population
                return RankingFixtures.admitted(proposal)
            }
            let ranking = Ranking.make(procedure: procedure, standings: standings, decisions: DecisionLog())
            let approved = ranking.groups.flatMap(\.rows).filter { $0.status == .approved }.map(\.proposal)
            let reasons = Dictionary(uniqueKeysWithValues: ranking.unranked.map { ($0.proposal, $0.reasons) })
            let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.id, $0) })
            #expect(reasons["E"] == ["populationBelowMinimum"])
            #expect(reasons["F"] == ["aboveBandMaximum"])
            #expect(approved.filter { ["A", "B"].contains($0) } == [position["A"]! < position["B"]! ? "A" : "B"])
            #expect(approved.filter { ["C", "D"].contains($0) } == [position["C"]! < position["D"]! ? "C" : "D"])
            #expect(approved.count + ranking.unranked.count == specs.count)
            #expect(ranking.isFinal == false)
        }
    }
}
