import EvaluationCore
import Foundation
import PropertyBased
import Testing

/// A random log of decisions over a few proposals, evaluators and stages, every kind, in the order
/// of their numbers (some numbers skipped), and the questions asked of it.
struct RandomDecisionLog: CustomStringConvertible {
    let decisions: [Decision]
    let seed: UInt64
    static let proposals = ["P-1", "P-2", "P-3", "33.24-2025-0001"]
    static let evaluators = ["e1", "e2", "e3"]

    init(seed: UInt64, count: Int) {
        var generator = SeededGenerator(seed: seed)
        let at = Timestamp("2025-12-01T10:00:00+02:00")!
        var number = 0
        decisions = (0..<count).map { _ in
            number += 1 + generator.number(below: 3)
            let kind = Decision.Kind.allCases[generator.number(below: Decision.Kind.allCases.count)]
            let sheetKind = kind == .returnSheet || kind == .cancelSheet || kind == .assignEvaluator
            return Decision(number: number, kind: kind, proposal: Self.proposals[generator.number(below: Self.proposals.count)],
                            reason: "Мотиви на решение № \(number).", by: "chair", at: at,
                            evaluator: sheetKind ? Self.evaluators[generator.number(below: Self.evaluators.count)] : nil,
                            stage: sheetKind ? (generator.number(below: 2) == 0 ? .admin : .quality) : nil,
                            points: kind == .consensusScore ? Points(hundredths: 100 * generator.number(below: 101)) : nil,
                            admitted: kind == .admission ? generator.number(below: 2) == 0 : nil,
                            amount: kind == .budgetCorrection ? Money(minorUnits: Int64(generator.number(below: 500_000))) : nil)
        }
        self.seed = seed
    }

    var description: String { "seed \(seed), \(decisions.count) decisions" }
}

@Suite("The chair's decisions found by proposal (DecisionLog): the same answers as a pass over every decision")
struct DecisionLogTests {
    static let cases = zip(Gen.int64(in: 0...Int64.max), Gen.int(in: 0...60)).map { RandomDecisionLog(seed: UInt64($0), count: $1) }

    /// `effectiveStatus` as a pass over every decision of the log.
    static func referenceStatus(_ decisions: [Decision], of status: SheetStatus, acknowledging acknowledged: Int?, proposal: String,
                                evaluator: String, stage: Assignments.Stage) -> SheetStatus {
        let concerning = decisions.filter {
            $0.proposal == proposal && $0.evaluator == evaluator && $0.stage == stage && ($0.kind == .returnSheet || $0.kind == .cancelSheet)
        }
        if concerning.contains(where: { $0.kind == .cancelSheet }) { return .cancelled }
        guard status == .submitted, let lastReturn = concerning.last(where: { $0.kind == .returnSheet }),
              (acknowledged ?? 0) < lastReturn.number else { return status }
        return .returned
    }

    /// Every question, asked of `log`, against a pass over `decisions`: the questions whose answers
    /// differ (one expectation for all, so that a case costs the questions, not as many expectations).
    static func differences(_ log: DecisionLog, _ decisions: [Decision]) -> [String] {
        var differences: [String] = []
        let numbers = [nil, 0] + decisions.map(\.number) + [Int.max]
        for proposal in RandomDecisionLog.proposals + ["P-none"] {
            for kind in Decision.Kind.allCases where log.decisions(of: proposal, kind: kind) != decisions.filter({ $0.proposal == proposal && $0.kind == kind }) {
                differences.append("decisions(of: \(proposal), kind: \(kind))")
            }
            if log.consensus(of: proposal) != decisions.last(where: { $0.proposal == proposal && $0.kind == .consensusScore }) {
                differences.append("consensus(of: \(proposal))")
            }
            if log.admission(of: proposal) != decisions.last(where: { $0.proposal == proposal && $0.kind == .admission }) {
                differences.append("admission(of: \(proposal))")
            }
            let correction = decisions.filter { $0.proposal == proposal && $0.kind == .budgetCorrection }.reduce(Money.zero) { $0 + ($1.amount ?? .zero) }
            if log.correction(of: proposal) != correction { differences.append("correction(of: \(proposal))") }
            for evaluator in RandomDecisionLog.evaluators + ["e-none"] {
                for stage in [Assignments.Stage.admin, .quality] {
                    for status in SheetStatus.allCases {
                        for acknowledged in numbers.prefix(4) + numbers.suffix(2)
                        where log.effectiveStatus(of: status, acknowledging: acknowledged, proposal: proposal, evaluator: evaluator, stage: stage)
                            != referenceStatus(decisions, of: status, acknowledging: acknowledged, proposal: proposal, evaluator: evaluator, stage: stage) {
                            differences.append("effectiveStatus(of: \(status), acknowledging: \(String(describing: acknowledged)), \(proposal), \(evaluator), \(stage))")
                        }
                    }
                }
            }
        }
        return differences
    }

    @Test("Made whole, grown one decision at a time, emptied and decoded from JSON: the same answers")
    func sameAnswers() async throws {
        await propertyCheck(count: 100, input: Self.cases) { random in
            #expect(Self.differences(DecisionLog(decisions: random.decisions), random.decisions) == [], "made whole, \(random)")
            var grown = DecisionLog()
            for decision in random.decisions { grown.decisions.append(decision) }
            #expect(Self.differences(grown, random.decisions) == [], "grown, \(random)")
            #expect(grown == DecisionLog(decisions: random.decisions))
            let decoded = try JSONDecoder().decode(DecisionLog.self, from: try JSONEncoder().encode(grown))
            #expect(Self.differences(decoded, random.decisions) == [], "decoded, \(random)")
            #expect(decoded == grown)
            grown.decisions.removeAll()
            #expect(Self.differences(grown, []) == [], "emptied, \(random)")
        }
    }
}
