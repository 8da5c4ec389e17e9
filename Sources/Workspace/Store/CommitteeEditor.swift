import EvaluationCore
import Foundation

/// `ocenka committee add` and `ocenka committee key`: the members of the committee and their
/// signing keys. The first member may be added by anyone (there is nobody to act as yet); after that
/// only the chair or the secretary adds members and registers keys.
public enum CommitteeEditor {
    /// What `add` and `registerKey` did.
    public struct Outcome: Sendable {
        public let info: WorkspaceInfo
        /// The key made on this machine for the member, when none was given.
        public let madeKey: URL?
    }

    /// Adds `member`. Without a public key in `member`, a key pair is made on this machine and kept
    /// in `keys` (the member then writes from this machine).
    @discardableResult
    public static func add(_ member: CommitteeMember, actingAs actor: String?, in root: URL, clock: WorkspaceClock,
                           keys: KeyStore = .standard) throws(WorkspaceError) -> Outcome {
        let layout = WorkspaceLayout(root: root)
        guard Posix.entry(at: layout.workspaceFile.path) == .file else { throw .notAWorkspace(path: layout.root.path) }
        let firstInfo = try WorkspaceFiles.info(layout)
        let sessionActor = firstInfo.committee.isEmpty ? (actor ?? WorkspaceCreator.systemActor) : (actor ?? "?")
        let session = try WriterSession.chair(layout, actor: firstInfo.committee.isEmpty ? WorkspaceCreator.systemActor : sessionActor,
                                              clock: clock, keys: keys)
        defer { session.close() }
        var info = try WorkspaceFiles.info(layout)
        if !info.committee.isEmpty {
            _ = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                          for: LocalizedText(bg: "Добавянето на член на комисията", en: "Adding a committee member"))
            guard session.actor == actor else {
                throw .refused(LocalizedText(bg: "комисията беше попълнена междувременно; опитайте отново с --as",
                                             en: "the committee was filled in meanwhile; try again with --as"))
            }
        }
        if let problem = RecordID.problem(member.id) { throw .refused(problem) }
        if let bad = ControlCharacters.firstRefused(in: member.name, multiline: false) {
            throw .refused(ControlCharacters.refusal(bad, multiline: false))
        }
        guard !member.name.trimmingWhitespace().isEmpty else {
            throw .refused(LocalizedText(bg: "името на члена е празно", en: "the member's name is empty"))
        }
        if info.member(withID: member.id) != nil {
            throw .refused(LocalizedText(bg: "в комисията вече има член „\(member.id)“", en: "the committee already has a member \"\(member.id)\""))
        }
        if member.role == .chair, let chair = info.chair {
            throw .refused(LocalizedText(bg: "комисията вече има председател: \(chair.name) (\(chair.id))",
                                         en: "the committee already has a chair: \(chair.name) (\(chair.id))"))
        }
        var added = member
        added.signedFrom = nil
        let madeKey = try ensureKey(&added, keys: keys)
        info.committee.append(added)
        try session.save(info, to: layout.workspaceFile, action: .committeeAdd)
        return Outcome(info: info, madeKey: madeKey)
    }

    /// Registers `publicKey` (or a key made here) as the signing key of `memberID`. Lines the member
    /// wrote before stay valid as they are: they are pinned by the chair's anchors and by the
    /// member's signed lines after them.
    @discardableResult
    public static func registerKey(_ publicKey: String?, for memberID: String, actingAs actor: String?, in root: URL,
                                   clock: WorkspaceClock, keys: KeyStore = .standard) throws(WorkspaceError) -> Outcome {
        let layout = WorkspaceLayout(root: root)
        let session = try WriterSession.chair(layout, actor: actor ?? "?", clock: clock, keys: keys)
        defer { session.close() }
        var info = try WorkspaceFiles.info(layout)
        _ = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                      for: LocalizedText(bg: "Регистрирането на ключ", en: "Registering a key"))
        guard let index = info.committee.firstIndex(where: { $0.id == memberID }) else {
            throw .refused(LocalizedText(bg: "„\(memberID)“ не е член на комисията", en: "\"\(memberID)\" is not a committee member"))
        }
        var member = info.committee[index]
        member.publicKey = publicKey
        let madeKey = try ensureKey(&member, keys: keys)
        let log = member.role == .evaluator ? layout.auditFile(memberID) : layout.chairAuditFile
        let lines = try AuditLog.head(of: log).lines
        member.signedFrom = lines > 0 ? lines : nil
        info.committee[index] = member
        try session.save(info, to: layout.workspaceFile, action: .committeeKey)
        return Outcome(info: info, madeKey: madeKey)
    }

    /// Checks the member's public key, or makes a key pair here when there is none.
    private static func ensureKey(_ member: inout CommitteeMember, keys: KeyStore) throws(WorkspaceError) -> URL? {
        if let text = member.publicKey {
            guard PublicKeyText.key(text) != nil else {
                throw .refused(LocalizedText(bg: "„\(text)“ не е публичен ключ Ed25519 (очаква се ed25519:<base64>, както го извежда ocenka key new)",
                                             en: "\"\(text)\" is not an Ed25519 public key (expected ed25519:<base64>, as ocenka key new prints it)"))
            }
            return nil
        }
        let key = MemberKey()
        let url = try keys.save(key, label: "\(member.id) — \(member.name)")
        member.publicKey = key.publicKeyText
        return url
    }
}
