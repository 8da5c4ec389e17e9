import Crypto
import EvaluationCore
import Foundation

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
        guard let folder = CacheFolder.location() else { return .none }
        return load(for: root, in: folder)
    }

    /// The cache of the workspace at `root` in `folder`.
    static func load(for root: URL, in folder: URL) -> VerifiedSignatures {
        let path = root.standardizedFileURL.path
        let file = CacheFolder.file(prefix, for: path, in: folder)
        return VerifiedSignatures(records: read(file, workspace: path), file: file, workspace: path)
    }

    /// Whether `record` was verified before.
    func contains(_ record: Record) -> Bool {
        records.contains(record)
    }

    /// Keeps `verified`, the records of every line that verified in this check, in place of the
    /// file's; nothing is written when they are the same. A failure to write is not an error: the
    /// cache only saves time. Made and written through `CacheWriting`.
    func save(_ verified: Set<Record>) {
        guard let file, verified != records else { return }
        CacheWriting.perform { [self] in write(verified, to: file) }
    }

    private func write(_ verified: Set<Record>, to file: URL) {
        var data = Self.magic
        let header = Data((workspace + "\n").utf8)
        data.reserveCapacity(Self.magic.count + header.count + verified.count * 32)
        data.append(header)
        for record in verified { record.append(to: &data) }
        guard CacheFolder.write(data, to: file) else { return }
        CacheFolder.pruneStale(in: file.deletingLastPathComponent(), prefix: Self.prefix, magic: Self.magic,
                               obsolete: [Self.firstMagic], keeping: file.lastPathComponent)
    }

    /// The records of `file`, when it is of this format and names `workspace`.
    private static func read(_ file: URL, workspace: String) -> Set<Record> {
        guard let data = CacheFolder.read(file), let header = CacheFolder.header(in: data, magic: magic), header.path == workspace,
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
}
