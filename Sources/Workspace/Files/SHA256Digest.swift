import Crypto
import Foundation

/// SHA-256 as the lower-case hex text the files record.
public enum SHA256Digest {
    public static func hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// The SHA-256 of bytes, without copying them into a `Data`.
    public static func hex(bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 of bytes given in turn.
    struct Hasher {
        private var state = SHA256()

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            state.update(bufferPointer: bytes)
        }

        func hex() -> String {
            SHA256Digest.hex(state.finalize())
        }
    }

    fileprivate static func hex(_ digest: SHA256.Digest) -> String {
        return String(unsafeUninitializedCapacity: 64) { text in
            var index = 0
            for byte in digest {
                text[index] = digits[Int(byte >> 4)]
                text[index + 1] = digits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    public static func hex(_ text: String) -> String {
        hex(Data(text.utf8))
    }

    /// The hash of nothing, which the first audit line names as its predecessor.
    public static let zero = String(repeating: "0", count: 64)
}
