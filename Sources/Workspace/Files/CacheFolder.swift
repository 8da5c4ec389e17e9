import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This user's folder for what only saves time (`VerifiedSignatures`, `WorkspaceIndex`): outside any
/// workspace, since `ocenka check` refuses unknown files in one. `$OCENKA_CACHE`, else
/// `$XDG_CACHE_HOME/ocenka`, else `~/.cache/ocenka`; the folder is 0700 and each file 0600, and a
/// file of another owner, writable by others or not a plain file is not used. Each file begins with
/// its magic line and the path of the workspace folder it is about, so that the files of workspaces
/// that no longer exist can be deleted.
enum CacheFolder {
    /// The folder the environment names, nil when there is none to use.
    static func location() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["OCENKA_CACHE"], !path.isEmpty { return URL(fileURLWithPath: path, isDirectory: true) }
        if let path = environment["XDG_CACHE_HOME"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true).appendingPathComponent("ocenka")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/ocenka")
    }

    /// The file of kind `prefix` for the workspace folder `path` in `folder`.
    static func file(_ prefix: String, for path: String, in folder: URL) -> URL {
        let key = SHA256Digest.hex(Data(path.utf8)).prefix(32)
        return folder.appendingPathComponent("\(prefix)\(key).bin")
    }

    /// The bytes of `file` when it is this user's own and private.
    static func read(_ file: URL) -> Data? {
        guard isPrivate(file.deletingLastPathComponent().path, folder: true), isPrivate(file.path, folder: false) else { return nil }
        return try? Data(contentsOf: file)
    }

    /// Writes `data` to `file` whole (a private file beside it, renamed); false when it cannot. A
    /// failure is not an error: the cache only saves time.
    @discardableResult
    static func write(_ data: Data, to file: URL) -> Bool {
        let folder = file.deletingLastPathComponent()
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                         attributes: [.posixPermissions: 0o700])) != nil,
              isPrivate(folder.path, folder: true) else { return false }
        let pending = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).pending")
        guard FileManager.default.createFile(atPath: pending.path, contents: data, attributes: [.posixPermissions: 0o600]) else { return false }
        if rename(pending.path, file.path) != 0 {
            unlink(pending.path)
            return false
        }
        return true
    }

    /// The workspace path after the magic line of `head` (a file's first bytes), and where the rest
    /// starts; nil when `head` does not begin with `magic`.
    static func header(in head: Data, magic: Data) -> (path: String, end: Int)? {
        guard head.starts(with: magic),
              let newline = head[(head.startIndex + magic.count)...].firstIndex(of: UInt8(ascii: "\n")),
              let path = String(data: head[(head.startIndex + magic.count)..<newline], encoding: .utf8), path.hasPrefix("/")
        else { return nil }
        return (path, newline + 1 - head.startIndex)
    }

    /// Deletes the files of kind `prefix` in `folder` but `kept` whose workspace folder no longer
    /// exists, and those that begin with one of `obsolete` (earlier formats); reads only each
    /// file's first bytes.
    static func pruneStale(in folder: URL, prefix: String, magic: Data, obsolete: [Data] = [], keeping kept: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name != kept && name.hasPrefix(prefix) && name.hasSuffix(".bin") {
            let path = folder.appendingPathComponent(name).path
            guard isPrivate(path, folder: false), let handle = FileHandle(forReadingAtPath: path) else { continue }
            let head = (try? handle.read(upToCount: 4_096)) ?? Data()
            try? handle.close()
            if obsolete.contains(where: { head.starts(with: $0) }) {
                unlink(path)
                continue
            }
            guard let workspace = header(in: head, magic: magic)?.path else { continue }
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: workspace, isDirectory: &isFolder) || !isFolder.boolValue {
                unlink(path)
            }
        }
    }

    /// Whether `path` is this user's, of the kind expected, not a link, and writable by nobody else.
    static func isPrivate(_ path: String, folder: Bool) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o022 == 0 else { return false }
        return (info.st_mode & S_IFMT) == (folder ? S_IFDIR : S_IFREG)
    }
}
