import EvaluationCore
import Foundation
import SystemPackage

/// Atomic replacement of a file: the new content goes to a pending file in the same folder and is
/// flushed to the disk; then it is renamed over the old file and the folder is flushed. A kill at any
/// moment leaves the old file or the new one, never a torn one. The two steps are apart so that the
/// audit line can be written between them (see `WriterSession`). No step follows a symbolic link:
/// files are opened with `O_NOFOLLOW` and a pending file is always created anew.
public enum AtomicFile {
    /// The pending file of `url`: ".<name>.pending" beside it.
    public static func pendingURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".pending")
    }

    /// Writes `data` to the pending file of `url` and flushes it.
    public static func prepare(_ data: some ContiguousBytes, for url: URL) throws(WorkspaceError) -> URL {
        try preparing(url) { descriptor in _ = try data.withUnsafeBytes { buffer throws in try descriptor.writeAll(buffer) } }.pending
    }

    /// `prepare` of bytes made while they are written (`ByteStream`): each piece written and hashed
    /// in turn while the next batch is made; also their SHA-256. After each batch the kernel is asked
    /// to start writing it to the disk, so that the flush at the end waits for little.
    static func prepare(_ content: ByteStream, for url: URL) throws(WorkspaceError) -> (pending: URL, digest: String) {
        let (pending, digest) = try preparing(url) { descriptor throws -> String in
            var hasher = SHA256Digest.Hasher()
            var written = 0
            try content.forEachBatch { (batch: [[UInt8]]) throws in
                let start = written
                for part in batch where !part.isEmpty {
                    try part.withUnsafeBytes { buffer throws in
                        hasher.update(buffer)
                        written += try descriptor.writeAll(buffer)
                    }
                }
                Posix.startWriteback(descriptor, start..<written)
            }
            return hasher.hex()
        }
        return (pending, digest)
    }

    /// A new pending file of `url` (an old one removed), written by `write` and flushed.
    private static func preparing<T>(_ url: URL, _ write: (FileDescriptor) throws -> T) throws(WorkspaceError) -> (pending: URL, result: T) {
        let pending = pendingURL(for: url)
        try call(pending.path, "unlink") { () throws in try Posix.removeFile(pending.path) }
        let result = try writeAndSync(to: pending, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec], write)
        return (pending, result)
    }

    /// Renames the pending file over `url` and flushes the folder.
    public static func commit(_ pending: URL, to url: URL) throws(WorkspaceError) {
        try call(url.path, "rename") { () throws in try Posix.rename(pending.path, url.path) }
        try syncFolder(url.deletingLastPathComponent())
    }

    /// Both steps at once, for files no audit log records (exports).
    public static func write(_ data: Data, to url: URL) throws(WorkspaceError) {
        let pending = try prepare(data, for: url)
        try commit(pending, to: url)
    }

    /// `write` of several files, for an export that records them: each written to its pending file and
    /// flushed, and hashed, on every core; then each renamed over its file, and each folder flushed once
    /// (not once per file). When this returns, every file is complete on disk under its name. Returns
    /// each file's SHA-256 (`SHA256Digest.hex`). A file that cannot be written leaves no file renamed
    /// and no pending file behind.
    ///
    /// The files are made while they are written: the files of several batches (the protocol and its
    /// scores CSV) are written at the same time, each by a thread of its own, each batch made (on
    /// every core) while the one before is written — the CSV, cheap to make and long to write and
    /// hash, no longer waits for the protocol to end; then the files of one batch, on every core at
    /// once.
    public static func writeAll(_ files: [(URL, ByteStream)]) throws(WorkspaceError) -> [String] {
        @Sendable func prepare(_ file: (URL, ByteStream)) -> Result<(URL, String), WorkspaceError> {
            do throws(WorkspaceError) {
                return .success(try AtomicFile.prepare(file.1, for: file.0))
            } catch {
                return .failure(error)
            }
        }
        var prepared = [Result<(URL, String), WorkspaceError>?](repeating: nil, count: files.count)
        let streamed = files.indices.filter { files[$0].1.batchCount > 1 }
        let others = streamed.dropFirst().map { index in
            let file = files[index]
            return (index, MadeAhead(onThreadOfItsOwn: true) { prepare(file) })
        }
        if let first = streamed.first { prepared[first] = prepare(files[first]) }
        for (index, made) in others { prepared[index] = made.take() }
        let rest = files.indices.filter { prepared[$0] == nil }
        for (index, result) in zip(rest, rest.map { files[$0] }.concurrentMap(minimumCount: 2, prepare)) {
            prepared[index] = result
        }
        let results = prepared.compactMap { $0 }
        var pending = results.compactMap { try? $0.get().0 }
        defer { for url in pending { try? Posix.removeFile(url.path) } }
        // Nothing is renamed unless every file was written.
        var ready: [(URL, String)] = []
        for result in results { ready.append(try result.get()) }
        for ((prepared, _), (url, _)) in zip(ready, files) {
            try call(url.path, "rename") { () throws in try Posix.rename(prepared.path, url.path) }
            pending.removeAll { $0 == prepared }
        }
        var folders: [URL] = []
        for (url, _) in files where !folders.contains(url.deletingLastPathComponent()) {
            folders.append(url.deletingLastPathComponent())
        }
        for folder in folders { try syncFolder(folder) }
        return ready.map(\.1)
    }

    /// Creates `url` and the folders above it, flushing each new folder's parent; an existing part of
    /// the path that is not a folder (a symbolic link among them) is refused.
    public static func createFolder(_ url: URL) throws(WorkspaceError) {
        var missing: [URL] = []
        var current = url.standardizedFileURL
        while Posix.entry(at: current.path) == .missing {
            missing.insert(current, at: 0)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        for folder in missing {
            try call(folder.path, "mkdir") { () throws in try Posix.makeFolder(folder.path) }
            try syncFolder(folder.deletingLastPathComponent())
        }
    }

    /// Opens a new file at `url` (with `options`), lets `write` fill it and flushes it.
    static func writeAndSync<T>(to url: URL, options: FileDescriptor.OpenOptions, _ write: (FileDescriptor) throws -> T) throws(WorkspaceError) -> T {
        try call(url.path, "write") { () throws in
            let descriptor = try FileDescriptor.open(FilePath(url.path), .writeOnly, options: options,
                                                     permissions: [.ownerReadWrite, .groupRead, .otherRead])
            return try descriptor.closeAfter { () throws in
                let result = try write(descriptor)
                try Posix.sync(descriptor)
                return result
            }
        }
    }

    static func syncFolder(_ url: URL) throws(WorkspaceError) {
        try call(url.path, "fsync") { () throws in
            let descriptor = try FileDescriptor.open(FilePath(url.path), .readOnly, options: [.directory, .noFollow, .closeOnExec])
            try descriptor.closeAfter { () throws in try Posix.sync(descriptor) }
        }
    }

    /// Runs a system call sequence, reporting its failure as a `WorkspaceError` naming `path`.
    static func call<T>(_ path: String, _ operation: String, _ body: () throws -> T) throws(WorkspaceError) -> T {
        do {
            return try body()
        } catch let error as Errno {
            if error == .tooManySymbolicLinkLevels { throw .symbolicLink(path: path) }
            throw .io(path: path, operation: operation, reason: error.text)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw .io(path: path, operation: operation, reason: String(describing: error))
        }
    }
}
