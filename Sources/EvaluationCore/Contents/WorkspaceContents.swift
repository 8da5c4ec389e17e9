/// What a workspace holds, as plain values: the procedure, `workspace.json` (the committee and the
/// procedure's SHA-256), the register, the draw, the declarations, every sheet and the chair's
/// decisions (Docs/architecture.md, "Reading a workspace"). The one value the snapshot, the protocol's
/// input and both interfaces' models hold; a reader that may see only part of a workspace (an
/// evaluator) holds only that part.
public struct WorkspaceContents: Sendable, Equatable {
    public var procedure: Procedure
    /// `workspace.json`: the committee and the SHA-256 of the frozen procedure.
    public var info: WorkspaceInfo
    /// In register order.
    public var proposals: [Proposal]
    public var assignments: Assignments
    /// Evaluator id → declaration of impartiality and confidentiality.
    public var declarations: [String: Declaration]
    /// Evaluator id → proposal id → sheet.
    public var adminSheets: [String: [String: AdminSheet]]
    public var qualitySheets: [String: [String: QualitySheet]]
    public var decisions: DecisionLog

    public init(procedure: Procedure, info: WorkspaceInfo, proposals: [Proposal] = [], assignments: Assignments = Assignments(),
                declarations: [String: Declaration] = [:], adminSheets: [String: [String: AdminSheet]] = [:],
                qualitySheets: [String: [String: QualitySheet]] = [:], decisions: DecisionLog = DecisionLog()) {
        self.procedure = procedure
        self.info = info
        self.proposals = proposals
        self.assignments = assignments
        self.declarations = declarations
        self.adminSheets = adminSheets
        self.qualitySheets = qualitySheets
        self.decisions = decisions
    }

    public var committee: [CommitteeMember] { info.committee }

    public func proposal(withID id: String) -> Proposal? {
        proposals.first { $0.id == id }
    }

    public func adminSheet(_ evaluator: String, _ proposal: String) -> AdminSheet? {
        adminSheets[evaluator]?[proposal]
    }

    public func qualitySheet(_ evaluator: String, _ proposal: String) -> QualitySheet? {
        qualitySheets[evaluator]?[proposal]
    }

    /// The admin sheets written for `proposal`, by every evaluator, in evaluator id order.
    public func adminSheets(of proposal: String) -> [AdminSheet] {
        adminSheets.keys.sorted().compactMap { adminSheets[$0]?[proposal] }
    }

    public func qualitySheets(of proposal: String) -> [QualitySheet] {
        qualitySheets.keys.sorted().compactMap { qualitySheets[$0]?[proposal] }
    }

    /// Where `proposal` stands, with the chair's decisions applied.
    public func standing(of proposal: Proposal) -> ProposalStanding {
        ProposalStanding.make(proposal: proposal, procedure: procedure, assignments: assignments,
                              adminSheets: adminSheets(of: proposal.id), qualitySheets: qualitySheets(of: proposal.id),
                              decisions: decisions)
    }

    /// Every proposal's standing, in register order: `standing(of:)` of each, with the sheets and
    /// the decisions sorted out by proposal once rather than searched for each, on every core.
    public func standings() -> [ProposalStanding] {
        let decisionsByProposal = Dictionary(grouping: decisions.decisions, by: \.proposal)
        let adminEvaluators = adminSheets.keys.sorted()
        let qualityEvaluators = qualitySheets.keys.sorted()
        return proposals.concurrentMap { proposal in
            // `make` asks the decisions only about this proposal: its own, grouped once, give the same answers.
            ProposalStanding.make(proposal: proposal, procedure: procedure, assignments: assignments,
                                  adminSheets: adminEvaluators.compactMap { adminSheets[$0]?[proposal.id] },
                                  qualitySheets: qualityEvaluators.compactMap { qualitySheets[$0]?[proposal.id] },
                                  decisions: DecisionLog(decisions: decisionsByProposal[proposal.id] ?? []))
        }
    }

    /// The ranked lists and the unranked proposals (Docs/architecture.md, "The rules").
    public func ranking() -> Ranking {
        ranking(of: standings())
    }

    /// The ranked lists of `standings` (these contents' `standings()`, worked out once by a caller
    /// that needs both).
    public func ranking(of standings: [ProposalStanding]) -> Ranking {
        Ranking.make(procedure: procedure, standings: standings, decisions: decisions)
    }
}
