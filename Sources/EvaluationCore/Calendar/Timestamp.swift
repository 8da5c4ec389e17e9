/// A moment written in ISO 8601 with its zone offset ("2025-12-01T10:12:00+02:00"). The text is kept as
/// written, so files are rewritten byte for byte; comparisons use the instant.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let text: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int64
    /// The offset from UTC in minutes, as written.
    public let offsetMinutes: Int

    /// Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)".
    public init?(_ text: String) {
        // Every place is tested against ASCII, so text with anything else is refused and the rest is
        // read on its bytes, one byte a character.
        let characters = Array(text.utf8)
        guard characters.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard characters.count >= 20, characters[10] == UInt8(ascii: "T") || characters[10] == UInt8(ascii: " ") else { return nil }
        guard let date = CalendarDate(String(decoding: characters[0..<10], as: UTF8.self)) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in characters[range] {
                guard isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard characters[13] == UInt8(ascii: ":"), characters[16] == UInt8(ascii: ":"),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 60 else { return nil }
        var index = 19
        if index < characters.count, characters[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < characters.count, isDigit(characters[index]) { index += 1 }
            guard index > start else { return nil }
        }
        var offset = 0
        guard index < characters.count else { return nil }
        switch characters[index] {
        case UInt8(ascii: "Z"):
            guard index + 1 == characters.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard characters.count == index + 6, characters[index + 3] == UInt8(ascii: ":"),
                  let offsetHours = number(index + 1 ..< index + 3), let offsetMinutes = number(index + 4 ..< index + 6),
                  offsetHours <= 14, offsetMinutes < 60 else { return nil }
            offset = (offsetHours * 60 + offsetMinutes) * (characters[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        self.text = text
        self.offsetMinutes = offset
        let localSeconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.secondsSinceEpoch = localSeconds - Int64(offset * 60)
    }

    /// The moment `secondsSinceEpoch`, written with the given offset (e.g. +120 for Sofia in summer).
    public init(secondsSinceEpoch: Int64, offsetMinutes: Int) {
        let local = secondsSinceEpoch + Int64(offsetMinutes * 60)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let date = CalendarDate(daysSinceEpoch: days)
        var text = date.isoText + "T" + String(format2: secondOfDay / 3600) + ":"
            + String(format2: secondOfDay / 60 % 60) + ":" + String(format2: secondOfDay % 60)
        if offsetMinutes == 0 {
            text += "Z"
        } else {
            let magnitude = abs(offsetMinutes)
            text += (offsetMinutes < 0 ? "-" : "+") + String(format2: magnitude / 60) + ":" + String(format2: magnitude % 60)
        }
        self.text = text
        self.secondsSinceEpoch = secondsSinceEpoch
        self.offsetMinutes = offsetMinutes
    }

    /// The calendar day of this moment in its own zone offset.
    public var localDate: CalendarDate {
        let local = secondsSinceEpoch + Int64(offsetMinutes * 60)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CalendarDate(daysSinceEpoch: Int(days))
    }

    /// "01.12.2025 10:12", as Bulgarian documents write it, in the moment's own offset.
    public var bulgarianText: String {
        let local = secondsSinceEpoch + Int64(offsetMinutes * 60)
        let secondOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        return localDate.bulgarianText + " " + String(format2: secondOfDay / 3600) + ":" + String(format2: secondOfDay / 60 % 60)
    }

    public var description: String { text }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch != rhs.secondsSinceEpoch ? lhs.secondsSinceEpoch < rhs.secondsSinceEpoch : lhs.text < rhs.text
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let timestamp = Timestamp(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected an ISO 8601 date-time with a zone offset, found \"\(text)\""))
        }
        self = timestamp
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
