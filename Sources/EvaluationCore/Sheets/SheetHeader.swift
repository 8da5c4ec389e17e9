/// What both kinds of evaluation sheet carry besides their answers or scores: the format, the kind,
/// whose sheet of which proposal, the conflict declaration, the status and its moments
/// (Docs/formats.md, "Evaluation sheets"). A sheet writes these fields into its own JSON object, next
/// to its own, so the files stay flat.
public struct SheetHeader: Sendable, Equatable, Codable {
    public var format: Int
    public var kind: String
    public var proposal: String
    public var evaluator: String
    public var conflict: ConflictDeclaration?
    public var status: SheetStatus
    public var updatedAt: Timestamp?
    public var submittedAt: Timestamp?
    public var statusChange: StatusChange?

    /// The header's field names in a sheet file, for the readers that refuse unknown fields.
    public static let fieldNames: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))

    public init(kind: String, proposal: String, evaluator: String, conflict: ConflictDeclaration? = nil,
                status: SheetStatus = .draft, updatedAt: Timestamp? = nil, submittedAt: Timestamp? = nil,
                statusChange: StatusChange? = nil) {
        self.format = 1
        self.kind = kind
        self.proposal = proposal
        self.evaluator = evaluator
        self.conflict = conflict
        self.status = status
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
        self.statusChange = statusChange
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        kind = try container.decode(String.self, forKey: .kind)
        proposal = try container.decode(String.self, forKey: .proposal)
        evaluator = try container.decode(String.self, forKey: .evaluator)
        conflict = try container.decodeIfPresent(ConflictDeclaration.self, forKey: .conflict)
        status = try container.decode(SheetStatus.self, forKey: .status)
        updatedAt = try container.decodeIfPresent(Timestamp.self, forKey: .updatedAt)
        submittedAt = try container.decodeIfPresent(Timestamp.self, forKey: .submittedAt)
        statusChange = try container.decodeIfPresent(StatusChange.self, forKey: .statusChange)
    }

    /// Writes the header's fields into the encoder's object; the sheet adds its own to the same object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(kind, forKey: .kind)
        try container.encode(proposal, forKey: .proposal)
        try container.encode(evaluator, forKey: .evaluator)
        try container.encode(conflict, forKey: .conflict)
        try container.encode(status, forKey: .status)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(submittedAt, forKey: .submittedAt)
        try container.encodeIfPresent(statusChange, forKey: .statusChange)
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case format, kind, proposal, evaluator, conflict, status, updatedAt, submittedAt, statusChange
    }
}
