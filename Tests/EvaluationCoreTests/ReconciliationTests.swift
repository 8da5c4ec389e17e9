import EvaluationCore
import Testing

@Suite("Reconciliation: the final score from the evaluators' sheets")
struct ReconciliationTests {
    static let at = Timestamp("2025-12-05T10:00:00+02:00")!

    /// A methodology of one criterion whose levels are exactly the totals a test needs (max 100, floor 51).
    static func method(_ totals: [Int]) -> QualityMethod {
        let levels = Set(totals + [10_000]).sorted(by: >).map { QualityLevel(points: Points(hundredths: $0), text: "ниво") }
        return QualityMethod(maxPoints: Points(100), floor: Points(51),
                             groups: [QualityGroup(id: "1", title: "Група", criteria: [QualityCriterion(id: "1.1", question: "?", levels: levels)])])
    }

    static func sheet(_ evaluator: String, _ hundredths: Int, status: SheetStatus = .submitted, recused: Bool = false) -> QualitySheet {
        QualitySheet(proposal: "P", evaluator: evaluator, conflict: ConflictDeclaration(declared: recused, at: at), status: status,
                     scores: recused ? [:] : ["1.1": .init(points: Points(hundredths: hundredths), note: "обосновка")],
                     submittedAt: status == .submitted ? at : nil)
    }

    static let policy = ReconciliationPolicy(evaluatorsPerProposal: 2, maxSpreadPercentOfMax: ScaledDecimal(scaled: 2000, fractionDigits: 2))

    static func result(_ totals: [Int], assigned: [String]? = nil, statuses: [SheetStatus]? = nil, consensus: Decision? = nil) -> Reconciliation.Result {
        let evaluators = assigned ?? totals.indices.map { "e\($0 + 1)" }
        let sheets = totals.enumerated().map { index, total in Self.sheet("e\(index + 1)", total, status: statuses?[index] ?? .submitted) }
        return Reconciliation.result(assigned: evaluators, sheets: sheets, method: method(totals), policy: policy, consensus: consensus)
    }

