import EvaluationCore

/// Reads the moment a proposal was registered, as registers write it, into a `Timestamp` with an
/// explicit zone offset:
///
/// - ISO 8601 with an offset: "2025-11-25T14:03:00+02:00", "2025-11-25T12:03:00Z";
/// - ISO 8601 without one, with "T" or a space: "2025-11-25T14:03:00", "2025-11-25 14:03";
/// - Bulgarian: "25.11.2025 14:03", "25.11.2025 г. 14:03 ч.", "25.11.2025 г., 14:03:15 ч.";
/// - a date alone, "25.11.2025" or "2025-11-25", meaning midnight at its start.
///
/// A time without an offset is Bulgarian civil time (`BulgarianTime`). Hours may have one digit;
/// seconds are optional, and fractions of a second are dropped.
enum RegistrationTimeParser {
    static func parse(_ text: String) -> Timestamp? {
        var scanner = Scanner(text.trimmingWhitespace())
        let date: CalendarDate
        var secondOfDay = 0
        var explicitOffset: Int?
        if let year = scanner.number(digits: 4...4), scanner.skip("-") {
            guard let month = scanner.number(digits: 2...2), scanner.skip("-"),
                  let day = scanner.number(digits: 2...2),
                  let parsed = CalendarDate(year: year, month: month, day: day) else { return nil }
            date = parsed
            if !scanner.isAtEnd {
                guard scanner.skip("T") || scanner.skipSpaces(), let time = scanner.timeOfDay() else { return nil }
                secondOfDay = time
                if !scanner.isAtEnd {
                    guard let offset = scanner.offset() else { return nil }
                    explicitOffset = offset
                }
            }
        } else {
            scanner = Scanner(text.trimmingWhitespace())
            guard let day = scanner.number(digits: 1...2), scanner.skip("."),
                  let month = scanner.number(digits: 1...2), scanner.skip("."),
                  let year = scanner.number(digits: 4...4),
                  let parsed = CalendarDate(year: year, month: month, day: day) else { return nil }
            date = parsed
            var separated = scanner.skipSpaces()
            separated = scanner.skip("г.") || scanner.skip("г") || separated
            separated = scanner.skip(",") || separated
            separated = scanner.skipSpaces() || separated
            if !scanner.isAtEnd {
                guard separated, let time = scanner.timeOfDay() else { return nil }
                secondOfDay = time
                scanner.skipSpaces()
                _ = scanner.skip("ч.") || scanner.skip("ч")
            }
        }
        guard scanner.isAtEnd else { return nil }
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(secondOfDay)
        let offset = explicitOffset ?? BulgarianTime.offsetMinutes(localSecondsSinceEpoch: local, year: date.year)
        return Timestamp(secondsSinceEpoch: local - Int64(offset * 60), offsetMinutes: offset)
    }

    /// A cursor over the characters of the text.
    private struct Scanner {
        private let characters: [Character]
        private var index = 0

        init(_ text: String) {
            characters = Array(text)
        }

        var isAtEnd: Bool { index == characters.count }

        /// An unsigned number of `digits` ASCII digits (as many as there are, within the range).
        mutating func number(digits: ClosedRange<Int>) -> Int? {
            var value = 0
            var count = 0
            while index < characters.count, count < digits.upperBound,
                  let digit = characters[index].asciiDigitValue {
                value = value * 10 + digit
                count += 1
                index += 1
            }
            return digits.contains(count) ? value : nil
        }

        /// Skips `literal` if the text continues with it.
        mutating func skip(_ literal: String) -> Bool {
            let expected = Array(literal)
            guard index + expected.count <= characters.count,
                  Array(characters[index ..< index + expected.count]) == expected else { return false }
            index += expected.count
            return true
        }

        /// Skips spaces; whether there were any.
        @discardableResult
        mutating func skipSpaces() -> Bool {
            let start = index
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            return index > start
        }

        /// "14:03", "9:05", "14:03:15", "14:03:15.250": the second of the day.
        mutating func timeOfDay() -> Int? {
            guard let hour = number(digits: 1...2), hour < 24, skip(":"),
                  let minute = number(digits: 2...2), minute < 60 else { return nil }
            var second = 0
            if skip(":") {
                guard let value = number(digits: 2...2), value < 60 else { return nil }
                second = value
                if skip(".") || skip(",") {
                    guard number(digits: 1...9) != nil else { return nil }
                }
            }
            return hour * 3600 + minute * 60 + second
        }

        /// "Z", "+02:00" or "-05:30", in minutes.
        mutating func offset() -> Int? {
            if skip("Z") || skip("z") { return 0 }
            let sign: Int
            if skip("+") {
                sign = 1
            } else if skip("-") {
                sign = -1
            } else {
                return nil
            }
            guard let hours = number(digits: 2...2), hours <= 14, skip(":"),
                  let minutes = number(digits: 2...2), minutes < 60 else { return nil }
            return sign * (hours * 60 + minutes)
        }
    }
}

extension Character {
    /// The value of an ASCII digit.
    fileprivate var asciiDigitValue: Int? {
        guard let ascii = asciiValue, (48...57).contains(ascii) else { return nil }
        return Int(ascii - 48)
    }
}
