/// Exact parsing of decimal numbers written as text: "25000.00", "25 000,00", "3", "-1.5".
///
/// Digits are ASCII; the decimal separator is "." or "," (never both); groups of three digits may be
/// separated by spaces (also no-break and narrow no-break spaces). Exponents, "NaN", "Infinity",
/// hexadecimal and anything else are rejected. The value is returned scaled by 10^`fractionDigits`,
/// exactly, as an `Int64`.
public enum DecimalText {
    public enum ParseError: Error, Sendable, Equatable {
        case empty
        case notANumber(String)
        case tooManyDecimals(String, allowed: Int)
        case badGrouping(String)
        case ambiguousSeparators(String)
        case tooLarge(String)

        public var message: LocalizedText {
            switch self {
            case .empty:
                LocalizedText(bg: "липсва число", en: "a number is missing")
            case .notANumber(let text):
                LocalizedText(
                    bg: "„\(text)“ не е число (очаква се напр. „25000.00“ или „25 000,00“)",
                    en: "\"\(text)\" is not a number (expected e.g. \"25000.00\" or \"25 000,00\")")
            case .tooManyDecimals(let text, let allowed):
                LocalizedText(
                    bg: "„\(text)“ има повече от \(allowed) знака след десетичния разделител",
                    en: "\"\(text)\" has more than \(allowed) decimal places")
            case .badGrouping(let text):
                LocalizedText(
                    bg: "„\(text)“: цифрите се групират по три (напр. „25 000,00“)",
                    en: "\"\(text)\": digits are grouped by three (e.g. \"25 000,00\")")
            case .ambiguousSeparators(let text):
                LocalizedText(
                    bg: "„\(text)“ съдържа и точка, и запетая; използвайте само единия десетичен разделител",
                    en: "\"\(text)\" has both a point and a comma; use only one decimal separator")
            case .tooLarge(let text):
                LocalizedText(bg: "„\(text)“ е твърде голямо число", en: "\"\(text)\" is too large")
            }
        }
    }

