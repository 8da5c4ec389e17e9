/// A member of the evaluation committee (in `workspace.json`).
public struct CommitteeMember: Sendable, Equatable, Codable, Identifiable {
    /// `[A-Za-z0-9._-]+`: it names the member's folder under `sheets/`.
    public var id: String
    public var name: String
    public var role: Role

    public enum Role: String, Sendable, Codable, CaseIterable {
        case chair
        case secretary
        case evaluator

        public var label: LocalizedText {
            switch self {
            case .chair: LocalizedText(bg: "председател", en: "chair")
            case .secretary: LocalizedText(bg: "секретар", en: "secretary")
            case .evaluator: LocalizedText(bg: "оценител", en: "evaluator")
            }
        }
    }

    public init(id: String, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }
}
