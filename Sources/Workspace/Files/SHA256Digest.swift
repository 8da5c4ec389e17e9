import Crypto
import Foundation

/// SHA-256 as the lower-case hex text the files record.
public enum SHA256Digest {
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    public static func hex(_ text: String) -> String {
        hex(Data(text.utf8))
    }

    /// The hash of nothing, which the first audit line names as its predecessor.
    public static let zero = String(repeating: "0", count: 64)
}
