import EvaluationCore

/// Everything the evaluation protocol is written from, as plain values: what a workspace holds, the
/// standings and ranking worked out from it by the caller, the moment the protocol is generated and
/// what the protocol adds of its own (the session, the log heads, the keys, the objections).
public struct ProtocolInput: Sendable {
    public var contents: WorkspaceContents
    /// Every proposal's standing, with the chair's decisions applied.
    public var standings: [ProposalStanding]
    public var ranking: Ranking
    /// When the protocol is generated: the same input and moment give the same bytes.
    public var generatedAt: Timestamp
    /// The protocol's number, place, dates, order, secretary and approver (`chair/session.json`).
    public var session: CommitteeSession
    /// The head of every audit log at the moment of drawing up, in path order.
    public var logHeads: [LogHead]
    /// Member id → the fingerprint of the member's registered signing key.
    public var keyFingerprints: [String: String]
    /// Objections against not being admitted and the head's decisions (`chair/objections.json`).
    public var objections: ObjectionLog

    public init(
        contents: WorkspaceContents, standings: [ProposalStanding], ranking: Ranking, generatedAt: Timestamp,
        session: CommitteeSession = CommitteeSession(), logHeads: [LogHead] = [], keyFingerprints: [String: String] = [:],
        objections: ObjectionLog = ObjectionLog()
    ) {
        self.contents = contents
        self.standings = standings
        self.ranking = ranking
        self.generatedAt = generatedAt
        self.session = session
        self.logHeads = logHeads
        self.keyFingerprints = keyFingerprints
        self.objections = objections
    }

    public var procedure: Procedure { contents.procedure }
    /// The SHA-256 of the frozen procedure, as `workspace.json` records it.
    public var procedureSha256: String { contents.info.procedureSha256 }
    public var committee: [CommitteeMember] { contents.committee }
    /// Evaluator id → declaration of impartiality and confidentiality.
    public var declarations: [String: Declaration] { contents.declarations }
    public var proposals: [Proposal] { contents.proposals }
    public var assignments: Assignments { contents.assignments }
    /// Evaluator id → proposal id → sheet.
    public var adminSheets: [String: [String: AdminSheet]] { contents.adminSheets }
    public var qualitySheets: [String: [String: QualitySheet]] { contents.qualitySheets }
    public var decisions: DecisionLog { contents.decisions }

    /// The proposals sorted by id: the order of every list in the protocol.
    var sortedProposals: [Proposal] {
        proposals.sorted { $0.id < $1.id }
    }

    /// The admin sheets of `proposal`, by evaluator id.
    func adminSheets(of proposal: String) -> [AdminSheet] {
        contents.adminSheets(of: proposal)
    }

    func qualitySheet(of proposal: String, by evaluator: String) -> QualitySheet? {
        contents.qualitySheet(evaluator, proposal)
    }
}
