import EvaluationCore

/// Where this machine stands with the rest of the committee when the workspace is shared through
/// git: when it last synced, whether everything was sent then, and how many changes wait to be sent.
public struct SyncStatus: Sendable, Equatable {
    public var lastSync: Timestamp?
    public var lastSent: Bool
    public var unsent: Int

    public init(lastSync: Timestamp?, lastSent: Bool, unsent: Int) {
        self.lastSync = lastSync
        self.lastSent = lastSent
        self.unsent = unsent
    }

    /// "синхр. 01.12 10:05 · неизпратени: 2" — short enough for the heading at 80 columns.
    public func text(in language: Language) -> String {
        let bg = language == .bulgarian
        var parts: [String] = []
        if let lastSync {
            let local = lastSync.bulgarianText
            let moment = String(local.prefix(5)) + String(local.dropFirst(10))
            parts.append((bg ? "синхр. " : "synced ") + moment + (lastSent ? "" : (bg ? " (без връзка)" : " (offline)")))
        } else {
            parts.append(bg ? "несинхронизирано" : "never synced")
        }
        if unsent > 0 { parts.append((bg ? "неизпратени: " : "unsent: ") + String(unsent)) }
        return parts.joined(separator: " · ")
    }
}
