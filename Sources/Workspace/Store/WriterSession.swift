import EvaluationCore
import Foundation

/// One writer at work: it holds the lock of its folder and writes its files through the save
/// protocol that keeps each file and its audit log in step:
///
/// 1. the new content is written to a pending file and flushed;
/// 2. the audit line (with the new content's SHA-256, signed with the actor's key) is appended and
///    flushed;
/// 3. the pending file is renamed over the old one and the folder flushed.
///
/// A kill before 2 leaves the old file and a pending file no line names: the next session deletes
/// it. A kill between 2 and 3 leaves a pending file the last line names: the next session renames it
/// into place. Either way the file is the old or the new state and agrees with its log. A session
/// finishes every interrupted save *before* its owner reads anything, and its owner reads what it
/// will change only after the session is open, so two writers of one folder never lose each other's
/// changes: the second waits for the first.
public final class WriterSession {
    public let layout: WorkspaceLayout
    public let actor: String
    public let folder: URL
    public let auditURL: URL
    public let clock: WorkspaceClock
    public let keys: KeyStore
    private let isChair: Bool
    private let lock: WriterLock
    private var lastHash: String
    /// The size of the log's complete lines when the session opened it; the lines after are `appended`.
    private let openedLogBytes: Int
    /// The entries this session wrote, in order.
    private var appended: [AuditEntry] = []
    private var signer: (publicKey: String, key: MemberKey)?
    private let witness: ChainWitness

    private init(layout: WorkspaceLayout, actor: String, folder: URL, auditURL: URL, clock: WorkspaceClock, keys: KeyStore,
                 isChair: Bool, lock: WriterLock, tail: AuditLogTail) {
        self.layout = layout
        self.actor = actor
        self.folder = folder
        self.auditURL = auditURL
        self.clock = clock
        self.keys = keys
        self.isChair = isChair
        self.lock = lock
        self.lastHash = tail.lastHash
        self.openedLogBytes = tail.completeBytes
        self.witness = ChainWitness(layout: layout, ownLog: auditURL)
    }

    /// The chair's (and secretary's) session: `chair/`, and the top-level files.
    public static func chair(_ layout: WorkspaceLayout, actor: String, clock: WorkspaceClock, keys: KeyStore = .standard,
                             wait: Duration = WriterLock.defaultWait,
                             waiting: (WriterLock.Holder?) -> Void = WriterSession.reportWaiting) throws(WorkspaceError) -> WriterSession {
        try open(layout: layout, actor: actor, folder: layout.chairFolder, auditURL: layout.chairAuditFile,
                 alsoRecovering: [layout.root], clock: clock, keys: keys, isChair: true, wait: wait, waiting: waiting)
    }

    /// An evaluator's session: `sheets/<id>/`.
    public static func evaluator(_ layout: WorkspaceLayout, id: String, clock: WorkspaceClock, keys: KeyStore = .standard,
                                 wait: Duration = WriterLock.defaultWait,
                                 waiting: (WriterLock.Holder?) -> Void = WriterSession.reportWaiting) throws(WorkspaceError) -> WriterSession {
        guard !id.isEmpty, !id.hasPrefix("."), !id.contains("/") else {
            throw .refused(LocalizedText(bg: "„\(id)“ не е допустим идентификатор на член", en: "\"\(id)\" is not a valid member id"))
        }
        return try open(layout: layout, actor: id, folder: layout.evaluatorFolder(id), auditURL: layout.auditFile(id),
                        alsoRecovering: [], clock: clock, keys: keys, isChair: false, wait: wait, waiting: waiting)
    }

    /// Says on standard error whom a writer waits for (the default of `chair` and `evaluator`).
    public static func reportWaiting(_ holder: WriterLock.Holder?) {
        let who = holder.map { "\($0.actor), процес \($0.pid) на \($0.host), от \($0.since)" } ?? "друга сесия"
        let whoEn = holder.map { "\($0.actor), process \($0.pid) on \($0.host), since \($0.since)" } ?? "another session"
        FileHandle.standardError.write(Data("Изчаква се друг запис в същата папка (\(who)) / Waiting for another writer of the same folder (\(whoEn))\n".utf8))
    }

