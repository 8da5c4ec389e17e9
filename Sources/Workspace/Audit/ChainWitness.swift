import EvaluationCore
import Foundation

/// The heads of every other log of a workspace, as a writer records them in each line it writes
/// (`AuditEntry.anchors`, by the log's path). Once anyone has written after a line of another
/// member's log, that log can no longer be cut short or deleted unseen. Heads are recomputed only
/// for logs whose size, time or inode changed since the last line, and then read on from where they
/// were last read (`LogPositions`, kept between sessions), not from their start.
final class ChainWitness {
    private let layout: WorkspaceLayout
    private let ownLog: URL
    private var known: [String: (identity: (size: Int64, modified: Int64, inode: UInt64), head: ChainHead)] = [:]
    private var positions: LogPositions?

    init(layout: WorkspaceLayout, ownLog: URL) {
        self.layout = layout
        self.ownLog = ownLog.standardizedFileURL
    }

    /// Log path → head, for every other log that has lines.
    func heads() throws(WorkspaceError) -> [String: ChainHead]? {
        var heads: [String: ChainHead] = [:]
        var positions = self.positions ?? LogPositions.load(for: layout.root)
        defer {
            positions.save()
            self.positions = positions
        }
        for log in layout.auditLogs() where log.standardizedFileURL != ownLog {
            let path = layout.relativePath(of: log)
            guard let identity = Posix.identity(at: log.path) else { continue }
            let head: ChainHead
            if let cached = known[path], cached.identity == identity {
                head = cached.head
            } else {
                head = try positions.position(of: log, named: path).head
                known[path] = (identity, head)
            }
            if head.lines > 0 { heads[path] = head }
        }
        return heads.isEmpty ? nil : heads
    }
}

extension WorkspaceLayout {
    /// Every audit log the workspace may hold: the chair's, then each member folder's (hidden
    /// folders and links excluded), whether it exists yet or not.
    func auditLogs() -> [URL] {
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: sheetsFolder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        return [chairAuditFile] + folders.filter { Posix.entry(at: evaluatorFolder($0).path) == .folder }.map(auditFile)
    }

    /// The head of every log of the workspace (the chair's first, then each evaluator's), as the
    /// protocol prints them.
    public func logHeads() -> [(path: String, head: ChainHead)] {
        var positions = LogPositions.load(for: root)
        defer { positions.save() }
        return auditLogs().compactMap { log in
            let path = relativePath(of: log)
            guard let head = try? positions.position(of: log, named: path).head, head.lines > 0 else { return nil }
            return (path, head)
        }
    }
}
