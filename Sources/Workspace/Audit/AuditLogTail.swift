import EvaluationCore
import Foundation
import SystemPackage

/// What a writer needs of its own log to go on appending to it, read from the end of the file: the
/// SHA-256 of the last complete line (the next line's `prev`) and the bytes of a line whose writing
/// was interrupted. The writer does not parse its log on opening; it reads the latest entries of a
/// file only when it asks for them (`latestEntries(for:in:count:)`), from the last line back. The
/// whole chain — every line's JSON, `prev`, author and signature — is what `ocenka check` verifies
/// (`AuditLog.parse`); the writers never refused a broken chain (they ignored `Reading.problems`).
public struct AuditLogTail: Sendable, Equatable {
    /// The SHA-256 of the last complete line (64 zeros when there is none).
    public var lastHash: String
    /// The size of the log's complete lines, in bytes.
    public var completeBytes: Int
    /// Bytes after the last new line: a line whose writing was interrupted.
    public var tornTail: Int

    /// The bytes read from the end at first; doubled until they hold the last complete line.
    static let firstWindow = 64 * 1024

    /// The tail of the log at `url`; a missing log is an empty one, a link or a folder is refused,
    /// as `AuditLog.read` refuses them.
    public static func read(_ url: URL) -> Result<AuditLogTail, WorkspaceError> {
        switch AuditLog.existingLog(at: url) {
        case .success(false): return .success(AuditLogTail(lastHash: SHA256Digest.zero, completeBytes: 0, tornTail: 0))
        case .success(true): break
        case .failure(let error): return .failure(error)
        }
        do {
            return .success(try AtomicFile.call(url.path, "read") { () throws in
                let descriptor = try FileDescriptor.open(FilePath(url.path), .readOnly, options: [.noFollow, .closeOnExec])
                return try descriptor.closeAfter { () throws in try read(descriptor) }
            })
        } catch {
            return .failure(error)
        }
    }

    /// Reads a window from the end of the file and widens it until it holds the last complete line
    /// whole, or the file.
    private static func read(_ descriptor: FileDescriptor) throws -> AuditLogTail {
        let size = Int(try descriptor.seek(offset: 0, from: .end))
        var window = min(size, firstWindow)
        while true {
            let start = size - window
            let bytes = try readBytes(descriptor, at: start, count: window)
            if let tail = of(bytes, startingAt: start, fileSize: size) { return tail }
            window = min(size, window * 2)
        }
    }

    /// The tail found in `bytes`, the file's last bytes from `start`; `nil` when they do not reach
    /// back to the start of the last complete line (and do not start the file).
    static func of(_ bytes: [UInt8], startingAt start: Int, fileSize: Int) -> AuditLogTail? {
        bytes.withUnsafeBytes { buffer -> AuditLogTail? in
            let wholeFile = start == 0
            guard let last = lastNewline(in: buffer, before: buffer.count) else {
                return wholeFile ? AuditLogTail(lastHash: SHA256Digest.zero, completeBytes: 0, tornTail: fileSize) : nil
            }
            let lineStart: Int
            if let previous = lastNewline(in: buffer, before: last) {
                lineStart = previous + 1
            } else if wholeFile {
                lineStart = 0
            } else {
                return nil
            }
            let line = UnsafeRawBufferPointer(rebasing: buffer[lineStart..<last])
            return AuditLogTail(lastHash: SHA256Digest.hex(Data(line)), completeBytes: start + last + 1,
                                tornTail: fileSize - (start + last + 1))
        }
    }

    /// The place of the last new line in `buffer[..<end]`.
    private static func lastNewline(in buffer: UnsafeRawBufferPointer, before end: Int) -> Int? {
        var index = end - 1
        while index >= 0 {
            if buffer[index] == 0x0A { return index }
            index -= 1
        }
        return nil
    }

    /// Exactly `count` bytes from `offset` (a file cut short meanwhile is an error).
    private static func readBytes(_ descriptor: FileDescriptor, at offset: Int, count: Int) throws -> [UInt8] {
        let bytes = try Posix.read(descriptor, at: offset, count: count)
        guard bytes.count == count else { throw Errno.ioError }
        return bytes
    }

    /// The last `count` entries of `data`'s complete lines that changed `target`, the last first: the
    /// lines are parsed from the end back, until `count` are found — the entries `AuditLog.parse`
    /// gives (a line that is not an entry is skipped, as there), without parsing the rest.
    public static func latestEntries(for target: String, in data: Data, count: Int) -> [AuditEntry] {
        guard count > 0 else { return [] }
        return data.withUnsafeBytes { buffer -> [AuditEntry] in
            var found: [AuditEntry] = []
            guard var end = lastNewline(in: buffer, before: buffer.count) else { return found }
            while found.count < count {
                let previous = lastNewline(in: buffer, before: end)
                let start = previous.map { $0 + 1 } ?? 0
                let line = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
                if let entry = JSONValue(strictlyParsing: line, discarding: changeKeys).flatMap(AuditEntry.init), entry.target == target {
                    found.append(entry)
                }
                guard let previous else { break }
                end = previous
            }
            return found
        }
    }

    /// The first `count` bytes of the log at `url` (its complete lines when a writer opened it), never
    /// through a link.
    public static func bytes(of url: URL, count: Int) -> Result<Data, WorkspaceError> {
        do {
            return .success(try AtomicFile.call(url.path, "read") { () throws in
                let descriptor = try FileDescriptor.open(FilePath(url.path), .readOnly, options: [.noFollow, .closeOnExec])
                return try descriptor.closeAfter { () throws in Data(try readBytes(descriptor, at: 0, count: count)) }
            })
        } catch {
            return .failure(error)
        }
    }

    private static let changeKeys: Set<String> = ["before", "after"]
}
