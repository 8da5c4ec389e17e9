import EvaluationCore

/// Everything the evaluation protocol is written from, as plain values: what a workspace holds,
/// read and worked out by its caller, and the moment the protocol is generated.
public struct ProtocolInput: Sendable {
    public var procedure: Procedure
    /// The SHA-256 of the frozen procedure, as `workspace.json` records it.
    public var procedureSha256: String
    public var committee: [CommitteeMember]
    /// Evaluator id → declaration of impartiality and confidentiality.
    public var declarations: [String: Declaration]
    public var proposals: [Proposal]
    public var assignments: Assignments
    /// Evaluator id → proposal id → sheet.
    public var adminSheets: [String: [String: AdminSheet]]
    public var qualitySheets: [String: [String: QualitySheet]]
    public var decisions: DecisionLog
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
    public var objections = ObjectionLog()

    public init(
        procedure: Procedure, procedureSha256: String, committee: [CommitteeMember], declarations: [String: Declaration],
        proposals: [Proposal], assignments: Assignments, adminSheets: [String: [String: AdminSheet]],
        qualitySheets: [String: [String: QualitySheet]], decisions: DecisionLog, standings: [ProposalStanding],
        ranking: Ranking, generatedAt: Timestamp, session: CommitteeSession = CommitteeSession(),
        logHeads: [LogHead] = [], keyFingerprints: [String: String] = [:]
    ) {
        self.session = session
        self.logHeads = logHeads
        self.keyFingerprints = keyFingerprints
        self.procedure = procedure
        self.procedureSha256 = procedureSha256
        self.committee = committee
        self.declarations = declarations
        self.proposals = proposals
        self.assignments = assignments
        self.adminSheets = adminSheets
        self.qualitySheets = qualitySheets
        self.decisions = decisions
        self.standings = standings
        self.ranking = ranking
        self.generatedAt = generatedAt
    }

    /// The proposals sorted by id: the order of every list in the protocol.
    var sortedProposals: [Proposal] {
        proposals.sorted { $0.id < $1.id }
    }

    /// The admin sheets of `proposal`, by evaluator id.
    func adminSheets(of proposal: String) -> [AdminSheet] {
        adminSheets.keys.sorted().compactMap { adminSheets[$0]?[proposal] }
    }

    func qualitySheet(of proposal: String, by evaluator: String) -> QualitySheet? {
        qualitySheets[evaluator]?[proposal]
    }
}