    private static func open(layout: WorkspaceLayout, actor: String, folder: URL, auditURL: URL, alsoRecovering: [URL],
                             clock: WorkspaceClock, keys: KeyStore, isChair: Bool, wait: Duration,
                             waiting: (WriterLock.Holder?) -> Void) throws(WorkspaceError) -> WriterSession {
        // Only `init` writes where there is no workspace yet; nobody else makes folders in a stray place.
        if actor != WorkspaceCreator.systemActor {
            switch Posix.entry(at: layout.workspaceFile.path) {
            case .file: break
            case .symbolicLink: throw .symbolicLink(path: layout.workspaceFile.path)
            default: throw .notAWorkspace(path: layout.root.path)
            }
        }
        try layout.refuseLinks(upTo: folder)
        try AtomicFile.createFolder(folder)
        let lock = try WriterLock.acquire(folder: folder, actor: actor, now: clock.now(), wait: wait, waiting: waiting)
        // The chain's head, read from the end of the log; the log is parsed only for the files a pending
        // save left, from the last line back.
        var tail = try AuditLogTail.read(auditURL).get()
        if tail.tornTail > 0 {
            let complete = Int64(tail.completeBytes)
            try AtomicFile.call(auditURL.path, "truncate") { () throws in try Posix.truncate(auditURL.path, to: complete) }
            tail.tornTail = 0
        }
        var log: Data?
        func lastEntry(for target: String) throws(WorkspaceError) -> AuditEntry? {
            if log == nil { log = try AuditLogTail.bytes(of: auditURL, count: tail.completeBytes).get() }
            return AuditLogTail.latestEntries(for: target, in: log ?? Data(), count: 1).first
        }
        for recovered in [folder] + alsoRecovering {
            try finishPendingSaves(in: recovered, layout: layout, lastEntry: lastEntry)
        }
        return WriterSession(layout: layout, actor: actor, folder: folder, auditURL: auditURL, clock: clock, keys: keys,
                             isChair: isChair, lock: lock, tail: tail)
    }

