import EvaluationCore

/// One line of an `audit.jsonl`: who changed which file when, what changed (old → new, by JSON
/// path), the SHA-256 of the file as written, and the SHA-256 of the previous line, which chains the
/// lines so that a deleted, edited or reordered line is seen (Docs/integrity.md).
public struct AuditEntry: Sendable, Equatable, Codable {
    public var at: String
    public var actor: String
    /// What was done, as recorded (`AuditAction.recorded`; older workspaces may hold older spellings, kept as read).
    public var action: String
    /// The file, relative to the workspace root: "sheets/e1/P-7.admin.json".
    public var target: String
    /// The changed values before, by JSON path (`null` where there was none). Read by `ocenka check`
    /// and the writers (`AuditLog.parse(…, keepingChanges: false)`), this and `after` are `.null`.
    public var before: JSONValue
    /// The changed values after, by JSON path.
    public var after: JSONValue
    /// The SHA-256 of the whole file after the change.
    public var sha256: String
    /// The SHA-256 of the previous line's text (64 zeros for the first line).
    public var prev: String
    /// The head of every other log of the workspace as the writer saw it when writing the line (the
    /// log's path → its line count and the SHA-256 of its last line). A log found shorter than an
    /// anchor, or gone, was cut or deleted.
    public var anchors: [String: ChainHead]?
    /// The Ed25519 signature (base64) by the actor's registered key of the line without this field;
    /// always the last field of the line (see `AuditLine`).
    public var sig: String?

    public init(at: String, actor: String, action: String, target: String, before: JSONValue, after: JSONValue,
                sha256: String, prev: String, anchors: [String: ChainHead]? = nil, sig: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.before = before
        self.after = after
        self.sha256 = sha256
        self.prev = prev
        self.anchors = anchors
        self.sig = sig
    }

    /// The entry a parsed line holds, taken as `JSONDecoder` takes it: every field present, the six
    /// texts strings, `before` and `after` any value (`null` too), other fields ignored; `nil` otherwise.
    init?(_ line: JSONValue) {
        guard case .object(let fields) = line,
              case .string(let at)? = fields["at"], case .string(let actor)? = fields["actor"],
              case .string(let action)? = fields["action"], case .string(let target)? = fields["target"],
              let before = fields["before"], let after = fields["after"],
              case .string(let sha256)? = fields["sha256"], case .string(let prev)? = fields["prev"] else { return nil }
        var anchors: [String: ChainHead]?
        if let value = fields["anchors"] {
            guard case .object(let members) = value else { return nil }
            var heads: [String: ChainHead] = [:]
            for (member, head) in members {
                guard let head = ChainHead(head) else { return nil }
                heads[member] = head
            }
            anchors = heads
        }
        var sig: String?
        if let value = fields["sig"] {
            guard case .string(let text) = value else { return nil }
            sig = text
        }
        self.init(at: at, actor: actor, action: action, target: target, before: before, after: after, sha256: sha256, prev: prev,
                  anchors: anchors, sig: sig)
    }
}
