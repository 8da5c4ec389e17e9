import Crypto
import EvaluationCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading, checking and appending an `audit.jsonl`.
public enum AuditLog {
    /// The lines of a log as read, with what is wrong with them.
    public struct Reading: Sendable {
        public var entries: [AuditEntry]
        /// The SHA-256 of the last complete line (64 zeros for an empty log).
        public var lastHash: String
        /// Problems with the chain, each naming its line.
        public var problems: [ValidationIssue]
        /// Bytes after the last new line: a line whose writing was interrupted.
        public var tornTail: Int

        /// The last entry that changed `target`.
        public func lastEntry(for target: String) -> AuditEntry? {
            entries.last { $0.target == target }
        }

        /// The entry before the last one that changed `target`.
        public func previousEntry(for target: String) -> AuditEntry? {
            let matching = entries.filter { $0.target == target }
            return matching.count >= 2 ? matching[matching.count - 2] : nil
        }

        /// For every target, `lastEntry(for:)` and `previousEntry(for:)` at once, in one pass.
        public func latestEntries() -> [String: (last: AuditEntry, previous: AuditEntry?)] {
            var latest: [String: (last: AuditEntry, previous: AuditEntry?)] = [:]
            for entry in entries {
                latest[entry.target] = (entry, latest[entry.target]?.last)
            }
            return latest
        }
    }

    public static func read(_ url: URL) -> Result<Reading, WorkspaceError> {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .success(Reading(entries: [], lastHash: SHA256Digest.zero, problems: [], tornTail: 0))
        }
        do {
            return .success(parse(try Data(contentsOf: url)))
        } catch {
            return .failure(.io(path: url.path, operation: "read", reason: error.localizedDescription))
        }
    }

    /// Parses and checks a log's bytes: every line JSON of the entry's shape, every `prev` the hash of
    /// the line before.
    public static func parse(_ data: Data) -> Reading {
        var lines: [Range<Int>] = []
        var tornTail = 0
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count {
                guard let newline = memchr(base + start, 0x0A, bytes.count - start) else {
                    tornTail = bytes.count - start
                    return
                }
                let end = base.distance(to: UnsafeRawPointer(newline))
                lines.append(start..<end)
                start = end + 1
            }
        }
        // Each line is read and hashed on its own, on every core; the chain is then checked in order.
        let read = lines.concurrentMap { range in
            data.withUnsafeBytes { bytes in
                let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                return (entry: entry(line), hash: hexDigest(line))
            }
        }
        var entries: [AuditEntry] = []
        var problems: [ValidationIssue] = []
        var previousHash = SHA256Digest.zero
        for (index, line) in read.enumerated() {
            let lineNumber = index + 1
            defer { previousHash = line.hash }
            guard let entry = line.entry else {
                problems.append(ValidationIssue(place: LocalizedText(bg: "ред \(lineNumber)", en: "line \(lineNumber)"), message: LocalizedText(
                    bg: "редът не е запис на дневника (JSON с полета at, actor, action, target, before, after, sha256, prev)",
                    en: "the line is not a log entry (JSON with at, actor, action, target, before, after, sha256, prev)")))
                continue
            }
            if entry.prev != previousHash {
                problems.append(ValidationIssue(place: LocalizedText(bg: "ред \(lineNumber)", en: "line \(lineNumber)"), message: LocalizedText(
                    bg: "веригата е прекъсната: полето prev не е SHA-256 на предходния ред (ред е изтрит, променен или разместен)",
                    en: "the chain is broken: prev is not the SHA-256 of the line before (a line was deleted, edited or moved)")))
            }
            entries.append(entry)
        }
        return Reading(entries: entries, lastHash: previousHash, problems: problems, tornTail: tornTail)
    }

    /// The entry of one line; `nil` when the line is not JSON (a key twice in one object included).
    private static func entry(_ line: UnsafeRawBufferPointer) -> AuditEntry? {
        JSONValue(strictlyParsing: line).flatMap(AuditEntry.init)
    }

    /// The SHA-256 of `bytes` as lower-case hex, as `SHA256Digest.hex` writes it.
    private static func hexDigest(_ bytes: UnsafeRawBufferPointer) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `entry` as one line and flushes it; returns the line's hash.
    @discardableResult
    public static func append(_ entry: AuditEntry, to url: URL) throws(WorkspaceError) -> String {
        let line: Data
        do {
            line = try CanonicalJSON.line(entry)
        } catch {
            throw .io(path: url.path, operation: "encode", reason: String(describing: error))
        }
        var bytes = line
        bytes.append(0x0A)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: url.path, operation: "open", reason: AtomicFile.errnoText()) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw .io(path: url.path, operation: "write", reason: AtomicFile.errnoText()) }
        guard fsync(descriptor) == 0 else { throw .io(path: url.path, operation: "fsync", reason: AtomicFile.errnoText()) }
        return SHA256Digest.hex(line)
    }

    /// Cuts an interrupted last line off (the caller holds the writer's lock).
    static func repairTornTail(_ url: URL, reading: Reading) throws(WorkspaceError) {
        guard reading.tornTail > 0 else { return }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        guard truncate(url.path, off_t(size - Int64(reading.tornTail))) == 0 else {
            throw .io(path: url.path, operation: "truncate", reason: AtomicFile.errnoText())
        }
    }
}