    /// Renames into place the pending files that the log names as written, and deletes the others.
    private static func finishPendingSaves(in folder: URL, layout: WorkspaceLayout,
                                           lastEntry: (String) throws(WorkspaceError) -> AuditEntry?) throws(WorkspaceError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".pending") {
            let pending = folder.appendingPathComponent(name)
            let target = folder.appendingPathComponent(String(name.dropFirst().dropLast(".pending".count)))
            let data = Posix.entry(at: pending.path) == .file ? ((try? Data(contentsOf: pending)) ?? Data()) : nil
            if let data, let last = try lastEntry(layout.relativePath(of: target)), last.sha256 == SHA256Digest.hex(data),
               Posix.entry(at: target.path) != .symbolicLink {
                try AtomicFile.commit(pending, to: target)
            } else {
                try AtomicFile.call(pending.path, "unlink") { () throws in try Posix.removeFile(pending.path) }
            }
        }
    }

    /// Saves `data` as `url` by the protocol above, logging `action` with what changed.
    public func save(_ data: Data, to url: URL, action: AuditAction) throws(WorkspaceError) {
        try checkWritable(url)
        let old: Data? = Posix.entry(at: url.path) == .file ? try? Data(contentsOf: url) : nil
        if let old, old == data { return }
        let key = try signingKey(saving: data, to: url)
        let oldValue = old.flatMap { try? JSONValue.parse($0).get() }
        let newValue = try? JSONValue.parse(data).get()
        let change = JSONValue.difference(from: oldValue, to: newValue)
        try AtomicFile.createFolder(url.deletingLastPathComponent())
        let anchors = try witness.heads()
        let pending = try AtomicFile.prepare(data, for: url)
        let entry = AuditEntry(at: clock.now().text, actor: actor, action: action.recorded, target: layout.relativePath(of: url),
                               before: change.before, after: change.after, sha256: SHA256Digest.hex(data), prev: lastHash,
                               anchors: anchors)
        lastHash = try AuditLog.append(entry, signedWith: key, to: auditURL)
        appended.append(entry)
        try AtomicFile.commit(pending, to: url)
    }

    /// Encodes `value` canonically and saves it.
    public func save<T: Encodable>(_ value: T, to url: URL, action: AuditAction) throws(WorkspaceError) {
        let data: Data
        do {
            data = try CanonicalJSON.encode(value)
        } catch {
            throw .io(path: url.path, operation: "encode", reason: String(describing: error))
        }
        try save(data, to: url, action: action)
    }

    /// The last two audit entries of `url` in this writer's log (the last first): of the lines this
    /// session wrote, then of those it found, read back from the end (the session holds the lock, so
    /// they are as it opened them).
    public func latestEntries(of url: URL) -> (last: AuditEntry?, previous: AuditEntry?) {
        let target = layout.relativePath(of: url)
        var found = Array(appended.reversed().filter { $0.target == target }.prefix(2))
        if found.count < 2, openedLogBytes > 0, case .success(let log) = AuditLogTail.bytes(of: auditURL, count: openedLogBytes) {
            found += AuditLogTail.latestEntries(for: target, in: log, count: 2 - found.count)
        }
        return (found.first, found.dropFirst().first)
    }

    /// Lets the folder's lock go; the session cannot write after this.
    public func close() {
        lock.release()
    }

    /// A writer writes only inside its own part of the workspace (the chair: `chair/` and the files at
    /// the root; an evaluator: its folder), never through a link, never a hidden file.
    private func checkWritable(_ url: URL) throws(WorkspaceError) {
        let target = url.standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let allowed = isChair ? [folder.standardizedFileURL.path, layout.root.path] : [folder.standardizedFileURL.path]
        guard allowed.contains(parent), !target.lastPathComponent.hasPrefix(".") else {
            throw .refused(LocalizedText(bg: "\(actor) не може да пише в \(layout.relativePath(of: target))",
                                         en: "\(actor) may not write \(layout.relativePath(of: target))"))
        }
        try layout.refuseLinks(upTo: target)
    }

    /// The key this line is signed with: the actor's registered key, as `workspace.json` will record
    /// it after this save. Only the program itself, before the committee exists, writes unsigned.
    private func signingKey(saving data: Data, to url: URL) throws(WorkspaceError) -> MemberKey? {
        let info: WorkspaceInfo?
        if url.standardizedFileURL == layout.workspaceFile, case .success(let new) = WorkspaceInfoDecoder.decode(data) {
            info = new
        } else if let signer, !isChair {
            return signer.key
        } else {
            info = Posix.entry(at: layout.workspaceFile.path) == .missing ? nil : try WorkspaceFiles.info(layout)
        }
        if actor == WorkspaceCreator.systemActor {
            let onDisk = Posix.entry(at: layout.workspaceFile.path) == .missing ? nil : try WorkspaceFiles.info(layout)
            guard onDisk?.committee.isEmpty ?? true else {
                throw .refused(LocalizedText(bg: "комисията вече е назначена: действайте от името на член с --as",
                                             en: "the committee exists: act as one of its members with --as"))
            }
            return nil
        }
        guard let member = info?.member(withID: actor) else {
            throw .refused(LocalizedText(bg: "„\(actor)“ не е член на комисията", en: "\"\(actor)\" is not a committee member"))
        }
        guard let publicKey = member.publicKey else {
            throw .refused(LocalizedText(
                bg: "\(member.name) (\(actor)) няма регистриран ключ за подпис; председателят го регистрира с ocenka committee key \(actor)",
                en: "\(member.name) (\(actor)) has no registered signing key; the chair registers one with ocenka committee key \(actor)"))
        }
        if let signer, signer.publicKey == publicKey { return signer.key }
        guard let key = keys.key(matching: publicKey) else {
            let fingerprint = PublicKeyText.fingerprint(publicKey) ?? "?"
            throw .refused(LocalizedText(
                bg: "на тази машина няма личния ключ на \(member.name) (\(actor), отпечатък \(fingerprint)) в \(keys.folder.path); само притежателят му може да пише от негово име",
                en: "this machine does not hold the private key of \(member.name) (\(actor), fingerprint \(fingerprint)) in \(keys.folder.path); only its holder can write on their behalf"))
        }
        signer = (publicKey, key)
        return key
    }
}
