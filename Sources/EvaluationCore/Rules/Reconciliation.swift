/// The final score of a proposal from its evaluators' quality sheets (Docs/architecture.md, "The rules"; ISUN 2020 works the
/// same way): the mean, rounded half away from zero to hundredths, only when every assigned sheet is
/// submitted, the evaluators agree on pass/fail against the floor, and the highest and the lowest
/// total differ by at most the allowed spread. Otherwise the chair decides: one more evaluator, or a
/// consensus score with its reason.
public enum Reconciliation {
    public enum Result: Sendable, Equatable {
        /// Sheets still missing or in draft.
        case pending(waitingFor: [String])
        case final(score: Points, how: Method)
        case needsDecision(Problem)

        public var finalScore: Points? {
            if case .final(let score, _) = self { return score }
            return nil
        }
    }

    public enum Method: Sendable, Equatable {
        /// The mean of these totals (evaluator → total).
        case mean(totals: [String: Points])
        /// The chair's consensus score (decision number), the totals it replaced.
        case consensus(decision: Int, reason: String, totals: [String: Points])
    }

    public enum Problem: Sendable, Equatable {
        /// Highest − lowest is above the allowed spread.
        case spread(totals: [String: Points], spread: Points, allowed: Points)
        /// Some evaluators put the proposal above the floor, some below.
        case passFailDisagreement(totals: [String: Points], floor: Points)
        /// Fewer evaluators than required are left (recusals, cancelled sheets).
        case tooFewEvaluators(active: [String], required: Int, recused: [String], cancelled: [String])

        public func message(in language: Language) -> String {
            func list(_ totals: [String: Points]) -> String {
                totals.sorted { $0.key < $1.key }
                    .map { "\($0.key): \(language == .bulgarian ? $0.value.localizedNumber : $0.value.fixedText)" }
                    .joined(separator: ", ")
            }
            switch self {
            case .spread(let totals, let spread, let allowed):
                return language == .bulgarian
                    ? "разлика от \(spread.localizedNumber) т. при допустими \(allowed.localizedNumber) т. (\(list(totals)))"
                    : "a spread of \(spread.fixedText) points over the allowed \(allowed.fixedText) (\(list(totals)))"
            case .passFailDisagreement(let totals, let floor):
                return language == .bulgarian
                    ? "оценителите не са единни дали е достигнат минимумът от \(floor.localizedNumber) т. (\(list(totals)))"
                    : "the evaluators disagree on whether the floor of \(floor.fixedText) is reached (\(list(totals)))"
            case .tooFewEvaluators(let active, let required, let recused, let cancelled):
                var reasons: [String] = []
                if !recused.isEmpty { reasons.append((language == .bulgarian ? "отвод: " : "recused: ") + recused.joined(separator: ", ")) }
                if !cancelled.isEmpty { reasons.append((language == .bulgarian ? "анулиран лист: " : "cancelled sheet: ") + cancelled.joined(separator: ", ")) }
                return language == .bulgarian
                    ? "\(active.count == 1 ? "остава" : "остават") \(active.count) от необходимите \(required) оценители (\(reasons.joined(separator: "; ")))"
                    : "\(active.count) of the \(required) evaluators required \(active.count == 1 ? "is" : "are") left (\(reasons.joined(separator: "; ")))"
            }
        }
    }

    /// - Parameters:
    ///   - assigned: the evaluators assigned to the proposal's quality assessment.
    ///   - sheets: their sheets, with the chair's returns and cancellations already applied to `status`.
    ///   - consensus: the chair's latest consensus score, which decides whatever the sheets say.
    public static func result(assigned: [String], sheets: [QualitySheet], method: QualityMethod, policy: ReconciliationPolicy,
                              consensus: Decision?) -> Result {
        result(assigned: assigned, sheets: sheets, method: method, policy: policy, consensus: consensus) { index in
            SheetTotals(sheet: sheets[index], method: method).total
        }
    }

    /// `result`, with the total of `sheets[index]` from `total` (asked only of submitted sheets), for
    /// a caller that has the sheets' totals already.
    static func result(assigned: [String], sheets: [QualitySheet], method: QualityMethod, policy: ReconciliationPolicy,
                       consensus: Decision?, total: (Int) -> Points) -> Result {
        var byEvaluator: [String: Int] = Dictionary(minimumCapacity: sheets.count)
        for (index, sheet) in sheets.enumerated() where byEvaluator[sheet.evaluator] == nil { byEvaluator[sheet.evaluator] = index }
        let recused = assigned.filter { byEvaluator[$0].map { sheets[$0].conflict?.declared == true } ?? false }
        let cancelled = assigned.filter { (byEvaluator[$0].map { sheets[$0].status == .cancelled } ?? false) && !recused.contains($0) }
        let active = assigned.filter { !recused.contains($0) && !cancelled.contains($0) }
        var totals: [String: Points] = [:]
        for evaluator in active {
            if let index = byEvaluator[evaluator], sheets[index].status == .submitted {
                totals[evaluator] = total(index)
            }
        }
        if let consensus, let points = consensus.points {
            return .final(score: points, how: .consensus(decision: consensus.number, reason: consensus.reason, totals: totals))
        }
        guard active.count >= policy.evaluatorsPerProposal else {
            return .needsDecision(.tooFewEvaluators(active: active, required: policy.evaluatorsPerProposal,
                                                    recused: recused, cancelled: cancelled))
        }
        let waiting = active.filter { totals[$0] == nil }
        guard waiting.isEmpty else { return .pending(waitingFor: waiting) }
        let values = Array(totals.values)
        let passing = values.filter { $0 >= method.floor }.count
        if passing != 0 && passing != values.count {
            return .needsDecision(.passFailDisagreement(totals: totals, floor: method.floor))
        }
        let spread = values.max()! - values.min()!
        let allowed = policy.allowedSpread(maxPoints: method.maxPoints)
        if spread > allowed {
            return .needsDecision(.spread(totals: totals, spread: spread, allowed: allowed))
        }
        return .final(score: Points.mean(values)!, how: .mean(totals: totals))
    }
}
