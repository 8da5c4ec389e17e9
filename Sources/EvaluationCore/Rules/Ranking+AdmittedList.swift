extension Ranking {
    /// The lists of a procedure with no quality part: every admitted proposal, in the order of
    /// registration (then the proposal id), with the amount it requests less the corrections; no
    /// budget is walked and nothing is approved for funding (seed 004 ends with the admission,
    /// 004_94583b06840526ec.txt:1–5; seed 002 line 1148 lists only the proposals not admitted).
    static func admittedLists(procedure: Procedure, eligible: [ProposalStanding], scope: RankingPolicy.Scope) -> [Group] {
        func list(id: String, title: String, members: [ProposalStanding]) -> Group {
            let ordered = members.sorted {
                ($0.proposal.registeredAt, $0.proposal.id) < ($1.proposal.registeredAt, $1.proposal.id)
            }
            let rows = ordered.enumerated().map { index, standing in
                Row(rank: index + 1, proposal: standing.proposal.id, score: nil, amount: standing.amount, runningTotal: .zero,
                    status: .admitted)
            }
            return Group(id: id, title: title, budget: nil, transferredIn: .zero, allocated: .zero, remaining: nil, rows: rows)
        }
        switch scope {
        case .priority where procedure.hasExplicitPriorities:
            return procedure.priorities.map { priority in
                list(id: priority.id, title: priority.title, members: eligible.filter { $0.proposal.priority == priority.id })
            }
        default:
            return [list(id: "procedure", title: procedure.title, members: eligible)]
        }
    }
}
