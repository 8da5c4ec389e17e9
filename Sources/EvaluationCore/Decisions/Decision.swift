/// One decision of the committee's chair, with its mandatory reason, who made it and when
/// (`chair/decisions.json`, Docs/formats.md and Docs/architecture.md, "The rules").
public struct Decision: Sendable, Equatable, Codable {
    /// A running number, from 1, in the order the decisions were made.
    public var number: Int
    public var kind: Kind
    public var proposal: String
    public var reason: String
    public var by: String
    public var at: Timestamp
    /// `assignEvaluator`, `returnSheet`, `cancelSheet`: the evaluator concerned.
    public var evaluator: String?
    /// `returnSheet`, `cancelSheet`: which sheet.
    public var stage: Assignments.Stage?
    /// `consensusScore`: the final score the committee agreed.
    public var points: Points?
    /// `admission`: whether the proposal is admitted.
    public var admitted: Bool?
    /// `budgetCorrection`: the amount removed from the request as ineligible.
    public var amount: Money?
    /// `reorder`: the proposal this one goes before (equal final scores only).
    public var before: String?

    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// One more evaluator for the quality assessment (the spread or the pass/fail disagreement).
        case assignEvaluator
        /// The final score, agreed by the committee, where the sheets cannot be averaged.
        case consensusScore
        /// Admitted or not, where the admin sheets disagree.
        case admission
        /// An amount removed from the request as ineligible.
        case budgetCorrection
        /// The proposal placed before another with an equal final score.
        case reorder
        /// A submitted sheet given back to its evaluator to be changed.
        case returnSheet
        /// A sheet that no longer counts.
        case cancelSheet

        public var label: LocalizedText {
            switch self {
            case .assignEvaluator: LocalizedText(bg: "допълнителен оценител", en: "additional evaluator")
            case .consensusScore: LocalizedText(bg: "консенсусна оценка", en: "consensus score")
            case .admission: LocalizedText(bg: "решение за допускане", en: "admission decision")
            case .budgetCorrection: LocalizedText(bg: "корекция на бюджета", en: "budget correction")
            case .reorder: LocalizedText(bg: "подреждане при равни точки", en: "reorder at equal scores")
            case .returnSheet: LocalizedText(bg: "връщане на лист", en: "sheet returned")
            case .cancelSheet: LocalizedText(bg: "анулиране на лист", en: "sheet cancelled")
            }
        }
    }

    public init(number: Int, kind: Kind, proposal: String, reason: String, by: String, at: Timestamp,
                evaluator: String? = nil, stage: Assignments.Stage? = nil, points: Points? = nil, admitted: Bool? = nil,
                amount: Money? = nil, before: String? = nil) {
        self.number = number
        self.kind = kind
        self.proposal = proposal
        self.reason = reason
        self.by = by
        self.at = at
        self.evaluator = evaluator
        self.stage = stage
        self.points = points
        self.admitted = admitted
        self.amount = amount
        self.before = before
    }
}

/// `chair/decisions.json`: every decision, in order.
public struct DecisionLog: Sendable, Equatable, Codable {
    public var format: Int
    public var decisions: [Decision] {
        didSet { positions = Self.positions(of: decisions) }
    }
    /// Where each proposal's decisions are in `decisions`, in their order. The questions below are
    /// asked per sheet and per proposal (every sheet's status in the chair's progress, the scores CSV
    /// and the protocol): a pass over every decision for each made those grow with the proposals
    /// times the decisions — 20 times the chair's start for 10 times the workspace.
    private var positions: [String: [Int]]

    private enum CodingKeys: String, CodingKey {
        case format, decisions
    }

    public init(decisions: [Decision] = []) {
        self.format = 1
        self.decisions = decisions
        positions = Self.positions(of: decisions)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        decisions = try container.decode([Decision].self, forKey: .decisions)
        positions = Self.positions(of: decisions)
    }

    public static func == (lhs: DecisionLog, rhs: DecisionLog) -> Bool {
        lhs.format == rhs.format && lhs.decisions == rhs.decisions
    }

    private static func positions(of decisions: [Decision]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (position, decision) in decisions.enumerated() {
            positions[decision.proposal, default: []].append(position)
        }
        return positions
    }

    /// The decisions about `proposal`, in order.
    private func decisions(of proposal: String) -> some Sequence<Decision> {
        (positions[proposal] ?? []).lazy.map { decisions[$0] }
    }

    public var nextNumber: Int { (decisions.map(\.number).max() ?? 0) + 1 }

    public func decisions(of proposal: String, kind: Decision.Kind) -> [Decision] {
        decisions(of: proposal).filter { $0.kind == kind }
    }

    /// The latest consensus score of `proposal`.
    public func consensus(of proposal: String) -> Decision? {
        decisions(of: proposal, kind: .consensusScore).last
    }

    /// The latest admission decision of `proposal`.
    public func admission(of proposal: String) -> Decision? {
        decisions(of: proposal, kind: .admission).last
    }

    /// The sum of the budget corrections of `proposal`.
    public func correction(of proposal: String) -> Money {
        decisions(of: proposal, kind: .budgetCorrection).reduce(Money.zero) { $0 + ($1.amount ?? .zero) }
    }

    /// The reorders, in the order they were decided.
    public var reorders: [Decision] {
        decisions.filter { $0.kind == .reorder }
    }

    /// The status a sheet has once the chair's returns and cancellations are applied: a cancelled sheet
    /// is cancelled; a submitted sheet that has not taken in the latest return of it (its
    /// `statusChange.decision` is older) counts as returned. Decision numbers, not clocks, decide.
    public func effectiveStatus(of status: SheetStatus, acknowledging acknowledged: Int?, proposal: String, evaluator: String,
                                stage: Assignments.Stage) -> SheetStatus {
        let concerning = decisions(of: proposal).filter {
            $0.evaluator == evaluator && $0.stage == stage && ($0.kind == .returnSheet || $0.kind == .cancelSheet)
        }
        if concerning.contains(where: { $0.kind == .cancelSheet }) { return .cancelled }
        guard status == .submitted, let lastReturn = concerning.last(where: { $0.kind == .returnSheet }),
              (acknowledged ?? 0) < lastReturn.number else { return status }
        return .returned
    }
}
