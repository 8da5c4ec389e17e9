/// What `ocenka check` needs of an audit log once every line is read, chained and verified: how many
/// entries, the last state it records of each file, the heads of other logs it anchors, and the
/// hash of each line (for the anchors other logs hold of it). Made from a fresh reading, or given
/// back by the `WorkspaceIndex` for a log whose stamp is unchanged since a check found it sound, or
/// that earlier summary extended by the lines appended since (`extended(with:bytes:)`).
struct LogSummary: Sendable, Equatable {
    /// The last state a log records of one file.
    struct FileState: Sendable, Equatable {
        let sha256: String
        let at: String
        let actor: String
        /// The state before it, if the log records one.
        let previousSHA256: String?
    }

    /// The heads of other logs that one entry anchors.
    struct Anchor: Sendable, Equatable {
        /// The entry's line, from 1.
        let line: Int
        let heads: [String: ChainHead]
    }

    let entryCount: Int
    /// File path (relative to the workspace) → its last state.
    let latest: [String: FileState]
    let anchors: [Anchor]
    let lineHashes: [String]
    /// The bytes of the complete lines read.
    let bytes: Int
    /// Whether a member (not the program itself) wrote one of the lines.
    let memberSeen: Bool

    init(entryCount: Int, latest: [String: FileState], anchors: [Anchor], lineHashes: [String], bytes: Int, memberSeen: Bool) {
        self.entryCount = entryCount
        self.latest = latest
        self.anchors = anchors
        self.lineHashes = lineHashes
        self.bytes = bytes
        self.memberSeen = memberSeen
    }

    /// The summary of a whole log's reading; `bytes`: those of its complete lines.
    init(_ reading: AuditLog.Reading, bytes: Int) {
        self.init(entryCount: 0, latest: [:], anchors: [], lineHashes: [], bytes: 0, memberSeen: false)
        self = extended(with: reading, bytes: bytes)
    }

    /// This summary and the lines read after it (`AuditLog.parse(…, after: continuation)`);
    /// `bytes`: the complete lines' bytes of the whole log now.
    func extended(with reading: AuditLog.Reading, bytes: Int) -> LogSummary {
        var latest = latest
        var anchors = anchors
        for (offset, entry) in reading.entries.enumerated() {
            latest[entry.target] = FileState(sha256: entry.sha256, at: entry.at, actor: entry.actor,
                                             previousSHA256: latest[entry.target]?.sha256)
            if let heads = entry.anchors, !heads.isEmpty { anchors.append(Anchor(line: entryCount + offset + 1, heads: heads)) }
        }
        return LogSummary(entryCount: entryCount + reading.entries.count, latest: latest, anchors: anchors,
                          lineHashes: lineHashes + reading.lineHashes, bytes: bytes, memberSeen: reading.memberSeen)
    }

    /// Where a reading of the lines appended after these goes on from.
    var continuation: AuditLog.Continuation {
        AuditLog.Continuation(bytes: bytes, lines: lineHashes.count, lastHash: lineHashes.last ?? SHA256Digest.zero, memberSeen: memberSeen)
    }

    /// The SHA-256 of line `number` (64 zeros for line 0, before the first), nil past the end.
    func hash(ofLine number: Int) -> String? {
        guard number > 0 else { return SHA256Digest.zero }
        return number <= lineHashes.count ? lineHashes[number - 1] : nil
    }

    func encoded() -> [UInt8] {
        var writer = IndexWriter(capacity: 128 * latest.count + 34 * lineHashes.count)
        writer.int(entryCount)
        writer.int(bytes)
        writer.bool(memberSeen)
        writer.unsigned(UInt64(latest.count))
        for (target, state) in latest {
            writer.text(target)
            writer.text(state.sha256)
            writer.text(state.at)
            writer.text(state.actor)
            writer.optional(state.previousSHA256) { $0.text($1) }
        }
        writer.unsigned(UInt64(anchors.count))
        for anchor in anchors {
            writer.int(anchor.line)
            writer.unsigned(UInt64(anchor.heads.count))
            for (log, head) in anchor.heads {
                writer.text(log)
                writer.int(head.lines)
                writer.text(head.head)
            }
        }
        writer.unsigned(UInt64(lineHashes.count))
        for hash in lineHashes { writer.text(hash) }
        return writer.bytes
    }

    init(decoding bytes: UnsafeRawBufferPointer) throws(IndexCorruption) {
        var reader = IndexReader(bytes)
        let entryCount = try reader.int()
        let bytes = try reader.int()
        let memberSeen = try reader.bool()
        let latestCount = try reader.count()
        var latest: [String: FileState] = Dictionary(minimumCapacity: latestCount)
        for _ in 0 ..< latestCount {
            latest[try reader.text()] = FileState(sha256: try reader.text(), at: try reader.text(), actor: try reader.text(),
                                                  previousSHA256: try reader.optional { reader throws(IndexCorruption) in try reader.text() })
        }
        let anchorCount = try reader.count()
        var anchors: [Anchor] = []
        anchors.reserveCapacity(anchorCount)
        for _ in 0 ..< anchorCount {
            let line = try reader.int()
            let headCount = try reader.count()
            var heads: [String: ChainHead] = [:]
            for _ in 0 ..< headCount {
                heads[try reader.text()] = ChainHead(lines: try reader.int(), head: try reader.text())
            }
            anchors.append(Anchor(line: line, heads: heads))
        }
        let hashCount = try reader.count()
        var lineHashes: [String] = []
        lineHashes.reserveCapacity(hashCount)
        for _ in 0 ..< hashCount { lineHashes.append(try reader.text()) }
        guard reader.isAtEnd else { throw IndexCorruption() }
        self.init(entryCount: entryCount, latest: latest, anchors: anchors, lineHashes: lineHashes, bytes: bytes, memberSeen: memberSeen)
    }
}
