import EvaluationCore

/// Where a log stood: how many complete lines it had and the SHA-256 of the last one (64 zeros for
/// an empty log). A later reading of the same log must have at least as many lines, the same one at
/// that place.
public struct ChainHead: Sendable, Equatable, Codable {
    public var lines: Int
    public var head: String

    public init(lines: Int, head: String) {
        self.lines = lines
        self.head = head
    }

    init?(_ value: JSONValue) {
        guard case .object(let fields) = value, case .string(let head)? = fields["head"],
              case .number(let count)? = fields["lines"], let lines = JSONObjectReader.exactInteger(count), lines >= 0 else { return nil }
        self.init(lines: lines, head: head)
    }
}
