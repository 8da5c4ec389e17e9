import Foundation
import SystemPackage

/// Where a log's complete lines ended when it was last read, and its last line: enough to read a
/// grown log on from there instead of from its start. A log of 20 000 proposals is ~300 MB, and
/// every writer records the heads of the other logs in each line it writes (`ChainWitness`).
///
/// A position is never trusted as it is: reading on from it first reads its last line again, at
/// the same place, and compares its SHA-256; any other content (the log cut, rewritten or
/// replaced) reads the log from its start. The lines before are not read again: had one of them
/// changed, the chain would break at that last line (each line names the hash of the one before),
/// and `ocenka check` says so.
struct LogPosition: Sendable, Equatable {
    /// The bytes of the complete lines (up to and with the last new line).
    let bytes: Int
    let lines: Int
    /// Where the last complete line starts.
    let lastLineStart: Int
    /// The SHA-256 of the last complete line (64 zeros for none).
    let lastHash: String

    static let empty = LogPosition(bytes: 0, lines: 0, lastLineStart: 0, lastHash: SHA256Digest.zero)

    var head: ChainHead { ChainHead(lines: lines, head: lastHash) }

    /// The position of the log at `url` now, read on from `known` when its last line is still
    /// there, else from the start (a missing log is empty; a link or anything but a regular file is
    /// refused, as `AuditLog.read` refuses it). Bytes after the last new line (a torn line) do not
    /// count.
    /// `readWhole`: whether the log was read from its start.
    static func read(_ url: URL, from known: LogPosition?) throws(WorkspaceError) -> (position: LogPosition, readWhole: Bool) {
        guard try AuditLog.existingLog(at: url).get() else { return (.empty, false) }
        do {
            let descriptor = try FileDescriptor.open(FilePath(url.path), .readOnly, options: [.noFollow, .closeOnExec])
            return try descriptor.closeAfter { () throws -> (LogPosition, Bool) in
                if let known, known.lines > 0, let position = try readOn(descriptor, from: known) { return (position, false) }
                return (try bytes(of: descriptor, from: 0).withUnsafeBytes { LogPosition.empty.after(in: $0, at: 0) }, true)
            }
        } catch let error as Errno where error == .tooManySymbolicLinkLevels {
            throw .symbolicLink(path: url.path)
        } catch {
            throw .io(path: url.path, operation: "read", reason: String(describing: error))
        }
    }

    /// The position after `known`, when its last line is still where it was; nil otherwise.
    private static func readOn(_ descriptor: FileDescriptor, from known: LogPosition) throws -> LogPosition? {
        let tail = try bytes(of: descriptor, from: known.lastLineStart)
        let lastLength = known.bytes - known.lastLineStart - 1
        return tail.withUnsafeBytes { tail -> LogPosition? in
            guard lastLength >= 0, tail.count > lastLength, tail[lastLength] == 0x0A,
                  AuditLog.hexDigest(UnsafeRawBufferPointer(rebasing: tail[0..<lastLength])) == known.lastHash
            else { return nil }
            return known.after(in: tail, at: known.lastLineStart, from: lastLength + 1)
        }
    }

    /// This position moved on over the complete lines of `bytes` (which begin at `offset` in the
    /// file) from `start`.
    func after(in bytes: UnsafeRawBufferPointer, at offset: Int, from start: Int = 0) -> LogPosition {
        let lines = AuditLog.completeLines(in: bytes, from: start, to: bytes.count).lines
        guard let last = lines.last else { return self }
        return LogPosition(bytes: offset + last.upperBound + 1, lines: self.lines + lines.count, lastLineStart: offset + last.lowerBound,
                           lastHash: AuditLog.hexDigest(UnsafeRawBufferPointer(rebasing: bytes[last])))
    }

    /// The file's bytes from `offset` to its end.
    private static func bytes(of descriptor: FileDescriptor, from offset: Int) throws -> [UInt8] {
        try Posix.read(descriptor, at: offset, count: Int(try descriptor.seek(offset: 0, from: .end)) - offset)
    }
}
