/// A Bulgarian unified identification code (ЕИК) or BULSTAT code: 9 digits, or 13 for a branch
/// (the first 9 being the parent's), each ending in a check digit (Закон за търговския регистър и
/// регистъра на юридическите лица с нестопанска цел; Наредба за регистър БУЛСТАТ).
public struct EIK: Sendable, Hashable, CustomStringConvertible, Codable {
    public let digits: String

    public enum Problem: Error, Sendable, Equatable {
        case notDigits
        case wrongLength(Int)
        case wrongCheckDigit(expected: Int)

        public var message: LocalizedText {
            switch self {
            case .notDigits:
                LocalizedText(bg: "ЕИК/БУЛСТАТ се състои само от цифри", en: "an EIK/BULSTAT code has only digits")
            case .wrongLength(let count):
                LocalizedText(bg: "ЕИК/БУЛСТАТ има 9 или 13 цифри, а този има \(count)",
                              en: "an EIK/BULSTAT code has 9 or 13 digits, this one has \(count)")
            case .wrongCheckDigit(let expected):
                LocalizedText(bg: "грешна контролна цифра на ЕИК/БУЛСТАТ (очаква се \(expected))",
                              en: "wrong EIK/BULSTAT check digit (expected \(expected))")
            }
        }
    }

    /// Checks `text` (spaces are ignored) and returns the code, or what is wrong with it.
    public static func validate(_ text: String) -> Result<EIK, Problem> {
        let compact: String
        let values: [Int]
        if text.utf8.allSatisfy({ $0 == UInt8(ascii: " ") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }) {
            // ASCII digits and spaces, each byte a character: read on the bytes.
            let digits = text.utf8.filter { $0 != UInt8(ascii: " ") }
            guard !digits.isEmpty else { return .failure(.notDigits) }
            compact = digits.count == text.utf8.count ? text : String(decoding: digits, as: UTF8.self)
            values = digits.map { Int($0 - 48) }
        } else {
            compact = text.filter { $0 != " " }
            guard !compact.isEmpty, compact.allSatisfy(\.isASCIIDigit) else { return .failure(.notDigits) }
            values = compact.map { Int($0.asciiValue! - 48) }
        }
        guard values.count == 9 || values.count == 13 else { return .failure(.wrongLength(values.count)) }
        let ninth = checkDigit(values, weights: [1, 2, 3, 4, 5, 6, 7, 8], fallback: [3, 4, 5, 6, 7, 8, 9, 10])
        guard values[8] == ninth else { return .failure(.wrongCheckDigit(expected: ninth)) }
        if values.count == 13 {
            let last = checkDigit(Array(values[8..<12]), weights: [2, 7, 3, 5], fallback: [4, 9, 5, 7])
            guard values[12] == last else { return .failure(.wrongCheckDigit(expected: last)) }
        }
        return .success(EIK(digits: compact))
    }

    /// The weighted sum modulo 11; on 10 the fallback weights; on 10 again, 0.
    private static func checkDigit(_ values: [Int], weights: [Int], fallback: [Int]) -> Int {
        let first = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        if first != 10 { return first }
        let second = zip(values, fallback).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return second == 10 ? 0 : second
    }

    /// A valid code with the check digit(s) computed for `prefix` (8 or 12 digits; of 12, the ninth
    /// is recomputed as the check digit of the first eight): for tests and demos.
    public static func completing(_ prefix: String) -> EIK? {
        let values = prefix.compactMap { $0.isASCIIDigit ? $0.wholeNumberValue : nil }
        guard values.count == prefix.count, values.count == 8 || values.count == 12 else { return nil }
        var digits = Array(values[0..<8])
        digits.append(checkDigit(digits, weights: [1, 2, 3, 4, 5, 6, 7, 8], fallback: [3, 4, 5, 6, 7, 8, 9, 10]))
        if values.count == 12 {
            digits += values[9..<12]
            digits.append(checkDigit(Array(digits[8..<12]), weights: [2, 7, 3, 5], fallback: [4, 9, 5, 7]))
        }
        return EIK(digits: digits.map { String($0) }.joined())
    }

    public var description: String { digits }
}
