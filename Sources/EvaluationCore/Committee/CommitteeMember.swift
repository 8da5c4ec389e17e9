/// A member of the evaluation committee (in `workspace.json`).
public struct CommitteeMember: Sendable, Equatable, Codable, Identifiable {
    /// `[A-Za-z0-9._-]+`: it names the member's folder under `sheets/`.
    public var id: String
    public var name: String
    public var role: Role
    /// The member's Ed25519 public key, `ed25519:<base64>`: every audit line the member writes is
    /// signed with its private part, which stays on the member's machine.
    public var publicKey: String?
    /// The number of lines the member's log had when `publicKey` was registered: lines from there on
    /// must be signed with it; earlier ones (written before keys, or with a replaced key) are pinned
    /// by the signed lines and anchors after them. Absent means 0.
    public var signedFrom: Int?

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

    public init(id: String, name: String, role: Role, publicKey: String? = nil, signedFrom: Int? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.publicKey = publicKey
        self.signedFrom = signedFrom
    }
}
