/// `workspace.json`: which procedure the workspace runs (by the SHA-256 of its frozen copy), the
/// committee, and when it was created (Docs/formats.md).
public struct WorkspaceInfo: Sendable, Equatable, Codable {
    public var format: Int
    /// The id of the frozen procedure, for people reading the file.
    public var procedure: String?
    public var procedureSha256: String
    public var committee: [CommitteeMember]
    public var createdAt: Timestamp

    public init(procedure: String?, procedureSha256: String, committee: [CommitteeMember] = [], createdAt: Timestamp) {
        self.format = 1
        self.procedure = procedure
        self.procedureSha256 = procedureSha256
        self.committee = committee
        self.createdAt = createdAt
    }

    public func member(withID id: String) -> CommitteeMember? {
        committee.first { $0.id == id }
    }

    public var evaluators: [CommitteeMember] {
        committee.filter { $0.role == .evaluator }
    }

    public var chair: CommitteeMember? {
        committee.first { $0.role == .chair }
    }
}
