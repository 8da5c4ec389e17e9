import EvaluationCore
import Foundation

/// One writer at work: it holds the lock of its folder and writes its files through the save
/// protocol that keeps each file and its audit log in step (DESIGN §3, §7):
///
/// 1. the new content is written to a pending file and flushed;
/// 2. the audit line (with the new content's SHA-256) is appended and flushed;
/// 3. the pending file is renamed over the old one and the folder flushed.
///
/// A kill before 2 leaves the old file and a pending file no line names: the next session deletes
/// it. A kill between 2 and 3 leaves a pending file the last line names: the next session renames it
/// into place. Either way the file is the old or the new state and agrees with its log.
public final class WriterSession {
    public let layout: WorkspaceLayout
    public let actor: String
    public let folder: URL
    public let auditURL: URL
    public let clock: WorkspaceClock
    private let lock: WriterLock
    private var lastHash: String
    private var reading: AuditLog.Reading

    private init(layout: WorkspaceLayout, actor: String, folder: URL, auditURL: URL, clock: WorkspaceClock,
                 lock: WriterLock, reading: AuditLog.Reading) {
        self.layout = layout
        self.actor = actor
        self.folder = folder
        self.auditURL = auditURL
        self.clock = clock
        self.lock = lock
        self.lastHash = reading.lastHash
        self.reading = reading
    }

    /// The chair's (and secretary's) session: `chair/`, and the top-level files.
    public static func chair(_ layout: WorkspaceLayout, actor: String, clock: WorkspaceClock) throws(WorkspaceError) -> WriterSession {
        try open(layout: layout, actor: actor, folder: layout.chairFolder, auditURL: layout.chairAuditFile,
                 alsoRecovering: [layout.root], clock: clock)
    }

    /// An evaluator's session: `sheets/<id>/`.
    public static func evaluator(_ layout: WorkspaceLayout, id: String, clock: WorkspaceClock) throws(WorkspaceError) -> WriterSession {
        try open(layout: layout, actor: id, folder: layout.evaluatorFolder(id), auditURL: layout.auditFile(id),
                 alsoRecovering: [], clock: clock)
    }

    private static func open(layout: WorkspaceLayout, actor: String, folder: URL, auditURL: URL, alsoRecovering: [URL],
                             clock: WorkspaceClock) throws(WorkspaceError) -> WriterSession {
        try AtomicFile.createFolder(folder)
        let lock = try WriterLock.acquire(folder: folder, actor: actor, now: clock.now())
        var reading = try AuditLog.read(auditURL).get()
        if reading.tornTail > 0 {
            try AuditLog.repairTornTail(auditURL, reading: reading)
            reading = try AuditLog.read(auditURL).get()
        }
        for recovered in [folder] + alsoRecovering {
            try finishPendingSaves(in: recovered, layout: layout, reading: reading)
        }
        return WriterSession(layout: layout, actor: actor, folder: folder, auditURL: auditURL, clock: clock,
                             lock: lock, reading: reading)
    }

    /// Renames into place the pending files that the log names as written, and deletes the others.
    private static func finishPendingSaves(in folder: URL, layout: WorkspaceLayout, reading: AuditLog.Reading) throws(WorkspaceError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".pending") {
            let pending = folder.appendingPathComponent(name)
            let target = folder.appendingPathComponent(String(name.dropFirst().dropLast(".pending".count)))
            let data = (try? Data(contentsOf: pending)) ?? Data()
            if let last = reading.lastEntry(for: layout.relativePath(of: target)), last.sha256 == SHA256Digest.hex(data) {
                try AtomicFile.commit(pending, to: target)
            } else {
                try? FileManager.default.removeItem(at: pending)
            }
        }
    }

    /// Saves `data` as `url` by the protocol above, logging `action` with what changed.
    public func save(_ data: Data, to url: URL, action: String) throws(WorkspaceError) {
        let old = try? Data(contentsOf: url)
        if let old, old == data { return }
        let oldValue = old.flatMap { try? JSONValue.parse($0).get() }
        let newValue = try? JSONValue.parse(data).get()
        let change = JSONValue.difference(from: oldValue, to: newValue)
        try AtomicFile.createFolder(url.deletingLastPathComponent())
        let pending = try AtomicFile.prepare(data, for: url)
        let entry = AuditEntry(at: clock.now().text, actor: actor, action: action, target: layout.relativePath(of: url),
                               before: change.before, after: change.after, sha256: SHA256Digest.hex(data), prev: lastHash)
        lastHash = try AuditLog.append(entry, to: auditURL)
        reading.entries.append(entry)
        try AtomicFile.commit(pending, to: url)
    }

    /// Encodes `value` canonically and saves it.
    public func save<T: Encodable>(_ value: T, to url: URL, action: String) throws(WorkspaceError) {
        let data: Data
        do {
            data = try CanonicalJSON.encode(value)
        } catch {
            throw .io(path: url.path, operation: "encode", reason: String(describing: error))
        }
        try save(data, to: url, action: action)
    }

    /// Lets the folder's lock go; the session cannot write after this.
    public func close() {
        lock.release()
    }
}
