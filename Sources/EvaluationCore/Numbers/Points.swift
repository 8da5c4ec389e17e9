/// An exact number of points in hundredths: 5150 is 51,50 points. Never a floating-point number.
public struct Points: Sendable, Hashable, Comparable, Codable, ExactNumberCoding, CustomStringConvertible {
    /// The points in hundredths.
    public let hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public init(_ whole: Int) {
        self.hundredths = whole * 100
    }

    public static let zero = Points(hundredths: 0)

    /// Parses "3", "51.00", "72,5" exactly; at most two decimals.
    public static func parse(_ text: String) -> Result<Points, DecimalText.ParseError> {
        DecimalText.parse(text, fractionDigits: 2).flatMap { scaled in
            guard let hundredths = Int(exactly: scaled), abs(hundredths) <= 1_000_000_000 else {
                return .failure(.tooLarge(text))
            }
            return .success(Points(hundredths: hundredths))
        }
    }

    /// The canonical text of the file formats: "3", "51.50" — whole points without decimals.
    public var canonicalText: String {
        hundredths % 100 == 0
            ? String(hundredths / 100)
            : DecimalText.format(Int64(hundredths), fractionDigits: 2)
    }

    /// Always two decimals, as in the ranking: "87.50".
    public var fixedText: String {
        DecimalText.format(Int64(hundredths), fractionDigits: 2)
    }

    /// The Bulgarian way, always with two decimals: "51,00".
    public var localizedNumber: String {
        DecimalText.format(Int64(hundredths), fractionDigits: 2, decimalSeparator: ",", groupSeparator: " ")
    }

    /// Whole points without decimals, the others with two: "3", "2,50" (the way levels are listed).
    public var shortLocalizedNumber: String {
        hundredths % 100 == 0 ? String(hundredths / 100) : localizedNumber
    }

    /// "51,00 т." in Bulgarian, "51.00 pts" in English.
    public func formatted(in language: Language = .bulgarian) -> String {
        switch language {
        case .bulgarian: localizedNumber + " т."
        case .english: fixedText + " pts"
        }
    }

    public var description: String { canonicalText }

    /// The mean of several scores, rounded to hundredths half away from zero.
    public static func mean(_ values: [Points]) -> Points? {
        mean(sum: values.reduce(Int64(0)) { $0 + Int64($1.hundredths) }, count: values.count)
    }

    /// `mean` of `count` values whose hundredths add up to `sum`.
    static func mean(sum: Int64, count: Int) -> Points? {
        guard count > 0 else { return nil }
        return Points(hundredths: Int(DecimalText.divideRoundingHalfAwayFromZero(sum, by: Int64(count))))
    }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func += (lhs: inout Points, rhs: Points) { lhs = lhs + rhs }
}
