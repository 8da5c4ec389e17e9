import Crypto
import EvaluationCore
import Foundation
import SystemPackage

/// Where this machine keeps the private keys of the members who work on it: `$OCENKA_KEYS`, else
/// `$XDG_CONFIG_HOME/ocenka/keys`, else `~/.config/ocenka/keys`; the folder is 0700, each key a file
/// `<fingerprint>.key` of mode 0600. Never inside a workspace.
public struct KeyStore: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// The store the environment names.
    public static var standard: KeyStore {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["OCENKA_KEYS"], !path.isEmpty {
            return KeyStore(folder: URL(fileURLWithPath: path, isDirectory: true))
        }
        if let path = environment["XDG_CONFIG_HOME"], !path.isEmpty {
            return KeyStore(folder: URL(fileURLWithPath: path, isDirectory: true).appendingPathComponent("ocenka/keys"))
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return KeyStore(folder: URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/ocenka/keys"))
    }

    /// The file a key is kept in.
    public func file(of key: MemberKey) -> URL {
        folder.appendingPathComponent(key.fingerprint + ".key")
    }

    /// Keeps `key` (again: the same key is the same file), readable by this user only.
    @discardableResult
    public func save(_ key: MemberKey, label: String) throws(WorkspaceError) -> URL {
        try AtomicFile.createFolder(folder)
        _ = chmod(folder.path, 0o700)
        let url = file(of: key)
        if Posix.entry(at: url.path) == .file, let existing = try? self.key(at: url),
           existing.publicKeyText == key.publicKeyText {
            return url
        }
        let record = StoredKey(format: 1, publicKey: key.publicKeyText,
                               privateKey: key.privateKey.rawRepresentation.base64EncodedString(), label: label)
        let data: Data
        do {
            data = try CanonicalJSON.encode(record)
        } catch {
            throw .io(path: url.path, operation: "encode", reason: String(describing: error))
        }
        let pending = AtomicFile.pendingURL(for: url)
        try AtomicFile.call(pending.path, "unlink") { () throws in try Posix.removeFile(pending.path) }
        try AtomicFile.call(pending.path, "write") { () throws in
            let descriptor = try FileDescriptor.open(FilePath(pending.path), .writeOnly,
                                                     options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                                                     permissions: [.ownerReadWrite])
            try descriptor.closeAfter { () throws in
                _ = try data.withUnsafeBytes { buffer throws in try descriptor.writeAll(buffer) }
                try Posix.sync(descriptor)
            }
        }
        try AtomicFile.commit(pending, to: url)
        return url
    }

    /// The private key whose public part is `publicKeyText`, when this machine has it.
    public func key(matching publicKeyText: String) -> MemberKey? {
        guard let fingerprint = PublicKeyText.fingerprint(publicKeyText) else { return nil }
        let url = folder.appendingPathComponent(fingerprint + ".key")
        guard let key = try? key(at: url), key.publicKeyText == publicKeyText else { return nil }
        return key
    }

    /// Every key kept here, with its label, by fingerprint.
    public func all() -> [(key: MemberKey, label: String)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return names.filter { $0.hasSuffix(".key") && !$0.hasPrefix(".") }.compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let data = try? readOwnFile(url), let record = try? JSONDecoder().decode(StoredKey.self, from: data),
                  let key = try? self.key(at: url) else { return nil }
            return (key, record.label)
        }
    }

    private func key(at url: URL) throws -> MemberKey {
        let record = try JSONDecoder().decode(StoredKey.self, from: try readOwnFile(url))
        guard let raw = Data(base64Encoded: record.privateKey) else { throw WorkspaceError.missingFile(path: url.path) }
        return MemberKey(try Curve25519.Signing.PrivateKey(rawRepresentation: raw))
    }

    /// A key file's bytes, never through a link.
    private func readOwnFile(_ url: URL) throws -> Data {
        guard Posix.entry(at: url.path) == .file else { throw WorkspaceError.missingFile(path: url.path) }
        return try Data(contentsOf: url)
    }

    /// The shape of a key file.
    private struct StoredKey: Codable {
        var format: Int
        var publicKey: String
        var privateKey: String
        var label: String
    }
}
