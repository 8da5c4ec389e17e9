import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Atomic replacement of a file (DESIGN §7): the new content goes to a pending file in the same
/// folder and is flushed to the disk; then it is renamed over the old file and the folder is flushed.
/// A kill at any moment leaves the old file or the new one, never a torn one. The two steps are apart
/// so that the audit line can be written between them (see `WriterSession`).
public enum AtomicFile {
    /// The pending file of `url`: ".<name>.pending" beside it.
    public static func pendingURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".pending")
    }

    /// Writes `data` to the pending file of `url` and flushes it.
    public static func prepare(_ data: Data, for url: URL) throws(WorkspaceError) -> URL {
        let pending = pendingURL(for: url)
        try writeAndSync(data, to: pending)
        return pending
    }

    /// Renames the pending file over `url` and flushes the folder.
    public static func commit(_ pending: URL, to url: URL) throws(WorkspaceError) {
        guard rename(pending.path, url.path) == 0 else {
            throw .io(path: url.path, operation: "rename", reason: errnoText())
        }
        try syncFolder(url.deletingLastPathComponent())
    }

    /// Both steps at once, for files no audit log records (exports).
    public static func write(_ data: Data, to url: URL) throws(WorkspaceError) {
        let pending = try prepare(data, for: url)
        try commit(pending, to: url)
    }

    /// Creates `url` and the folders above it, flushing each new folder's parent.
    public static func createFolder(_ url: URL) throws(WorkspaceError) {
        var missing: [URL] = []
        var current = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path) {
            missing.insert(current, at: 0)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        for folder in missing {
            guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else {
                throw .io(path: folder.path, operation: "mkdir", reason: errnoText())
            }
            try syncFolder(folder.deletingLastPathComponent())
        }
    }

    static func writeAndSync(_ data: Data, to url: URL) throws(WorkspaceError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: url.path, operation: "open", reason: errnoText()) }
        defer { close(descriptor) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errnoText()
                    return
                }
                offset += written
            }
        }
        if let failure { throw .io(path: url.path, operation: "write", reason: failure) }
        guard fsync(descriptor) == 0 else { throw .io(path: url.path, operation: "fsync", reason: errnoText()) }
    }

    static func syncFolder(_ url: URL) throws(WorkspaceError) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: url.path, operation: "open", reason: errnoText()) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .io(path: url.path, operation: "fsync", reason: errnoText()) }
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
