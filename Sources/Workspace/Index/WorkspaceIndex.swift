import EvaluationCore
import Foundation
import SystemPackage
#if canImport(Glibc)
import CFileSystem
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A derived cache of the parsed workspace, the way git's index avoids reading unchanged files: for
/// each evaluator's file, the register and the draw, its stamp (`FileStamp`: device, inode, size,
/// modification and status-change times), its SHA-256 and the value the loader parsed from it; for each audit log that
/// a check found sound, its stamp and what the check needs of it (`LogSummary`). A file whose stamp
/// is the one recorded is given back without being read; any other is read, parsed and checked as if
/// there were no index.
///
/// It is never trusted beyond that: the index names the program that wrote it (the executable's
/// stamp) and the SHA-256 of `workspace.json` and `procedure.json` (what a sheet is validated and a
/// signature verified against), and is not used when one differs; a file is recorded only when its
/// times are at least `settleMargin` before the check began (a change within the clock's granularity
/// could otherwise keep the times); and it is used only on file systems whose kernel keeps
/// status-change times (not on network or FAT file systems, where a program can set them). It
/// lives in this user's cache folder (`CacheFolder`), one file per workspace folder; deleting it
/// only makes the next check slower. `ocenka check --full` reads everything whatever the index says.
public struct WorkspaceIndex: Sendable {
    enum Kind: UInt64, Sendable {
        case document = 1
        case log = 2
        case register = 3
        case assignments = 4
    }

    /// One file as recorded; `payload`: where its value lies in the index's bytes, `notes`: where its
    /// justifications lie in the texts' bytes.
    struct Entry: Sendable {
        let stamp: FileStamp
        let digest: String
        let kind: Kind
        let payload: Range<Int>
        let notes: Range<Int>
    }

    /// One file as a check hands it in to be kept: newly encoded, or the bytes already in the index.
    struct Record: Sendable {
        enum Payload: Sendable {
            case fresh(structure: [UInt8], notes: [UInt8])
            case kept(Entry)
        }

        let stamp: FileStamp
        let digest: String
        let kind: Kind
        let payload: Payload
    }

    private let data: Data
    private let entries: [String: Entry]
    /// Whether the quality sheets are given back with their justifications, and from where.
    enum Justifications: Sendable {
        /// Not asked for: the sheets are given back without them.
        case none
        /// Asked for, but the texts file is not the one the index names: a sheet that has some is
        /// not given back (it is read from disk).
        case unavailable
        /// Read from the texts file, each document's as the document is.
        case file(IndexTexts)
    }

    private var justifications = Justifications.none
    /// The index file; nil when there is no cache folder or the file system does not keep stamps.
    let file: URL?
    private let workspace: String
    private let context: String
    /// The token the index and its texts file share: a texts file of another writing is not used.
    private let token: String
    /// Whether `matching` found the index written for this workspace's context; an index that was
    /// not matched gives nothing back and is not written.
    private let matched: Bool

    /// A change this close to the start of a check could keep a file's times (nanoseconds).
    static let settleMargin: Int64 = 1_000_000_000

    private static let magic = Data("ocenka-index 1\n".utf8)
    private static let textsMagic = Data("ocenka-index-texts 1\n".utf8)
    private static let prefix = "index-"
    private static let textsPrefix = "texts-"

    /// No index: every file is read.
    static let none = WorkspaceIndex(data: Data(), entries: [:], file: nil, workspace: "", context: "", token: "", matched: false)

    var isEmpty: Bool { entries.isEmpty }

    /// Whether the justifications were read with the index (`load(justifications:)`): without them
    /// the quality sheets it gives back have none.
    var holdsJustifications: Bool {
        if case .none = justifications { return false }
        return true
    }

    /// The index of the workspace at `root` in the cache folder the environment names, not yet
    /// matched with the workspace's context (`matching`). `justifications`: read the texts too;
    /// without them the quality scores' justifications it gives back are empty.
    static func load(for root: URL, justifications: Bool = true) -> WorkspaceIndex {
        guard let folder = CacheFolder.location() else { return .none }
        return load(for: root, in: folder, justifications: justifications)
    }

    static func load(for root: URL, in folder: URL, justifications: Bool = true) -> WorkspaceIndex {
        let path = root.standardizedFileURL.path
        guard keepsStamps(path) else { return .none }
        let file = CacheFolder.file(prefix, for: path, in: folder)
        let empty = WorkspaceIndex(data: Data(), entries: [:], file: file, workspace: path, context: "", token: "", matched: false)
        guard let data = CacheFolder.read(file), let header = CacheFolder.header(in: data, magic: magic), header.path == path,
              let (context, token, entries) = parse(data, from: header.end)
        else { return empty }
        var index = WorkspaceIndex(data: data, entries: entries, file: file, workspace: path, context: context, token: token, matched: false)
        if justifications {
            guard let texts = Self.texts(for: path, in: folder, token: token) else { return empty }
            index.justifications = .file(texts)
        }
        return index
    }

