import Crypto
import EvaluationCore
import Foundation

/// A committee member's Ed25519 key pair, as `ocenka key new` makes it. The public part is
/// registered in `workspace.json` as `ed25519:<base64>`; the private part never enters a workspace.
public struct MemberKey: Sendable {
    /// The 32 bytes of the private key (swift-crypto's key type is not `Sendable` on Linux).
    public let rawPrivateKey: Data

    public init(_ privateKey: Curve25519.Signing.PrivateKey = .init()) {
        self.rawPrivateKey = privateKey.rawRepresentation
    }

    public var privateKey: Curve25519.Signing.PrivateKey {
        // The bytes came from a valid key.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: rawPrivateKey)
    }

    /// The key derived from a fixed seed text: only for demonstrations and generated benchmark
    /// workspaces, whose keys are public knowledge by design.
    public init(derivedFrom seed: String) {
        let bytes = Data(SHA256.hash(data: Data(("ocenka-derived-key:" + seed).utf8)))
        // 32 bytes are always a valid Ed25519 seed.
        self.rawPrivateKey = bytes
    }

    /// `ed25519:<base64 of the 32 raw bytes>`, as `workspace.json` records it.
    public var publicKeyText: String {
        PublicKeyText.prefix + privateKey.publicKey.rawRepresentation.base64EncodedString()
    }

    /// The first 16 hex digits of the public key's SHA-256: how people and file names refer to it.
    public var fingerprint: String { PublicKeyText.fingerprint(of: privateKey.publicKey) }

    /// The signature of `message`, as base64 (88 characters).
    public func signature(for message: some DataProtocol) -> String {
        // Ed25519 signing cannot fail for a valid key.
        (try! privateKey.signature(for: message)).base64EncodedString()
    }
}

/// Reading the `ed25519:<base64>` text of a public key.
public enum PublicKeyText {
    public static let prefix = "ed25519:"

    public static func key(_ text: String) -> Curve25519.Signing.PublicKey? {
        guard text.hasPrefix(prefix), let raw = Data(base64Encoded: String(text.dropFirst(prefix.count))), raw.count == 32 else {
            return nil
        }
        return try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }

    public static func fingerprint(of key: Curve25519.Signing.PublicKey) -> String {
        String(SHA256Digest.hex(key.rawRepresentation).prefix(16))
    }

    public static func fingerprint(_ text: String) -> String? {
        key(text).map(fingerprint(of:))
    }
}
