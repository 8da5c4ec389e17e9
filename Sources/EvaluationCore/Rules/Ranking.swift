/// The ranked list per priority (Docs/architecture.md, "The rules"): eligible proposals (admitted, final score at or above
/// the floor) by final score, then the procedure's tie-breaks, then the proposal id; the chair's
/// reorders between equal scores; then the money: approved while it fits, reserve after.
public struct Ranking: Sendable, Equatable {
    public let procedure: String
    /// No proposal is pending or waiting for a decision.
    public let isFinal: Bool
    public let policy: RankingPolicy
    public let groups: [Group]
    /// Every proposal that is not in a list, with its status and reasons.
    public let unranked: [Unranked]
    /// What the lists are: ranked for funding, or (a procedure with no quality part) the admitted proposals.
    public let outcome: Outcome

    /// What the procedure's last stage gives.
    public enum Outcome: String, Sendable, Equatable, CaseIterable {
        /// Ranked by final score and funded while the budget lasts.
        case funding
        /// A procedure with no quality part: the list of the proposals admitted, in the order of
        /// registration, with no points and no money shared out (seed 004 is an admin stage only).
        case admittedList
        /// A pass/fail procedure that approves every proposal meeting all its criteria and the
        /// register rules, in the order of registration, while the budget lasts (seed 003).
        case directProvision

        public init(procedure: Procedure) {
            if !procedure.isPassFail {
                self = .funding
            } else {
                self = procedure.directProvision ? .directProvision : .admittedList
            }
        }
    }

    public enum Status: String, Sendable, Equatable, CaseIterable {
        case approved
        case reserve
        /// In the list of admitted proposals of a procedure with no quality part.
        case admitted
        case belowFloor
        case notAdmitted
        case needsDecision
        case pending

        public var label: LocalizedText {
            switch self {
            case .approved: LocalizedText(bg: "одобрено", en: "approved")
            case .reserve: LocalizedText(bg: "резерва", en: "reserve")
            case .admitted: LocalizedText(bg: "допуснато", en: "admitted")
            case .belowFloor: LocalizedText(bg: "под минимума", en: "below the floor")
            case .notAdmitted: LocalizedText(bg: "недопуснато", en: "not admitted")
            case .needsDecision: LocalizedText(bg: "чака решение", en: "needs a decision")
            case .pending: LocalizedText(bg: "в процес на оценка", en: "pending")
            }
        }
    }

    /// One ranked list: a priority (or the whole procedure).
    public struct Group: Sendable, Equatable {
        public let id: String
        public let title: String
        /// The priority's own budget; `nil` when it has none (everything eligible is approved).
        public let budget: Money?
        /// What was left of the priorities before it, when unused money moves on.
        public let transferredIn: Money
        public let allocated: Money
        public let remaining: Money?
        public let rows: [Row]
    }

    public struct Row: Sendable, Equatable {
        public let rank: Int
        public let proposal: String
        public let score: Points?
        public let amount: Money
        /// The sum of the approved amounts down to this row.
        public let runningTotal: Money
        public let status: Status
    }

    public struct Unranked: Sendable, Equatable {
        public let proposal: String
        public let priority: String
        public let status: Status
        /// Short machine-readable reasons: criterion ids, "floor", "spread", "passFail", "adminDisagreement",
        /// "tooFewEvaluators", "admin", "quality", "late", "aboveMaximum", "belowMinimum".
        public let reasons: [String]
    }

    public init(procedure: String, isFinal: Bool, policy: RankingPolicy, groups: [Group], unranked: [Unranked],
                outcome: Outcome = .funding) {
        self.outcome = outcome
        self.procedure = procedure
        self.isFinal = isFinal
        self.policy = policy
        self.groups = groups
        self.unranked = unranked
    }

