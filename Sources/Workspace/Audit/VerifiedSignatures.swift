import Crypto
import EvaluationCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The audit lines whose Ed25519 signatures this user's `ocenka check` has already verified, so that
/// a later check verifies only the lines it has not seen (signature checking is half of a check).
///
/// A record is the SHA-256 of the public key and the line's SHA-256: the verification of the same
/// line's bytes with the same key gives the same answer, whatever file the line is in, so a record
/// needs no other validation — a changed line has another hash and is verified again. Only lines
/// that verified are recorded. The file is outside the workspace (the check refuses unknown files
/// in it): `$OCENKA_CACHE`, else `$XDG_CACHE_HOME/ocenka`, else `~/.cache/ocenka`, one file per
/// workspace folder, `signatures-<hash of the folder's path>.bin`, written by this user only
/// (folder 0700, file 0600); a file of another owner, writable by others or not of the expected
/// shape is ignored. Deleting it only makes the next check slower. Each check rewrites it with the
/// lines of the workspace as it is, so it never holds more than the workspace's logs. The file names
/// its workspace folder after the magic line; a check that writes its file deletes the files of
/// workspace folders that no longer exist (a test's temporary workspaces), and those of the first
/// format, which named none.
public struct VerifiedSignatures: Sendable {
    /// One verified line: SHA-256 of the raw public key and the line's SHA-256, 32 bytes.
    struct Record: Hashable, Sendable {
        let a, b, c, d: UInt64

        init(publicKey: Data, lineDigest: SHA256.Digest) {
            var hasher = SHA256()
            hasher.update(data: Self.domain)
            hasher.update(data: publicKey)
            lineDigest.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            let words = hasher.finalize().withUnsafeBytes { bytes in
                (0..<4).map { bytes.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self) }
            }
            (a, b, c, d) = (words[0], words[1], words[2], words[3])
        }

        init(_ bytes: UnsafeRawBufferPointer) {
            a = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
            b = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            c = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
            d = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        }

        func append(to data: inout Data) {
            for word in [a, b, c, d] { withUnsafeBytes(of: word) { data.append(contentsOf: $0) } }
        }

        private static let domain = Data("ocenka verified signature 1\n".utf8)
    }

    /// The records as read; empty when there is no usable file.
    let records: Set<Record>
    /// The file, or nil when there is no cache folder to use.
    let file: URL?
    /// The workspace folder's path, which the file names.
    let workspace: String

    private static let magic = Data("ocenka-signatures 2\n".utf8)
    /// The first format's magic line: records only, no workspace named.
    private static let firstMagic = Data("ocenka-signatures 1\n".utf8)
    private static let prefix = "signatures-"

    /// Nothing known: every signature is verified.
    public static let none = VerifiedSignatures(records: [], file: nil, workspace: "")

    /// The cache of the workspace at `root`, in the folder the environment names.
    public static func load(for root: URL) -> VerifiedSignatures {
        guard let folder = folder() else { return .none }
        return load(for: root, in: folder)
    }

    /// The cache of the workspace at `root` in `folder`.
    static func load(for root: URL, in folder: URL) -> VerifiedSignatures {
        let path = root.standardizedFileURL.path
        let key = SHA256Digest.hex(Data(path.utf8)).prefix(32)
        let file = folder.appendingPathComponent("\(prefix)\(key).bin")
        return VerifiedSignatures(records: read(file, workspace: path), file: file, workspace: path)
    }

    /// Whether `record` was verified before.
    func contains(_ record: Record) -> Bool {
        records.contains(record)
    }

    /// Keeps `verified`, the records of every line that verified in this check, in place of the
    /// file's; nothing is written when they are the same. A failure to write is not an error: the
    /// cache only saves time.
    func save(_ verified: Set<Record>) {
        guard let file, verified != records else { return }
        let folder = file.deletingLastPathComponent()
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                         attributes: [.posixPermissions: 0o700])) != nil,
              Self.isPrivate(folder.path, folder: true) else { return }
        var data = Self.magic
        let header = Data((workspace + "\n").utf8)
        data.reserveCapacity(Self.magic.count + header.count + verified.count * 32)
        data.append(header)
        for record in verified { record.append(to: &data) }
        let pending = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).pending")
        guard FileManager.default.createFile(atPath: pending.path, contents: data, attributes: [.posixPermissions: 0o600]) else { return }
        if rename(pending.path, file.path) != 0 { unlink(pending.path) }
        Self.pruneStale(in: folder, keeping: file.lastPathComponent)
    }

    /// Deletes the files of `folder` whose workspace folder no longer exists, and those of the
    /// first format; reads only each file's first lines.
    static func pruneStale(in folder: URL, keeping kept: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name != kept && name.hasPrefix(prefix) && name.hasSuffix(".bin") {
            let path = folder.appendingPathComponent(name).path
            guard isPrivate(path, folder: false), let handle = FileHandle(forReadingAtPath: path) else { continue }
            let head = (try? handle.read(upToCount: 4_096)) ?? Data()
            try? handle.close()
            if head.starts(with: firstMagic) {
                unlink(path)
                continue
            }
            guard let workspace = header(in: head)?.path else { continue }
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: workspace, isDirectory: &isFolder) || !isFolder.boolValue {
                unlink(path)
            }
        }
    }

    /// The workspace path after the magic line of `head` (a file's first bytes), and where its
    /// records start; nil when `head` is not of this format.
    private static func header(in head: Data) -> (path: String, end: Int)? {
        guard head.starts(with: magic),
              let newline = head[(head.startIndex + magic.count)...].firstIndex(of: UInt8(ascii: "\n")),
              let path = String(data: head[(head.startIndex + magic.count)..<newline], encoding: .utf8), path.hasPrefix("/")
        else { return nil }
        return (path, newline + 1 - head.startIndex)
    }

    private static func folder() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["OCENKA_CACHE"], !path.isEmpty { return URL(fileURLWithPath: path, isDirectory: true) }
        if let path = environment["XDG_CACHE_HOME"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true).appendingPathComponent("ocenka")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/ocenka")
    }

    /// The records of `file`, when it is of this format and names `workspace`.
    private static func read(_ file: URL, workspace: String) -> Set<Record> {
        guard isPrivate(file.deletingLastPathComponent().path, folder: true), isPrivate(file.path, folder: false),
              let data = try? Data(contentsOf: file), let header = header(in: data), header.path == workspace,
              (data.count - header.end) % 32 == 0 else { return [] }
        var records = Set<Record>(minimumCapacity: (data.count - header.end) / 32)
        data.withUnsafeBytes { bytes in
            var offset = header.end
            while offset < bytes.count {
                records.insert(Record(UnsafeRawBufferPointer(rebasing: bytes[offset ..< offset + 32])))
                offset += 32
            }
        }
        return records
    }

    /// Whether `path` is this user's, of the kind expected, not a link, and writable by nobody else.
    private static func isPrivate(_ path: String, folder: Bool) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o022 == 0 else { return false }
        return (info.st_mode & S_IFMT) == (folder ? S_IFDIR : S_IFREG)
    }
}