    /// The same index file, with nothing recorded: every file is read, and the index written anew.
    func withoutEntries() -> WorkspaceIndex {
        WorkspaceIndex(data: Data(), entries: [:], file: file, workspace: workspace, context: "", token: "", matched: false)
    }

    /// This index if it was written by this program for a workspace whose `workspace.json` and
    /// `procedure.json` have these hashes; else an empty one that will be written in its place.
    func matching(workspaceDigest: String, procedureDigest: String) -> WorkspaceIndex {
        let context = Self.context(workspaceDigest: workspaceDigest, procedureDigest: procedureDigest)
        guard context != self.context else {
            var index = WorkspaceIndex(data: data, entries: entries, file: file, workspace: workspace, context: context, token: token, matched: true)
            index.justifications = justifications
            return index
        }
        return WorkspaceIndex(data: Data(), entries: [:], file: file, workspace: workspace, context: context, token: "", matched: true)
    }

    /// This matched index with the justifications of the quality sheets it gives back: the texts file
    /// is opened and each sheet's read as it is asked for (the evaluator's desk asks for its own
    /// only), not the whole file. When the texts file is not the one the index names, a sheet that
    /// has justifications is not given back (`document` gives nil: it is read from disk).
    func withTexts() -> WorkspaceIndex {
        guard matched, case .none = justifications, let file else { return self }
        var index = self
        index.justifications = Self.texts(for: workspace, in: file.deletingLastPathComponent(), token: token).map { .file($0) } ?? .unavailable
        return index
    }