    public static func make(procedure: Procedure, standings: [ProposalStanding], decisions: DecisionLog) -> Ranking {
        let policy = procedure.ranking ?? RankingPolicy(tieBreak: [.registeredAt])
        let sorted = standings.sorted { $0.proposal.id < $1.proposal.id }
        var unranked: [Unranked] = []
        var eligible: [ProposalStanding] = []
        for standing in sorted {
            switch standing.status {
            case .eligible:
                eligible.append(standing)
            case .belowFloor:
                unranked.append(Unranked(proposal: standing.proposal.id, priority: standing.proposal.priority, status: .belowFloor, reasons: ["floor"]))
            case .notAdmitted:
                var reasons: [String] = []
                if case .notAdmitted(let why, let decision) = standing.admin {
                    reasons = uniqueInOrder(why.map(\.criterion))
                    if decision != nil && reasons.isEmpty { reasons = ["decision"] }
                }
                unranked.append(Unranked(proposal: standing.proposal.id, priority: standing.proposal.priority, status: .notAdmitted, reasons: reasons))
            case .needsDecision:
                unranked.append(Unranked(proposal: standing.proposal.id, priority: standing.proposal.priority, status: .needsDecision,
                                         reasons: [decisionReason(standing)]))
            case .pending:
                let stage: String
                if case .pending = standing.admin { stage = "admin" } else { stage = "quality" }
                unranked.append(Unranked(proposal: standing.proposal.id, priority: standing.proposal.priority, status: .pending, reasons: [stage]))
            }
        }
        let outcome = Outcome(procedure: procedure)
        var groups: [Group] = []
        switch policy.scope {
        case _ where outcome == .admittedList:
            groups = admittedLists(procedure: procedure, eligible: eligible, scope: policy.scope)
        case _ where outcome == .directProvision:
            let provision = directProvision(procedure: procedure, standings: sorted, policy: policy)
            groups = [provision.group]
            unranked = (unranked + provision.refused).sorted { $0.proposal < $1.proposal }
        case .priority:
            var carried = Money.zero
            for priority in procedure.priorities {
                let members = eligible.filter { $0.proposal.priority == priority.id }
                let group = walk(id: priority.id, title: priority.title, budget: priority.budget, transferredIn: carried,
                                 members: order(members, policy: policy, decisions: decisions, procedure: procedure), policy: policy)
                if policy.reallocateUnused, let remaining = group.remaining { carried = remaining } else { carried = .zero }
                groups.append(group)
            }
        case .procedure:
            let title = procedure.title
            groups.append(walk(id: "procedure", title: title, budget: procedure.totalBudget, transferredIn: .zero,
                               members: order(eligible, policy: policy, decisions: decisions, procedure: procedure), policy: policy))
        }
        let isFinal = !unranked.contains { $0.status == .pending || $0.status == .needsDecision }
        return Ranking(procedure: procedure.id, isFinal: isFinal, policy: policy, groups: groups, unranked: unranked, outcome: outcome)
    }

    private static func decisionReason(_ standing: ProposalStanding) -> String {
        if case .disagreement = standing.admin { return "adminDisagreement" }
        if standing.hold == .late { return "late" }
        if case .needsDecision(let problem)? = standing.quality {
            switch problem {
            case .spread: return "spread"
            case .passFailDisagreement: return "passFail"
            case .tooFewEvaluators: return "tooFewEvaluators"
            }
        }
        if let hold = standing.hold { return hold.rawValue }
        return "decision"
    }

    /// Score descending, the tie-break chain, the id; then the chair's reorders between equal scores.
    static func order(_ members: [ProposalStanding], policy: RankingPolicy, decisions: DecisionLog, procedure: Procedure) -> [ProposalStanding] {
        // The comparison reads keys taken once per member, not copied out of the standings twice per comparison.
        let scores = members.map(\.finalScore)
        let registered = members.map(\.proposal.registeredAt)
        let ids = members.map(\.proposal.id)
        let order = members.indices.sorted { i, j in
            if scores[i] != scores[j] { return (scores[i] ?? .zero) > (scores[j] ?? .zero) }
            for tieBreak in policy.tieBreak {
                switch tieBreak {
                case .total:
                    continue
                case .registeredAt:
                    if registered[i] != registered[j] { return registered[i] < registered[j] }
                case .group(let id):
                    let (x, y) = (members[i].groupMeans[id] ?? .zero, members[j].groupMeans[id] ?? .zero)
                    if x != y { return x > y }
                case .criterion(let id):
                    let (x, y) = (members[i].criterionMeans[id] ?? .zero, members[j].criterionMeans[id] ?? .zero)
                    if x != y { return x > y }
                }
            }
            return ids[i] < ids[j]
        }
        var ordered = order.map { members[$0] }
        for reorder in decisions.reorders {
            guard let before = reorder.before,
                  let from = ordered.firstIndex(where: { $0.proposal.id == reorder.proposal }),
                  let target = ordered.firstIndex(where: { $0.proposal.id == before }),
                  ordered[from].finalScore == ordered[target].finalScore, from > target else { continue }
            let moved = ordered.remove(at: from)
            ordered.insert(moved, at: target)
        }
        return ordered
    }

    /// Approves in order while the money lasts, by the budget policy.
    static func walk(id: String, title: String, budget: Money?, transferredIn: Money, members: [ProposalStanding],
                     policy: RankingPolicy) -> Group {
        var available = budget.map { $0 + transferredIn }
        var allocated = Money.zero
        var stopped = false
        var rows: [Row] = []
        for (index, standing) in members.enumerated() {
            let amount = standing.amount
            let fits = available.map { amount <= $0 } ?? true
            let approved = fits && !stopped
            if approved {
                allocated += amount
                if let left = available { available = left - amount }
            } else if policy.budgetPolicy == .stopAtFirstThatDoesNotFit {
                stopped = true
            }
            rows.append(Row(rank: index + 1, proposal: standing.proposal.id, score: standing.finalScore, amount: amount,
                            runningTotal: allocated, status: approved ? .approved : .reserve))
        }
        return Group(id: id, title: title, budget: budget, transferredIn: transferredIn, allocated: allocated,
                     remaining: available, rows: rows)
    }

    private static func uniqueInOrder(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
