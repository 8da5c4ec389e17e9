import EvaluationCore

/// One line of an `audit.jsonl`: who changed which file when, what changed (old → new, by JSON
/// path), the SHA-256 of the file as written, and the SHA-256 of the previous line, which chains the
/// lines so that a deleted, edited or reordered line is seen (DESIGN §7).
public struct AuditEntry: Sendable, Equatable, Codable {
    public var at: String
    public var actor: String
    /// What was done: "init", "committee.add", "sheet.answer", "sheet.submit", …
    public var action: String
    /// The file, relative to the workspace root: "sheets/e1/P-7.admin.json".
    public var target: String
    /// The changed values before, by JSON path (`null` where there was none).
    public var before: JSONValue
    /// The changed values after, by JSON path.
    public var after: JSONValue
    /// The SHA-256 of the whole file after the change.
    public var sha256: String
    /// The SHA-256 of the previous line's text (64 zeros for the first line).
    public var prev: String

    public init(at: String, actor: String, action: String, target: String, before: JSONValue, after: JSONValue,
                sha256: String, prev: String) {
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.before = before
        self.after = after
        self.sha256 = sha256
        self.prev = prev
    }

    /// The entry a parsed line holds, taken as `JSONDecoder` takes it: every field present, the six
    /// texts strings, `before` and `after` any value (`null` too), other fields ignored; `nil` otherwise.
    init?(_ line: JSONValue) {
        guard case .object(let fields) = line,
              case .string(let at)? = fields["at"], case .string(let actor)? = fields["actor"],
              case .string(let action)? = fields["action"], case .string(let target)? = fields["target"],
              let before = fields["before"], let after = fields["after"],
              case .string(let sha256)? = fields["sha256"], case .string(let prev)? = fields["prev"] else { return nil }
        self.init(at: at, actor: actor, action: action, target: target, before: before, after: after, sha256: sha256, prev: prev)
    }
}