    /// The parsed value and the hash of the evaluator's file at `path` (relative to the workspace),
    /// when its stamp is the one recorded, with the record that keeps it.
    func document(_ path: String, stamp: FileStamp) -> (document: IndexDocument, digest: String, record: Record)? {
        guard matched, let entry = entries[path], entry.kind == .document, entry.stamp == stamp else { return nil }
        let document = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> IndexDocument? in
            let structure = UnsafeRawBufferPointer(rebasing: bytes[entry.payload])
            let notes: [UInt8]?
            switch justifications {
            case .none: return try? IndexDocument(decoding: structure, notes: nil)
            case .unavailable: notes = entry.notes.isEmpty ? [] : nil
            case .file(let texts): notes = entry.notes.isEmpty ? [] : texts.bytes(entry.notes)
            }
            return notes?.withUnsafeBytes { notes in try? IndexDocument(decoding: structure, notes: notes) }
        }
        return document.map { ($0, entry.digest, Record(stamp: stamp, digest: entry.digest, kind: .document, payload: .kept(entry))) }
    }

    /// The parsed value of the evaluator's file at `path` (`relativePath` in the workspace), when
    /// its stamp, taken now, is the one recorded: for a reader that needs neither its hash nor its
    /// record (the evaluator's desk).
    func unchangedDocument(_ relativePath: String, at path: String) -> IndexDocument? {
        stampNow(relativePath, at: path).flatMap { document(relativePath, stamp: $0)?.document }
    }

    /// The value of the chair's file of kind `kind` (the register, the draw) at `path`
    /// (`relativePath` in the workspace), when its stamp, taken now, is the one recorded.
    func unchanged<Value>(_ relativePath: String, at path: String, kind: Kind,
                          _ decode: (UnsafeRawBufferPointer) throws(IndexCorruption) -> Value) -> Value? {
        stampNow(relativePath, at: path).flatMap { recorded(relativePath, kind: kind, stamp: $0, decode)?.value }
    }

    /// The stamp of the file at `path` now, when the index records `relativePath` (else no stamp is taken).
    private func stampNow(_ relativePath: String, at path: String) -> FileStamp? {
        guard matched, entries[relativePath] != nil else { return nil }
        return FileStamp(path: path)
    }

    /// The value of kind `kind` (the register, the draw) recorded for the file at `path`, decoded,
    /// when its stamp is the one recorded, with its hash and the record that keeps it.
    func recorded<Value>(_ path: String, kind: Kind, stamp: FileStamp,
                         _ decode: (UnsafeRawBufferPointer) throws(IndexCorruption) -> Value) -> (value: Value, digest: String, record: Record)? {
        guard matched, let entry = entries[path], entry.kind == kind, entry.stamp == stamp else { return nil }
        let value = data.withUnsafeBytes { bytes -> Value? in
            do throws(IndexCorruption) {
                return try decode(UnsafeRawBufferPointer(rebasing: bytes[entry.payload]))
            } catch {
                return nil
            }
        }
        return value.map { ($0, entry.digest, Record(stamp: stamp, digest: entry.digest, kind: kind, payload: .kept(entry))) }
    }

    /// What a sound check found in the audit log at `path`, when its stamp is the one recorded.
    func log(_ path: String, stamp: FileStamp) -> (summary: LogSummary, record: Record)? {
        guard matched, let entry = entries[path], entry.kind == .log, entry.stamp == stamp else { return nil }
        let summary = data.withUnsafeBytes { bytes in
            try? LogSummary(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.payload]))
        }
        return summary.map { ($0, Record(stamp: stamp, digest: entry.digest, kind: .log, payload: .kept(entry))) }
    }

    /// What a sound check found in the audit log at `path` when it was last recorded, whatever its
    /// stamp now: a log only grows, so the caller reads on after those lines once it has made sure
    /// they are still the same (`AuditLog.linesMatch`).
    /// With the record that keeps it as it is.
    func earlierLog(_ path: String) -> (summary: LogSummary, record: Record)? {
        guard matched, let entry = entries[path], entry.kind == .log else { return nil }
        let summary = data.withUnsafeBytes { bytes in
            try? LogSummary(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.payload]))
        }
        return summary.map { ($0, Record(stamp: entry.stamp, digest: entry.digest, kind: .log, payload: .kept(entry))) }
    }

    /// Keeps `records` (path → record) in place of the index's entries; nothing is written when
    /// they are the entries it holds. The texts file is written first, then the index that names
    /// it: a reader between the two finds their tokens differ and reads every file. A failure to
    /// write is not an error. Made and written through `CacheWriting` (in the background in `ocenka`).
    func save(_ records: [String: Record]) {
        guard matched, let file else { return }
        let unchanged = records.count == entries.count && records.allSatisfy { path, record in
            if case .kept = record.payload, entries[path] != nil { return true }
            return false
        }
        if unchanged { return }
        CacheWriting.perform { [self] in write(records, to: file) }
    }

    /// `save`'s writing: the texts file when records bring new justifications, then the index.
    private func write(_ records: [String: Record], to file: URL) {
        let folder = file.deletingLastPathComponent()
        // When no record brings new justifications (a log or the register changed), the texts file
        // stays as it is and the new index names it again; else a new one is written, with the kept
        // justifications copied from the old file, read now.
        let reusingTexts = !token.isEmpty && records.values.allSatisfy { record in
            if case .fresh(_, let notes) = record.payload { return notes.isEmpty }
            return true
        }
        let oldTexts = reusingTexts ? nil : Self.readTexts(for: workspace, in: folder, token: token)
        let token = reusingTexts ? token : Self.newToken()
        var structure = IndexWriter(capacity: records.count * 200)
        var notes: [UInt8] = []
        notes.reserveCapacity(oldTexts?.count ?? 0)
        structure.text(context)
        structure.text(token)
        var kept: [(String, Record)] = []
        for (path, record) in records.sorted(by: { $0.key < $1.key }) {
            if !reusingTexts, case .kept(let entry) = record.payload, !entry.notes.isEmpty, (oldTexts?.count ?? 0) < entry.notes.upperBound { continue }
            kept.append((path, record))
        }
        structure.unsigned(UInt64(kept.count))
        data.withUnsafeBytes { old in
            for (path, record) in kept {
                structure.text(path)
                structure.unsigned(record.stamp.device)
                structure.unsigned(record.stamp.inode)
                structure.int(record.stamp.size)
                structure.int(record.stamp.modified)
                structure.int(record.stamp.changed)
                structure.text(record.digest)
                structure.unsigned(record.kind.rawValue)
                var place = notes.count ..< notes.count
                switch record.payload {
                case .fresh(let bytes, let texts):
                    structure.raw(bytes)
                    notes.append(contentsOf: texts)
                    place = place.lowerBound ..< notes.count
                case .kept(let entry) where reusingTexts:
                    structure.raw(UnsafeRawBufferPointer(rebasing: old[entry.payload]))
                    place = entry.notes
                case .kept(let entry):
                    structure.raw(UnsafeRawBufferPointer(rebasing: old[entry.payload]))
                    if !entry.notes.isEmpty, let oldTexts { notes.append(contentsOf: oldTexts[entry.notes]) }
                    place = place.lowerBound ..< notes.count
                }
                structure.unsigned(UInt64(place.lowerBound))
                structure.unsigned(UInt64(place.count))
            }
        }
        if !reusingTexts {
            var textsFile = Self.textsMagic
            textsFile.append(Data((workspace + "\n" + token + "\n").utf8))
            textsFile.append(contentsOf: notes)
            guard CacheFolder.write(textsFile, to: CacheFolder.file(Self.textsPrefix, for: workspace, in: folder)) else { return }
        }
        var indexFile = Self.magic
        indexFile.append(Data((workspace + "\n").utf8))
        indexFile.append(contentsOf: structure.bytes)
        guard CacheFolder.write(indexFile, to: file) else { return }
        CacheFolder.pruneStale(in: folder, prefix: Self.prefix, magic: Self.magic, keeping: file.lastPathComponent)
        CacheFolder.pruneStale(in: folder, prefix: Self.textsPrefix, magic: Self.textsMagic,
                               keeping: CacheFolder.file(Self.textsPrefix, for: workspace, in: folder).lastPathComponent)
    }

    /// The texts file of `path` in `folder`, opened and its header checked, when it is the one
    /// `token` names.
    private static func texts(for path: String, in folder: URL, token: String) -> IndexTexts? {
        IndexTexts(CacheFolder.file(textsPrefix, for: path, in: folder), magic: textsMagic, workspace: path, token: token)
    }

    /// Every justification's bytes of the texts file of `path`, when it is the one `token` names.
    private static func readTexts(for path: String, in folder: URL, token: String) -> [UInt8]? {
        texts(for: path, in: folder, token: token)?.all
    }

    private static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next(), radix: 16) + String(generator.next(), radix: 16)
    }

    /// The context, the token and the entries of an index file's bytes after its header; nil when
    /// they are not of the shape written.
    private static func parse(_ data: Data, from start: Int) -> (String, String, [String: Entry])? {
        data.withUnsafeBytes { bytes in
            try? parse(bytes, from: start)
        }
    }

    private static func parse(_ bytes: UnsafeRawBufferPointer, from start: Int) throws(IndexCorruption) -> (String, String, [String: Entry]) {
        var reader = IndexReader(bytes, from: start)
        let context = try reader.text()
        let token = try reader.text()
        let count = try reader.count()
        var entries: [String: Entry] = Dictionary(minimumCapacity: count)
        for _ in 0 ..< count {
            let path = try reader.text()
            let stamp = FileStamp(device: try reader.unsigned(), inode: try reader.unsigned(), size: try reader.int64(),
                                  modified: try reader.int64(), changed: try reader.int64())
            let digest = try reader.text()
            guard let kind = Kind(rawValue: try reader.unsigned()) else { throw IndexCorruption() }
            let payload = try reader.span()
            let notesStart = try reader.unsigned()
            let notesLength = try reader.unsigned()
            guard notesStart <= UInt64(Int.max / 2), notesLength <= UInt64(Int.max / 2) else { throw IndexCorruption() }
            entries[path] = Entry(stamp: stamp, digest: digest, kind: kind, payload: payload,
                                  notes: Int(notesStart) ..< Int(notesStart + notesLength))
        }
        guard reader.isAtEnd else { throw IndexCorruption() }
        return (context, token, entries)
    }

    private static func context(workspaceDigest: String, procedureDigest: String) -> String {
        "\(program)\n\(workspaceDigest)\n\(procedureDigest)"
    }

    /// The program that reads and writes the index: the format and the executable's stamp, so that
    /// another build (which may validate files otherwise) does not use what this one recorded.
    private static let program: String = {
        var status = stat()
        guard let path = Bundle.main.executablePath, stat(path, &status) == 0 else { return "format 2, executable unknown" }
        let stamp = FileStamp(status)
        return "format 2, executable \(stamp.device):\(stamp.inode):\(stamp.size):\(stamp.modified):\(stamp.changed)"
    }()

    /// Whether the file system of `path` is one whose kernel keeps status-change times and inodes,
    /// so that a stamp changes with every change of a file.
    static func keepsStamps(_ path: String) -> Bool {
        #if canImport(Darwin)
        var info = statfs()
        guard statfs(path, &info) == 0 else { return false }
        let name = withUnsafeBytes(of: info.f_fstypename) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return ["apfs", "hfs"].contains(name)
        #else
        var type: Int64 = 0
        guard ocenka_file_system_type(path, &type) == 0 else { return false }
        let localFileSystems: Set<Int64> = [
            0xEF53,      // ext2, ext3, ext4
            0x5846_5342, // xfs
            0x9123_683E, // btrfs
            0x0102_1994, // tmpfs
            0x794C_7630, // overlayfs
            0x2FC1_2FC1, // zfs
            0xF2F5_2010, // f2fs
        ]
        return localFileSystems.contains(type)
        #endif
    }
}
