import Foundation

/// Reads the fields of one JSON object, checking each one's type and reporting every problem with its
/// path to an `IssueCollector`. A missing or wrong field yields `nil` and one issue.
public struct JSONObjectReader {
    public let path: JSONPath
    public let fields: [String: JSONValue]
    public let issues: IssueCollector

    /// A reader of `value` when it is an object; otherwise reports what was found and returns `nil`.
    public init?(_ value: JSONValue, at path: JSONPath, issues: IssueCollector) {
        guard case .object(let fields) = value else {
            issues.add(path, bg: "очаква се обект {…}, а е \(value.typeName.bulgarian)",
                       en: "expected an object {…}, found \(value.typeName.english)")
            return nil
        }
        self.path = path
        self.fields = fields
        self.issues = issues
    }

    public func has(_ key: String) -> Bool {
        if case .some(.null) = fields[key] { return false }
        return fields[key] != nil
    }

    /// Reports every field not in `known`, since a misspelt field would otherwise be silently ignored.
    public func rejectUnknownKeys(_ known: Set<String>) {
        for key in fields.keys.sorted() where !known.contains(key) {
            issues.add(path.appending(key),
                       bg: "непознато поле „\(key)“ (позволени: \(known.sorted().joined(separator: ", ")))",
                       en: "unknown field \"\(key)\" (allowed: \(known.sorted().joined(separator: ", ")))")
        }
    }

    private func value(_ key: String, required: Bool) -> JSONValue? {
        guard let value = fields[key], value != .null else {
            if required {
                issues.add(path.appending(key), bg: "липсва задължителното поле „\(key)“",
                           en: "the required field \"\(key)\" is missing")
            }
            return nil
        }
        return value
    }

    private func mismatch(_ key: String, expected: LocalizedText, found: JSONValue) {
        issues.add(path.appending(key),
                   bg: "очаква се \(expected.bulgarian), а е \(found.typeName.bulgarian)",
                   en: "expected \(expected.english), found \(found.typeName.english)")
    }

    /// A string; `nonEmpty` also refuses text that is only white space.
    public func string(_ key: String, required: Bool = true, nonEmpty: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value else {
            mismatch(key, expected: LocalizedText(bg: "текст", en: "a string"), found: value)
            return nil
        }
        if nonEmpty && text.trimmingWhitespace().isEmpty {
            issues.add(path.appending(key), bg: "полето „\(key)“ е празно", en: "the field \"\(key)\" is empty")
            return nil
        }
        return text
    }

