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
        var parts: [String] = []
        if let lastSync {
            let local = lastSync.bulgarianText
            let moment = String(local.prefix(5)) + String(local.dropFirst(10))
            parts.append(LocalizedText(bg: "синхр. ", en: "synced ").text(in: language) + moment + (lastSent ? "" : LocalizedText(bg: " (без връзка)", en: " (offline)").text(in: language)))
        } else {
            parts.append(LocalizedText(bg: "несинхронизирано", en: "never synced").text(in: language))
        }
        if unsent > 0 { parts.append(LocalizedText(bg: "неизпратени: ", en: "unsent: ").text(in: language) + String(unsent)) }
        return parts.joined(separator: " · ")
    }
}
