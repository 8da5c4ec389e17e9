/// Where one audit log stood when the protocol was drawn up: its path in the workspace, how many
/// lines it had and the SHA-256 of the last one. Printed in the protocol, the heads pin the state
/// of every sheet and decision to the signed paper.
public struct LogHead: Sendable, Equatable {
    public var path: String
    public var lines: Int
    public var head: String

    public init(path: String, lines: Int, head: String) {
        self.path = path
        self.lines = lines
        self.head = head
    }
}