    @Test("A spread of exactly 20.00 is allowed; 20.01 is not")
    func spreadBoundary() {
        #expect(Self.result([8000, 6000]) == .final(score: Points(70), how: .mean(totals: ["e1": Points(80), "e2": Points(60)])))
        #expect(Self.result([8001, 6000]) == .needsDecision(.spread(totals: ["e1": Points(hundredths: 8001), "e2": Points(60)],
                                                                spread: Points(hundredths: 2001), allowed: Points(20))))
    }

    @Test("50.00 and 52.00 with a floor of 51.00: the evaluators disagree on pass/fail")
    func passFail() {
        #expect(Self.result([5000, 5200]) == .needsDecision(.passFailDisagreement(totals: ["e1": Points(50), "e2": Points(52)], floor: Points(51))))
        #expect(Self.result([5100, 5200]).finalScore == Points(hundredths: 5150))
        #expect(Self.result([4000, 5000]).finalScore == Points(45))
    }

    @Test("The mean is rounded half away from zero: 70.00, 71.00, 72.50 ⇒ 71.17; 72.12 and 72.13 ⇒ 72.13")
    func rounding() {
        let three = Reconciliation.result(
            assigned: ["e1", "e2", "e3"], sheets: [Self.sheet("e1", 7000), Self.sheet("e2", 7100), Self.sheet("e3", 7250)],
            method: Self.method([7000, 7100, 7250]),
            policy: ReconciliationPolicy(evaluatorsPerProposal: 3, maxSpreadPercentOfMax: ScaledDecimal(scaled: 2000, fractionDigits: 2)),
            consensus: nil)
        #expect(three.finalScore == Points(hundredths: 7117))
        #expect(Self.result([7212, 7213]).finalScore == Points(hundredths: 7213))
    }

    @Test("The zero rule feeds the total: 0 on the rule's criterion is a total of 0")
    func zeroRule() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        func zeroSheet(_ evaluator: String, zero: Bool) -> QualitySheet {
            QualitySheet(proposal: "P", evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: Self.at), status: .submitted,
                         scores: ["1.1": .init(points: Points(3), note: "x"), "1.2": .init(points: Points(2), note: "x"),
                                  "2.1": .init(points: Points(3), note: "x"), "2.2": .init(points: zero ? .zero : Points(2), note: "x")],
                         submittedAt: Self.at)
        }
        let policy = ReconciliationPolicy(evaluatorsPerProposal: 2, maxSpreadPercentOfMax: ScaledDecimal(scaled: 10000, fractionDigits: 2))
        let both = Reconciliation.result(assigned: ["e1", "e2"], sheets: [zeroSheet("e1", zero: true), zeroSheet("e2", zero: true)],
                                         method: method, policy: policy, consensus: nil)
        #expect(both.finalScore == .zero)
        let one = Reconciliation.result(assigned: ["e1", "e2"], sheets: [zeroSheet("e1", zero: true), zeroSheet("e2", zero: false)],
                                        method: method, policy: policy, consensus: nil)
        #expect(one == .needsDecision(.passFailDisagreement(totals: ["e1": .zero, "e2": Points(10)], floor: Points(hundredths: 510))))
    }

    @Test("Pending until every assigned sheet is submitted; a returned sheet is not submitted")
    func pending() {
        #expect(Self.result([7000, 7200], statuses: [.submitted, .draft]) == .pending(waitingFor: ["e2"]))
        #expect(Self.result([7000, 7200], statuses: [.returned, .submitted]) == .pending(waitingFor: ["e1"]))
        #expect(Self.result([7000], assigned: ["e1", "e2"]) == .pending(waitingFor: ["e2"]))
    }

    @Test("A recusal or a cancelled sheet leaves too few evaluators: the chair decides")
    func tooFew() {
        let sheets = [Self.sheet("e1", 7000), Self.sheet("e2", 0, status: .draft, recused: true)]
        let recused = Reconciliation.result(assigned: ["e1", "e2"], sheets: sheets, method: Self.method([7000]), policy: Self.policy, consensus: nil)
        #expect(recused == .needsDecision(.tooFewEvaluators(active: ["e1"], required: 2, recused: ["e2"], cancelled: [])))
        let third = Reconciliation.result(assigned: ["e1", "e2", "e3"], sheets: sheets + [Self.sheet("e3", 7400)],
                                          method: Self.method([7000, 7400]), policy: Self.policy, consensus: nil)
        #expect(third.finalScore == Points(72))
        #expect(Self.result([7000, 7200], statuses: [.cancelled, .submitted]) ==
                .needsDecision(.tooFewEvaluators(active: ["e2"], required: 2, recused: [], cancelled: ["e1"])))
    }

    @Test("A consensus score decides whatever the sheets say")
    func consensus() {
        let decision = Decision(number: 3, kind: .consensusScore, proposal: "P", reason: "Обсъдено в заседание",
                                by: "chair", at: Self.at, points: Points(hundredths: 7250))
        #expect(Self.result([9000, 6000], consensus: decision) ==
                .final(score: Points(hundredths: 7250), how: .consensus(decision: 3, reason: "Обсъдено в заседание",
                                                                         totals: ["e1": Points(90), "e2": Points(60)])))
    }

    @Test("The allowed spread is a percentage of the maximum, rounded to hundredths")
    func allowedSpread() {
        #expect(Self.policy.allowedSpread(maxPoints: Points(100)) == Points(20))
        let odd = ReconciliationPolicy(evaluatorsPerProposal: 2, maxSpreadPercentOfMax: ScaledDecimal(scaled: 1250, fractionDigits: 2))
        #expect(odd.allowedSpread(maxPoints: Points(hundredths: 8333)) == Points(hundredths: 1042))
    }
}
