/// `chair/assignments.json`: which evaluators check and score which proposal, and the seed of the
/// draw that made it (Docs/formats.md).
public struct Assignments: Sendable, Equatable, Codable {
    public var format: Int
    /// The seed of the last draw, so that it can be reproduced.
    public var seed: UInt64?
    /// Proposal id → the evaluators of its administrative checklist.
    public var admin: [String: [String]]
    /// Proposal id → the evaluators of its quality assessment.
    public var quality: [String: [String]]

    public init(seed: UInt64? = nil, admin: [String: [String]] = [:], quality: [String: [String]] = [:]) {
        self.format = 1
        self.seed = seed
        self.admin = admin
        self.quality = quality
    }

    public enum Stage: String, Sendable, Codable, CaseIterable {
        case admin
        case quality

        public var label: LocalizedText {
            switch self {
            case .admin: LocalizedText(bg: "административно съответствие", en: "administrative compliance")
            case .quality: LocalizedText(bg: "оценка на качеството", en: "quality assessment")
            }
        }
    }

    public func evaluators(of proposal: String, in stage: Stage) -> [String] {
        (stage == .admin ? admin : quality)[proposal] ?? []
    }

    public subscript(stage: Stage) -> [String: [String]] {
        get { stage == .admin ? admin : quality }
        set {
            if stage == .admin { admin = newValue } else { quality = newValue }
        }
    }

    /// The proposals assigned to `evaluator` in `stage`, sorted.
    public func proposals(of evaluator: String, in stage: Stage) -> [String] {
        self[stage].filter { $0.value.contains(evaluator) }.map(\.key).sorted()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed)
        admin = try container.decodeIfPresent([String: [String]].self, forKey: .admin) ?? [:]
        quality = try container.decodeIfPresent([String: [String]].self, forKey: .quality) ?? [:]
    }

    private enum CodingKeys: String, CodingKey {
        case format, seed, admin, quality
    }
}
