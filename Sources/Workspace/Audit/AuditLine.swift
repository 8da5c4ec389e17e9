import Crypto
import Foundation

/// The bytes of one audit line and its signature. A signed line is the entry's canonical JSON with
/// `"sig"` added as its last field: `{…,"prev":"…","sha256":"…","target":"…","sig":"<base64>"}`. The
/// signature covers exactly the line without `,"sig":"<base64>"`, so it is checked on the bytes as
/// read, with no re-encoding.
public enum AuditLine {
    /// The length of a base64 Ed25519 signature.
    static let signatureLength = 88
    private static let marker = Array(",\"sig\":\"".utf8)

    /// The line of `entry` (without its new line), signed with `key` when there is one.
    public static func encode(_ entry: AuditEntry, signedWith key: MemberKey?) throws -> Data {
        var unsigned = entry
        unsigned.sig = nil
        let message = try CanonicalJSON.line(unsigned)
        guard let key else { return message }
        var line = message.dropLast()
        line.append(contentsOf: marker)
        line.append(contentsOf: Array(key.signature(for: message).utf8))
        line.append(contentsOf: Array("\"}".utf8))
        return Data(line)
    }

    /// The signature text of a signed line and the message it signs, when the line ends the way a
    /// signed line ends.
    static func split(_ line: UnsafeRawBufferPointer) -> (signature: String, message: Data)? {
        let count = line.count
        let tail = 2
        let markerStart = count - tail - signatureLength - marker.count
        guard markerStart > 1, line[count - 2] == UInt8(ascii: "\""), line[count - 1] == UInt8(ascii: "}") else { return nil }
        for (offset, byte) in marker.enumerated() where line[markerStart + offset] != byte { return nil }
        let signatureStart = markerStart + marker.count
        let signature = String(decoding: UnsafeRawBufferPointer(rebasing: line[signatureStart ..< count - tail]), as: UTF8.self)
        var message = Data(UnsafeRawBufferPointer(rebasing: line[0 ..< markerStart]))
        message.append(UInt8(ascii: "}"))
        return (signature, message)
    }

    /// Whether `line` carries a valid signature by `publicKey`.
    static func isSigned(_ line: UnsafeRawBufferPointer, by rawPublicKey: Data) -> Bool {
        guard let (signature, message) = split(line), let raw = Data(base64Encoded: signature), raw.count == 64,
              let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: rawPublicKey) else {
            return false
        }
        return publicKey.isValidSignature(raw, for: message)
    }
}
