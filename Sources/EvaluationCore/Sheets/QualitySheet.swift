/// One evaluator's quality assessment of one proposal (`<proposalId>.quality.json`, Docs/formats.md).
public struct QualitySheet: Sendable, Equatable, Codable {
    public var format: Int
    public var kind: String
    public var proposal: String
    public var evaluator: String
    public var conflict: ConflictDeclaration?
    public var status: SheetStatus
    /// Criterion id → the chosen level and its justification.
    public var scores: [String: Score]
    public var updatedAt: Timestamp?
    public var submittedAt: Timestamp?
    public var statusChange: StatusChange?

    public static let kindName = "quality"

    public init(proposal: String, evaluator: String, conflict: ConflictDeclaration? = nil, status: SheetStatus = .draft,
                scores: [String: Score] = [:], updatedAt: Timestamp? = nil, submittedAt: Timestamp? = nil,
                statusChange: StatusChange? = nil) {
        self.format = 1
        self.kind = QualitySheet.kindName
        self.proposal = proposal
        self.evaluator = evaluator
        self.conflict = conflict
        self.status = status
        self.scores = scores
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
        self.statusChange = statusChange
    }

    /// A chosen level (or none yet) and the justification written for it.
    public struct Score: Sendable, Equatable, Codable {
        public var points: Points?
        public var note: String

        public init(points: Points?, note: String = "") {
            self.points = points
            self.note = note
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            points = try container.decodeIfPresent(Points.self, forKey: .points)
            note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(points, forKey: .points)
            try container.encode(note, forKey: .note)
        }

        private enum CodingKeys: String, CodingKey {
            case points, note
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        kind = try container.decode(String.self, forKey: .kind)
        proposal = try container.decode(String.self, forKey: .proposal)
        evaluator = try container.decode(String.self, forKey: .evaluator)
        conflict = try container.decodeIfPresent(ConflictDeclaration.self, forKey: .conflict)
        status = try container.decode(SheetStatus.self, forKey: .status)
        scores = try container.decodeIfPresent([String: Score].self, forKey: .scores) ?? [:]
        updatedAt = try container.decodeIfPresent(Timestamp.self, forKey: .updatedAt)
        submittedAt = try container.decodeIfPresent(Timestamp.self, forKey: .submittedAt)
        statusChange = try container.decodeIfPresent(StatusChange.self, forKey: .statusChange)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(kind, forKey: .kind)
        try container.encode(proposal, forKey: .proposal)
        try container.encode(evaluator, forKey: .evaluator)
        try container.encode(conflict, forKey: .conflict)
        try container.encode(status, forKey: .status)
        try container.encode(scores, forKey: .scores)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(submittedAt, forKey: .submittedAt)
        try container.encodeIfPresent(statusChange, forKey: .statusChange)
    }

    private enum CodingKeys: String, CodingKey {
        case format, kind, proposal, evaluator, conflict, status, scores, updatedAt, submittedAt, statusChange
    }
}
