/// One evaluator's quality assessment of one proposal (`<proposalId>.quality.json`, Docs/formats.md).
public struct QualitySheet: EvaluationSheet, Sendable, Equatable, Codable {
    public var header: SheetHeader
    /// Criterion id → the chosen level and its justification.
    public var scores: [String: Score]

    public static let kindName = "quality"

    public init(proposal: String, evaluator: String, conflict: ConflictDeclaration? = nil, status: SheetStatus = .draft,
                scores: [String: Score] = [:], updatedAt: Timestamp? = nil, submittedAt: Timestamp? = nil,
                statusChange: StatusChange? = nil) {
        self.init(header: SheetHeader(kind: QualitySheet.kindName, proposal: proposal, evaluator: evaluator, conflict: conflict,
                                      status: status, updatedAt: updatedAt, submittedAt: submittedAt, statusChange: statusChange),
                  scores: scores)
    }

    public init(header: SheetHeader, scores: [String: Score]) {
        self.header = header
        self.scores = scores
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
        header = try SheetHeader(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scores = try container.decodeIfPresent([String: Score].self, forKey: .scores) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        try header.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scores, forKey: .scores)
    }

    private enum CodingKeys: String, CodingKey {
        case scores
    }
}
