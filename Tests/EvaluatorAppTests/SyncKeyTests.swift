import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

/// F5 runs `ocenka sync` from the interface where the workspace is shared through git, and the
/// heading says when this machine last synced and what waits to be sent.
@Suite("Sync from the interface")
struct SyncKeyTests {
    static let synced = SyncStatus(lastSync: Timestamp("2025-12-02T10:05:00+02:00"), lastSent: true, unsent: 2)

    @Test("Without git, F5 does nothing and is not in the bar; with git it asks for a sync and says so")
    func evaluatorKey() throws {
        var plain = try AppFixtures.state()
        #expect(AppFixtures.press([.function(5)], &plain).isEmpty)
        #expect(!AppView.render(plain).buffer.lines.joined().contains("F5"))
        var shared = try AppFixtures.state()
        shared.sync = Self.synced
        #expect(AppFixtures.press([.function(5)], &shared) == [.sync])
        #expect(shared.message?.text == "Синхронизиране…")
        let screen = AppView.render(shared).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("синхр. 02.12 10:05 · неизпратени: 2 (F5)"))
    }

    @Test("The list with its sync standing, at 80×24 and 120×40, in both languages", arguments: [(24, 80), (40, 120)])
    func snapshots(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        state.sync = SyncStatus(lastSync: Timestamp("2025-12-02T10:05:00+02:00"), lastSent: false, unsent: 1)
        try AppFixtures.expectSnapshot(state, "list-sync-\(columns)x\(rows)")
        var english = try AppFixtures.state(rows: rows, columns: columns, language: .english)
        english.sync = SyncStatus(lastSync: nil, lastSent: false, unsent: 3)
        try AppFixtures.expectSnapshot(english, "list-sync-\(columns)x\(rows).en")
    }

    @Test("The chair's screens take F5 the same way")
    func chairKey() throws {
        var plain = try ChairFixtures.state()
        #expect(ChairFixtures.press([.function(5)], &plain).isEmpty)
        var shared = try ChairFixtures.state()
        shared.sync = Self.synced
        #expect(ChairFixtures.press([.function(5)], &shared) == [ChairEffect.sync])
        let screen = ChairView.render(shared).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("синхр. 02.12 10:05 · неизпратени: 2"))
    }

    @Test("The standing's words", arguments: [
        (SyncStatus(lastSync: nil, lastSent: false, unsent: 0), "несинхронизирано", "never synced"),
        (SyncStatus(lastSync: Timestamp("2025-12-02T10:05:00+02:00"), lastSent: false, unsent: 0), "синхр. 02.12 10:05 (без връзка)", "synced 02.12 10:05 (offline)"),
        (SyncStatus(lastSync: Timestamp("2025-12-02T10:05:00+02:00"), lastSent: true, unsent: 5), "синхр. 02.12 10:05 · неизпратени: 5", "synced 02.12 10:05 · unsent: 5"),
    ])
    func words(_ status: SyncStatus, _ bulgarian: String, _ english: String) {
        #expect(status.text(in: .bulgarian) == bulgarian)
        #expect(status.text(in: .english) == english)
    }
}