    private static let groupSeparators: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]

    /// Parses `text` into an integer scaled by 10^`fractionDigits` (e.g. "12,5" with 2 ⇒ 1250).
    public static func parse(_ text: String, fractionDigits: Int) -> Result<Int64, ParseError> {
        if let value = plainValue(text.utf8, fractionDigits: fractionDigits) { return .success(value) }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        var body = Substring(trimmed)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        let hasPoint = body.contains(".")
        let hasComma = body.contains(",")
        if hasPoint && hasComma { return .failure(.ambiguousSeparators(trimmed)) }
        let parts = body.split(separator: hasComma ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.notANumber(trimmed)) }
        let integerText = parts[0]
        let fractionText = parts.count == 2 ? parts[1] : ""
        guard !integerText.isEmpty, parts.count == 1 || !fractionText.isEmpty else {
            return .failure(.notANumber(trimmed))
        }
        guard let integerDigits = groupedDigits(integerText) else {
            let onlyDigitsAndSpaces = integerText.allSatisfy { $0.isASCIIDigit || groupSeparators.contains($0) }
            return .failure(onlyDigitsAndSpaces ? .badGrouping(trimmed) : .notANumber(trimmed))
        }
        guard fractionText.allSatisfy(\.isASCIIDigit) else { return .failure(.notANumber(trimmed)) }
        guard fractionText.count <= fractionDigits else {
            return .failure(.tooManyDecimals(trimmed, allowed: fractionDigits))
        }
        var value: Int64 = 0
        let paddedFraction = fractionText + String(repeating: "0", count: fractionDigits - fractionText.count)
        for character in integerDigits + paddedFraction {
            let digit = Int64(character.asciiValue! - 48)
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (added, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return .failure(.tooLarge(trimmed)) }
            value = added
        }
        return .success(negative ? -value : value)
    }

    /// The value of the plainest form, "-?D+(.D+)?" in ASCII with at most `fractionDigits` decimals
    /// and 18 digits in all, on its bytes: what the general reading below gives for it. `nil` for
    /// any other text (signs but a leading "-", spaces, commas, too many digits…).
    private static func plainValue(_ utf8: String.UTF8View, fractionDigits: Int) -> Int64? {
        var value: Int64 = 0
        var negative = false
        var integerDigits = 0
        var decimals: Int?
        for (offset, byte) in utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                negative = true
            case UInt8(ascii: ".") where decimals == nil && integerDigits > 0:
                decimals = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let count = decimals { decimals = count + 1 } else { integerDigits += 1 }
                guard integerDigits + (decimals ?? 0) <= 18 else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
        }
        let fraction = decimals ?? 0
        guard integerDigits > 0, decimals != 0, fraction <= fractionDigits, integerDigits + fractionDigits <= 18 else { return nil }
        for _ in fraction..<fractionDigits { value *= 10 }
        return negative ? -value : value
    }

    /// The digits of an integer part, when it is plain digits or digits grouped by three.
    private static func groupedDigits(_ text: Substring) -> String? {
        if text.allSatisfy(\.isASCIIDigit) { return String(text) }
        let groups = text.split(omittingEmptySubsequences: false) { groupSeparators.contains($0) }
        guard let first = groups.first, (1...3).contains(first.count) else { return nil }
        for (index, group) in groups.enumerated() {
            guard group.allSatisfy(\.isASCIIDigit) else { return nil }
            if index > 0 && group.count != 3 { return nil }
        }
        return groups.joined()
    }

    /// Formats a scaled integer with `fractionDigits` decimals, a decimal separator and an optional
    /// thousands separator: `format(2500000, 2, ",", " ")` ⇒ "25 000,00".
    public static func format(
        _ scaled: Int64, fractionDigits: Int, decimalSeparator: String = ".", groupSeparator: String? = nil
    ) -> String {
        let magnitude = scaled.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<fractionDigits { divisor *= 10 }
        let integerPart = String(magnitude / divisor)
        var grouped = integerPart
        if let groupSeparator {
            var chunks: [Substring] = []
            var end = integerPart.endIndex
            while end > integerPart.startIndex {
                let start = integerPart.index(end, offsetBy: -3, limitedBy: integerPart.startIndex) ?? integerPart.startIndex
                chunks.insert(integerPart[start..<end], at: 0)
                end = start
            }
            grouped = chunks.joined(separator: groupSeparator)
        }
        let sign = scaled < 0 ? "-" : ""
        guard fractionDigits > 0 else { return sign + grouped }
        let fraction = String(magnitude % divisor)
        let paddedFraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
        return sign + grouped + decimalSeparator + paddedFraction
    }

    /// `numerator / denominator` rounded to the nearest integer, halves away from zero.
    /// `value` × `multiplier` ÷ `divisor`, exactly (the product in 128 bits), rounded half away from
    /// zero; `nil` when the result does not fit in 64 bits. Both `multiplier` and `divisor` positive.
    public static func multiplyDivideRoundingHalfAwayFromZero(_ value: Int64, by multiplier: Int64, dividingBy divisor: Int64) -> Int64? {
        precondition(multiplier > 0 && divisor > 0, "positive multiplier and divisor")
        let product = value.magnitude.multipliedFullWidth(by: multiplier.magnitude)
        let d = divisor.magnitude
        guard product.high < d else { return nil }
        let (quotient, remainder) = d.dividingFullWidth(product)
        // remainder < d ≤ Int64.max, so twice it fits in UInt64.
        var rounded = quotient
        if remainder * 2 >= d {
            guard quotient < UInt64.max else { return nil }
            rounded += 1
        }
        guard rounded <= UInt64(Int64.max) else { return nil }
        let magnitude = Int64(rounded)
        return value < 0 ? -magnitude : magnitude
    }

    public static func divideRoundingHalfAwayFromZero(_ numerator: Int64, by denominator: Int64) -> Int64 {
        precondition(denominator != 0, "division by zero")
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        guard remainder != 0 else { return quotient }
        let twiceRemainder = remainder.magnitude * 2
        guard twiceRemainder >= denominator.magnitude else { return quotient }
        return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing white space and new lines.
    public func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
