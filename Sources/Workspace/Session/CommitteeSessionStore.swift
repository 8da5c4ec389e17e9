import EvaluationCore
import Foundation

/// Reads and writes `chair/session.json`. A workspace without it has an empty session: the protocol
/// then leaves lines to be filled in by hand.
public enum CommitteeSessionStore {
    public static func load(_ layout: WorkspaceLayout) -> Result<CommitteeSession, WorkspaceError> {
        let url = layout.sessionFile
        guard FileManager.default.fileExists(atPath: url.path) else { return .success(CommitteeSession()) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.io(path: url.path, operation: "read", reason: error.localizedDescription))
        }
        return CommitteeSessionDecoder.decode(data).mapError { .invalidFile(path: url.path, issues: $0.issues) }
    }

    /// Applies `change` to the stored session and saves it on behalf of `actor` (the chair or the
    /// secretary); the result is decoded again, so that what is saved always reads back.
    @discardableResult
    public static func update(actingAs actor: String?, in root: URL, clock: WorkspaceClock,
                              _ change: (inout CommitteeSession) -> Void) throws(WorkspaceError) -> CommitteeSession {
        let layout = WorkspaceLayout(root: root)
        let info = try WorkspaceFiles.info(layout)
        let member = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                               for: LocalizedText(bg: "Данните за заседанията на комисията", en: "The committee's session data"))
        var session = try load(layout).get()
        change(&session)
        let data: Data
        do {
            data = try CanonicalJSON.encode(session)
        } catch {
            throw .io(path: layout.sessionFile.path, operation: "encode", reason: String(describing: error))
        }
        if case .failure(let failure) = CommitteeSessionDecoder.decode(data) {
            throw .invalidFile(path: layout.sessionFile.path, issues: failure.issues)
        }
        let writer = try WriterSession.chair(layout, actor: member.id, clock: clock)
        defer { writer.close() }
        try writer.save(data, to: layout.sessionFile, action: .sessionSet)
        return session
    }
}
