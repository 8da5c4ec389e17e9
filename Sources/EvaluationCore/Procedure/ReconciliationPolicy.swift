/// How the scores of several evaluators become the final score of a proposal (Docs/architecture.md, "The rules").
public struct ReconciliationPolicy: Sendable, Equatable {
    public var evaluatorsPerProposal: Int
    /// The largest allowed difference between the highest and the lowest total, in percent of the maximum.
    public var maxSpreadPercentOfMax: ScaledDecimal
    public var method: Method

    public enum Method: String, Sendable, CaseIterable {
        case mean
    }

    public init(evaluatorsPerProposal: Int, maxSpreadPercentOfMax: ScaledDecimal, method: Method = .mean) {
        self.evaluatorsPerProposal = evaluatorsPerProposal
        self.maxSpreadPercentOfMax = maxSpreadPercentOfMax
        self.method = method
    }

    /// The allowed spread in points for a methodology of `maxPoints` (20% of 100 ⇒ 20.00), rounded half
    /// away from zero to hundredths.
    public func allowedSpread(maxPoints: Points) -> Points {
        let numerator = Int64(maxPoints.hundredths) * maxSpreadPercentOfMax.scaled
        let denominator = 100 * maxSpreadPercentOfMax.unit
        return Points(hundredths: Int(DecimalText.divideRoundingHalfAwayFromZero(numerator, by: denominator)))
    }
}
