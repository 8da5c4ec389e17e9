/// An exact non-money decimal with a fixed number of decimals: an exchange rate ("1.95583") or a
/// percentage ("20", "12.5").
public struct ScaledDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value times 10^`fractionDigits`.
    public let scaled: Int64
    public let fractionDigits: Int

    public init(scaled: Int64, fractionDigits: Int) {
        self.scaled = scaled
        self.fractionDigits = fractionDigits
    }

    public static func parse(_ text: String, fractionDigits: Int) -> Result<ScaledDecimal, DecimalText.ParseError> {
        // Bounded so that comparing two values (one scaled times the other's unit) cannot overflow.
        DecimalText.parse(text, fractionDigits: fractionDigits).flatMap {
            $0.magnitude <= 1_000_000_000_000 && fractionDigits <= 6
                ? .success(ScaledDecimal(scaled: $0, fractionDigits: fractionDigits)) : .failure(.tooLarge(text))
        }
    }

    /// 10^`fractionDigits`.
    public var unit: Int64 {
        var result: Int64 = 1
        for _ in 0..<fractionDigits { result *= 10 }
        return result
    }

    /// The shortest exact text: "1.95583", "20", "12.5".
    public var canonicalText: String {
        var text = DecimalText.format(scaled, fractionDigits: fractionDigits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The Bulgarian way: "1,95583".
    public var localizedNumber: String {
        String(canonicalText.map { $0 == "." ? "," : $0 })
    }

    public var description: String { canonicalText }

    public static func < (lhs: ScaledDecimal, rhs: ScaledDecimal) -> Bool {
        Int64(lhs.scaled) * rhs.unit < Int64(rhs.scaled) * lhs.unit
    }
}
