import EvaluationCore

/// What a sync from the interface reports: its summary, whether everything was sent, the problems of
/// the check of what arrived, and the new standing.
public struct SyncResult: Sendable, Equatable {
    public var summary: String
    public var sent: Bool
    public var problems: [String]
    public var status: SyncStatus?

    public init(summary: String, sent: Bool, problems: [String], status: SyncStatus?) {
        self.summary = summary
        self.sent = sent
        self.problems = problems
        self.status = status
    }

    /// The message in front of the problems of what arrived.
    static let failsCheck = LocalizedText(bg: "полученото не преминава проверката: ", en: "what arrived fails its check: ")
}
