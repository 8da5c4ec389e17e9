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
        var entries: [AuditEntry] = []
        var problems: [ValidationIssue] = []
        var previousHash = SHA256Digest.zero
        var lineNumber = 0
        var start = data.startIndex
        var tornTail = 0
        while start < data.endIndex {
            guard let newline = data[start...].firstIndex(of: 0x0A) else {
                tornTail = data.endIndex - start
                break
            }
            lineNumber += 1
            let line = data[start..<newline]
            start = newline + 1
            let lineHash = SHA256Digest.hex(Data(line))
            defer { previousHash = lineHash }
            guard let entry = try? JSONDecoder().decode(AuditEntry.self, from: Data(line)) else {
                problems.append(ValidationIssue(place: "ред \(lineNumber)", message: LocalizedText(
                    bg: "редът не е запис на дневника (JSON с полета at, actor, action, target, before, after, sha256, prev)",
                    en: "the line is not a log entry (JSON with at, actor, action, target, before, after, sha256, prev)")))
                continue
            }
            if entry.prev != previousHash {
                problems.append(ValidationIssue(place: "ред \(lineNumber)", message: LocalizedText(
                    bg: "веригата е прекъсната: полето prev не е SHA-256 на предходния ред (ред е изтрит, променен или разместен)",
                    en: "the chain is broken: prev is not the SHA-256 of the line before (a line was deleted, edited or moved)")))
            }
            entries.append(entry)
        }
        return Reading(entries: entries, lastHash: previousHash, problems: problems, tornTail: tornTail)
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
