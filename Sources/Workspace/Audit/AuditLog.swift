import Crypto
import EvaluationCore
import Foundation
import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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
        /// The lines whose signatures verified (or were known to), for `VerifiedSignatures.save`.
        var verified: [VerifiedSignatures.Record] = []
        /// The SHA-256 of each complete line, in order (what the next line's `prev` names).
        var lineHashes: [String] = []
        /// Whether a member (not the program itself) wrote one of the lines, or one before them.
        var memberSeen = false

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

    public static func read(_ url: URL, verifying signatures: SignatureRule? = nil, keepingChanges: Bool = true) -> Result<Reading, WorkspaceError> {
        switch existingLog(at: url) {
        case .success(false): return .success(Reading(entries: [], lastHash: SHA256Digest.zero, problems: [], tornTail: 0))
        case .success(true): break
        case .failure(let error): return .failure(error)
        }
        do {
            return .success(parse(try Data(contentsOf: url), verifying: signatures, keepingChanges: keepingChanges))
        } catch {
            return .failure(.io(path: url.path, operation: "read", reason: error.localizedDescription))
        }
    }

    /// Whether there is a log at `url` (false: none, an empty log); a link or anything but a
    /// regular file is refused.
    static func existingLog(at url: URL) -> Result<Bool, WorkspaceError> {
        switch Posix.entry(at: url.path) {
        case .missing: .success(false)
        case .file: .success(true)
        case .symbolicLink: .failure(.symbolicLink(path: url.path))
        case .folder, .other: .failure(.io(path: url.path, operation: "read", reason: "not a regular file"))
        }
    }

    /// Parses and checks a log's bytes: every line JSON of the entry's shape, every `prev` the hash of
    /// the line before, and, with `signatures`, every line's author and signature — but for the lines
    /// `known` holds as verified before. Without `keepingChanges` the entries' `before` and `after`
    /// are checked as JSON but not kept (`.null`): they hold the sheets' texts, the larger part of a
    /// log, and the check and the writers never read them back.
    ///
    /// `after`: the lines before `after.bytes` were read by an earlier check and found sound (the
    /// caller made sure they are the same, `linesMatch`); only the lines after them are read, as if
    /// the whole log were, numbered and chained on from the earlier ones. The reading then holds
    /// only the new lines.
    public static func parse(_ data: Data, verifying signatures: SignatureRule? = nil, known: VerifiedSignatures = .none,
                             keepingChanges: Bool = true, after earlier: Continuation? = nil) -> Reading {
        let (lines, end) = data.withUnsafeBytes { completeLines(in: $0, from: min(earlier?.bytes ?? 0, $0.count), to: $0.count) }
        let tornTail = data.count - end
        // Each line is read, hashed and its signature checked on its own, on every core; the chain is
        // then checked in order.
        let keys = signatures?.publicKeys ?? [:]
        let read = lines.concurrentMap { range in
            data.withUnsafeBytes { bytes in
                let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                let entry = entry(line, keepingChanges: keepingChanges)
                let digest = SHA256.hash(data: line)
                var record: VerifiedSignatures.Record?
                let signed = entry.flatMap { entry in
                    keys[entry.actor].map { key in
                        guard entry.sig != nil else { return false }
                        let candidate = VerifiedSignatures.Record(publicKey: key, lineDigest: digest)
                        guard known.contains(candidate) || AuditLine.isSigned(line, by: key) else { return false }
                        record = candidate
                        return true
                    }
                }
                return (entry: entry, hash: hex(digest), signed: signed, record: record)
            }
        }
        var entries: [AuditEntry] = []
        var problems: [ValidationIssue] = []
        var previousHash = earlier?.lastHash ?? SHA256Digest.zero
        var memberSeen = earlier?.memberSeen ?? false
        let firstIndex = earlier?.lines ?? 0
        for (offset, line) in read.enumerated() {
            let index = firstIndex + offset
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
            if let signatures {
                problems += signatures.problems(with: entry, at: index, signed: line.signed, memberSeen: memberSeen)
                    .map { ValidationIssue(place: LocalizedText(bg: "ред \(lineNumber)", en: "line \(lineNumber)"), message: $0) }
                if entry.actor != WorkspaceCreator.systemActor { memberSeen = true }
            }
            entries.append(entry)
        }
        return Reading(entries: entries, lastHash: previousHash, problems: problems, tornTail: tornTail,
                       verified: read.compactMap(\.record), lineHashes: read.map(\.hash), memberSeen: memberSeen)
    }

    /// Where an earlier, sound reading of a log ended, for `parse(…, after:)`.
    public struct Continuation: Sendable, Equatable {
        /// The bytes of its complete lines.
        public let bytes: Int
        /// How many lines they are.
        public let lines: Int
        /// The SHA-256 of the last of them (64 zeros for none).
        public let lastHash: String
        /// Whether a member wrote one of them.
        public let memberSeen: Bool
    }

    /// Whether the first `count` bytes of `data` are whole lines whose SHA-256 are `hashes`, in order
    /// (hashed on every core): the lines an earlier reading saw, unchanged.
    static func linesMatch(_ data: Data, count: Int, hashes: [String]) -> Bool {
        guard count <= data.count else { return false }
        let (lines, end) = data.withUnsafeBytes { completeLines(in: $0, from: 0, to: count) }
        guard end == count, lines.count == hashes.count else { return false }
        let matches = Array(zip(lines, hashes)).concurrentMap { range, hash in
            data.withUnsafeBytes { bytes in hexDigest(UnsafeRawBufferPointer(rebasing: bytes[range])) == hash }
        }
        return !matches.contains(false)
    }

    /// The complete lines of `bytes[start..<end]` (each without its new line) and where they end:
    /// after the last new line, `start` when there is none.
    static func completeLines(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> (lines: [Range<Int>], end: Int) {
        var lines: [Range<Int>] = []
        guard let base = bytes.baseAddress else { return (lines, start) }
        var lineStart = start
        while lineStart < end, let newline = memchr(base + lineStart, 0x0A, end - lineStart) {
            let lineEnd = base.distance(to: UnsafeRawPointer(newline))
            lines.append(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        return (lines, lineStart)
    }

    /// Where the log at `url` stands now: its complete lines and the hash of the last one.
    public static func head(of url: URL) throws(WorkspaceError) -> ChainHead {
        try LogPosition.read(url, from: nil).position.head
    }

    /// The head of a log's bytes (a torn last line does not count).
    public static func head(of data: Data) -> ChainHead {
        data.withUnsafeBytes { LogPosition.empty.after(in: $0, at: 0).head }
    }

    /// The hash of line `number` (1-based) of a log's bytes, when it has that many complete lines.
    public static func hash(ofLine number: Int, in data: Data) -> String? {
        guard number > 0 else { return SHA256Digest.zero }
        return data.withUnsafeBytes { bytes -> String? in
            guard let base = bytes.baseAddress else { return nil }
            var count = 0
            var start = 0
            while start < bytes.count, let newline = memchr(base + start, 0x0A, bytes.count - start) {
                let end = base.distance(to: UnsafeRawPointer(newline))
                count += 1
                if count == number { return hexDigest(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1
            }
            return nil
        }
    }

    /// The entry of one line; `nil` when the line is not JSON (a key twice in one object included).
    private static func entry(_ line: UnsafeRawBufferPointer, keepingChanges: Bool) -> AuditEntry? {
        (keepingChanges ? JSONValue(strictlyParsing: line) : JSONValue(strictlyParsing: line, discarding: changeKeys)).flatMap(AuditEntry.init)
    }

    private static let changeKeys: Set<String> = ["before", "after"]

    /// The SHA-256 of `bytes` as lower-case hex, as `SHA256Digest.hex` writes it.
    static func hexDigest(_ bytes: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `entry` as one line, signed with `key`, and flushes it; returns the line's hash. The
    /// log is never reached through a link.
    @discardableResult
    public static func append(_ entry: AuditEntry, signedWith key: MemberKey?, to url: URL) throws(WorkspaceError) -> String {
        let line: Data
        do {
            line = try AuditLine.encode(entry, signedWith: key)
        } catch {
            throw .io(path: url.path, operation: "encode", reason: String(describing: error))
        }
        var bytes = line
        bytes.append(0x0A)
        try AtomicFile.call(url.path, "write") { () throws in
            let descriptor = try FileDescriptor.open(FilePath(url.path), .writeOnly, options: [.create, .append, .noFollow, .closeOnExec],
                                                     permissions: [.ownerReadWrite, .groupRead, .otherRead])
            try descriptor.closeAfter { () throws in
                _ = try bytes.withUnsafeBytes { buffer throws in try descriptor.writeAll(buffer) }
                try Posix.sync(descriptor)
            }
        }
        return SHA256Digest.hex(line)
    }

    /// Cuts an interrupted last line off (the caller holds the writer's lock).
    static func repairTornTail(_ url: URL, reading: Reading) throws(WorkspaceError) {
        guard reading.tornTail > 0 else { return }
        let size = Posix.identity(at: url.path)?.size ?? 0
        try AtomicFile.call(url.path, "truncate") { () throws in
            try Posix.truncate(url.path, to: size - Int64(reading.tornTail))
        }
    }
}
