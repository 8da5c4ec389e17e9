import EvaluationCore
import Foundation
import Workspace

/// One writer's files and audit log as the generator makes them: every change is logged exactly as
/// `WriterSession.save` logs it (the changed values by JSON path, the file's SHA-256, the hash of the
/// line before), but nothing is flushed to the disk change by change — the log is written in large
/// blocks and each file once, in its last state. A generated workspace needs no crash safety, and
/// 20 000 proposals × 3 evaluators would otherwise take hours of `fsync`.
final class GeneratedWriter {
    let layout: WorkspaceLayout
    let logURL: URL
    private var lastHash = SHA256Digest.zero
    private var lines = Data()
    /// The state of each file not yet written, by path.
    private var contents: [String: Data] = [:]
    private(set) var entryCount = 0
    private(set) var fileCount = 0

    init(layout: WorkspaceLayout, log: URL) {
        self.layout = layout
        self.logURL = log
    }

    /// Records `value`, encoded canonically, as the new state of `url`.
    func save<T: Encodable>(_ value: T, to url: URL, action: AuditAction, actor: String, at moment: Timestamp) throws(WorkspaceError) {
        let data: Data
        do {
            data = try CanonicalJSON.encode(value)
        } catch {
            throw .io(path: url.path, operation: "encode", reason: String(describing: error))
        }
        try save(data, to: url, action: action, actor: actor, at: moment)
    }

    /// Records `data` as the new state of `url`, with its audit line (nothing when it is unchanged).
    func save(_ data: Data, to url: URL, action: AuditAction, actor: String, at moment: Timestamp) throws(WorkspaceError) {
        let old = contents[url.path]
        if let old, old == data { return }
        let change = JSONValue.difference(from: old.flatMap { try? JSONValue.parse($0).get() },
                                          to: try? JSONValue.parse(data).get())
        let entry = AuditEntry(at: moment.text, actor: actor, action: action.recorded, target: layout.relativePath(of: url),
                               before: change.before, after: change.after, sha256: SHA256Digest.hex(data), prev: lastHash)
        let line: Data
        do {
            line = try AuditLine.encode(entry, signedWith: actor == WorkspaceCreator.systemActor ? nil : DemoKeys.key(for: actor))
        } catch {
            throw .io(path: logURL.path, operation: "encode", reason: String(describing: error))
        }
        lastHash = SHA256Digest.hex(line)
        lines.append(line)
        lines.append(0x0A)
        entryCount += 1
        contents[url.path] = data
        if lines.count >= 1 << 22 { try flushLog() }
    }

    /// Writes the last state of `url` and forgets it (its next save starts from the file's absence).
    func close(_ url: URL) throws(WorkspaceError) {
        guard let data = contents.removeValue(forKey: url.path) else { return }
        try Self.write(data, to: url)
        fileCount += 1
    }

    /// Writes every file still open and the rest of the log.
    func finish() throws(WorkspaceError) {
        for path in contents.keys.sorted() { try close(URL(fileURLWithPath: path)) }
        try flushLog()
    }

    private func flushLog() throws(WorkspaceError) {
        guard !lines.isEmpty else { return }
        do {
            if FileManager.default.fileExists(atPath: logURL.path) {
                let handle = try FileHandle(forWritingTo: logURL)
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: lines)
            } else {
                try lines.write(to: logURL)
            }
        } catch {
            throw .io(path: logURL.path, operation: "write", reason: error.localizedDescription)
        }
        lines.removeAll(keepingCapacity: true)
    }

    static func write(_ data: Data, to url: URL) throws(WorkspaceError) {
        do {
            try data.write(to: url)
        } catch {
            throw .io(path: url.path, operation: "write", reason: error.localizedDescription)
        }
    }
}
