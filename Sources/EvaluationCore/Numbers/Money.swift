/// An exact amount of money in minor units (stotinki, cents). Never a floating-point number.
public struct Money: Sendable, Hashable, Comparable, Codable, ExactNumberCoding, CustomStringConvertible {
    /// The amount in minor units: 2500000 is 25 000,00.
    public let minorUnits: Int64

    public init(minorUnits: Int64) {
        self.minorUnits = minorUnits
    }

    public static let zero = Money(minorUnits: 0)

    /// The largest amount a file may hold, in minor units (99 999 999 999,99): sums of millions of
    /// such amounts, and their conversion to another currency, stay far inside `Int64`.
    public static let maximumMinorUnits: Int64 = 9_999_999_999_999

    /// Parses "25000.00", "25 000,00", "25000" exactly; at most two decimals, at most
    /// `maximumMinorUnits` either way.
    public static func parse(_ text: String) -> Result<Money, DecimalText.ParseError> {
        DecimalText.parse(text, fractionDigits: 2).flatMap { minorUnits in
            minorUnits.magnitude <= maximumMinorUnits.magnitude
                ? .success(Money(minorUnits: minorUnits)) : .failure(.tooLarge(text))
        }
    }

    /// The canonical text of the file formats: "25000.00", "-12.50".
    public var canonicalText: String {
        DecimalText.format(minorUnits, fractionDigits: 2)
    }

    /// The Bulgarian way: "25 000,00".
    public var localizedNumber: String {
        DecimalText.format(minorUnits, fractionDigits: 2, decimalSeparator: ",", groupSeparator: " ")
    }

    /// "25 000,00 лв." for BGN, "12 782,30 €" for EUR, "1 000,00 USD" for other codes.
    public func formatted(currency: String) -> String {
        localizedNumber + " " + Money.symbol(for: currency)
    }

    public static func symbol(for currency: String) -> String {
        switch currency {
        case "BGN": "лв."
        case "EUR": "€"
        default: currency
        }
    }

    public var description: String { canonicalText }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(minorUnits: lhs.minorUnits + rhs.minorUnits) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(minorUnits: lhs.minorUnits - rhs.minorUnits) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
}