    public func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard case .bool(let flag) = value else {
            mismatch(key, expected: LocalizedText(bg: "true или false", en: "true or false"), found: value)
            return nil
        }
        return flag
    }

    /// A whole number in `range`.
    public func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let decimal) = value, decimal.isFinite, decimal == decimal.roundedToWhole() else {
            mismatch(key, expected: LocalizedText(bg: "цяло число", en: "a whole number"), found: value)
            return nil
        }
        guard let integer = JSONObjectReader.exactInteger(decimal), range.contains(integer) else {
            let bounds = range.upperBound == Int.max
                ? LocalizedText(bg: "най-малко \(range.lowerBound)", en: "at least \(range.lowerBound)")
                : LocalizedText(bg: "\(range.lowerBound)–\(range.upperBound)", en: "\(range.lowerBound)–\(range.upperBound)")
            issues.add(path.appending(key),
                       bg: "\(decimal) е извън допустимото (\(bounds.bulgarian))",
                       en: "\(decimal) is out of range (\(bounds.english))")
            return nil
        }
        return integer
    }

    /// One of the raw values of `T`.
    public func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, _ type: T.Type, required: Bool = true
    ) -> T? where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let choice = T(rawValue: text) else {
            let allowed = T.allCases.map { "„\($0.rawValue)“" }.joined(separator: ", ")
            let allowedEn = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            issues.add(path.appending(key), bg: "„\(text)“ не е позволена стойност; позволени: \(allowed)",
                       en: "\"\(text)\" is not allowed; expected one of \(allowedEn)")
            return nil
        }
        return choice
    }

    /// The text of an exact number: a JSON string, or a whole JSON number. A JSON number with a
    /// fraction is refused, because another program may have rounded it through floating point.
    public func numberText(_ key: String, required: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        switch value {
        case .string(let text):
            return text
        case .number(let decimal):
            if let integer = JSONObjectReader.exactInteger(decimal) { return String(integer) }
            if decimal.isFinite, decimal == decimal.roundedToWhole() {
                issues.add(path.appending(key), bg: "\(decimal) е твърде голямо число", en: "\(decimal) is too large")
                return nil
            }
            issues.add(path.appending(key),
                       bg: "дробните числа се записват като текст, напр. „\(decimal)“ в кавички",
                       en: "numbers with decimals are written as strings, e.g. \"\(decimal)\" in quotes")
            return nil
        default:
            mismatch(key, expected: LocalizedText(bg: "число като текст (напр. „25000.00“)",
                                                  en: "a number as a string (e.g. \"25000.00\")"), found: value)
            return nil
        }
    }

    /// An amount of money, at most two decimals; `positive` refuses zero and negatives.
    public func money(_ key: String, required: Bool = true, positive: Bool = false) -> Money? {
        guard let text = numberText(key, required: required) else { return nil }
        switch Money.parse(text) {
        case .failure(let error):
            issues.add(path.appending(key), error.message)
            return nil
        case .success(let money):
            if money.minorUnits < 0 || (positive && money.minorUnits == 0) {
                issues.add(path.appending(key),
                           bg: positive ? "сумата трябва да е положителна, а е \(text)" : "сумата не може да е отрицателна: \(text)",
                           en: positive ? "the amount must be positive, found \(text)" : "the amount cannot be negative: \(text)")
                return nil
            }
            return money
        }
    }

    /// Points, at most two decimals, never negative.
    public func points(_ key: String, required: Bool = true) -> Points? {
        guard let text = numberText(key, required: required) else { return nil }
        if let points = Self.simplePoints(text) { return points }
        switch Points.parse(text) {
        case .failure(let error):
            issues.add(path.appending(key), error.message)
            return nil
        case .success(let points):
            guard points.hundredths >= 0 else {
                issues.add(path.appending(key), bg: "точките не могат да са отрицателни: \(text)",
                           en: "points cannot be negative: \(text)")
                return nil
            }
            return points
        }
    }

    /// An exact decimal with up to `fractionDigits` decimals, strictly positive.
    public func positiveDecimal(_ key: String, fractionDigits: Int, required: Bool = true) -> ScaledDecimal? {
        guard let text = numberText(key, required: required) else { return nil }
        switch ScaledDecimal.parse(text, fractionDigits: fractionDigits) {
        case .failure(let error):
            issues.add(path.appending(key), error.message)
            return nil
        case .success(let value):
            guard value.scaled > 0 else {
                issues.add(path.appending(key), bg: "стойността трябва да е положителна: \(text)",
                           en: "the value must be positive: \(text)")
                return nil
            }
            return value
        }
    }

    /// A date-time in ISO 8601 with a time zone offset, e.g. "2025-11-26T00:00:00+02:00".
    public func timestamp(_ key: String, required: Bool = true) -> Timestamp? {
        guard let text = string(key, required: required) else { return nil }
        guard let timestamp = Timestamp(text) else {
            issues.add(path.appending(key),
                       bg: "„\(text)“ не е дата и час във формат ISO 8601 с часова зона (напр. „2025-11-26T00:00:00+02:00“)",
                       en: "\"\(text)\" is not an ISO 8601 date-time with a time zone (e.g. \"2025-11-26T00:00:00+02:00\")")
            return nil
        }
        return timestamp
    }

    /// A calendar date "YYYY-MM-DD".
    public func date(_ key: String, required: Bool = true) -> CalendarDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = CalendarDate(text) else {
            issues.add(path.appending(key), bg: "„\(text)“ не е дата във формат ГГГГ-ММ-ДД",
                       en: "\"\(text)\" is not a date in the form YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// The elements of an array field, each with its path.
    public func array(_ key: String, required: Bool = true) -> [(value: JSONValue, path: JSONPath)]? {
        guard let value = value(key, required: required) else { return nil }
        guard case .array(let elements) = value else {
            mismatch(key, expected: LocalizedText(bg: "списък […]", en: "an array […]"), found: value)
            return nil
        }
        let arrayPath = path.appending(key)
        return elements.enumerated().map { (value: $0.element, path: arrayPath.appending($0.offset)) }
    }

    /// An array of non-empty strings.
    public func strings(_ key: String, required: Bool = true) -> [String]? {
        guard let elements = array(key, required: required) else { return nil }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element.value, !text.trimmingWhitespace().isEmpty else {
                issues.add(element.path, bg: "очаква се непразен текст", en: "expected a non-empty string")
                continue
            }
            result.append(text)
        }
        return result
    }

    /// A reader of a nested object field.
    public func object(_ key: String, required: Bool = true) -> JSONObjectReader? {
        guard let value = value(key, required: required) else { return nil }
        return JSONObjectReader(value, at: path.appending(key), issues: issues)
    }

    /// "0" to "9999" as the files write whole points (no sign, no leading zero, no separator): what
    /// `Points.parse` reads them as, without its general parser.
    static func wholePoints(_ text: String) -> Int? {
        let digits = text.utf8
        guard (1...4).contains(digits.count), digits.first != UInt8(ascii: "0") || digits.count == 1 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// Points in the plain forms the files write — "3", "3.5", "3.00": `wholePoints`, or up to four
    /// digits (no leading zero but a lone one), a point and one or two digits — read on the bytes
    /// as `Points.parse` reads them; `nil` for any other text (left to `Points.parse`).
    static func simplePoints(_ text: String) -> Points? {
        if let whole = wholePoints(text) { return Points(whole) }
        return text.utf8.withContiguousStorageIfAvailable { digits -> Points? in
            guard let point = digits.firstIndex(of: UInt8(ascii: ".")), (1...4).contains(point),
                  (1...2).contains(digits.count - point - 1), digits[0] != UInt8(ascii: "0") || point == 1 else { return nil }
            var whole = 0
            var fraction = 0
            for index in digits.indices where index != point {
                let digit = digits[index]
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
                if index < point { whole = whole * 10 + Int(digit - UInt8(ascii: "0")) } else { fraction = fraction * 10 + Int(digit - UInt8(ascii: "0")) }
            }
            if digits.count - point - 1 == 1 { fraction *= 10 }
            return Points(hundredths: whole * 100 + fraction)
        } ?? nil
    }

    public static func exactInteger(_ decimal: Decimal) -> Int? {
        guard decimal.isFinite, decimal == decimal.roundedToWhole(), abs(decimal) <= Decimal(Int64(1) << 53) else {
            return nil
        }
        return NSDecimalNumber(decimal: decimal).intValue
    }
}

extension Decimal {
    func roundedToWhole() -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
