import Foundation

/// CSV as the program writes it (RFC 4180): UTF-8, comma separated, every row ended by LF. A field is
/// put in double quotes, its quotes doubled, when it holds a quote, a comma, CR or LF (or a semicolon,
/// with `quotingSemicolons`: the register as a registry office exports it); a row of one empty field
/// is written `""`, so that it is not read as an empty line. Quoting is a scan of the field's bytes.
public struct CSVBuilder: Sendable {
    private let quotingSemicolons: Bool

    public init(reservingCapacity capacity: Int = 0, quotingSemicolons: Bool = false) {
        self.quotingSemicolons = quotingSemicolons
        bytes.reserveCapacity(capacity)
    }

    /// The rows as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The rows as UTF-8 bytes, as they are written to a file.
    public private(set) var bytes: [UInt8] = []

    /// A whole table: the header, then the rows.
    public static func text(header: [String], rows: [[String]], quotingSemicolons: Bool = false) -> String {
        String(decoding: bytes(header: header, rows: rows, quotingSemicolons: quotingSemicolons), as: UTF8.self)
    }

    /// `text` as UTF-8 bytes.
    public static func bytes(header: [String], rows: [[String]], quotingSemicolons: Bool = false) -> [UInt8] {
        let capacity = rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
        var builder = CSVBuilder(reservingCapacity: capacity, quotingSemicolons: quotingSemicolons)
        builder.append(row: header)
        for row in rows { builder.append(row: row) }
        return builder.bytes
    }

    public mutating func append(row fields: [String]) {
        for field in fields { append(field: field) }
        endRow()
    }

    /// The row being written field by field (`append(field:)`, then `endRow`): how many fields it
    /// has, and whether the last was empty.
    private var fieldsInRow = 0
    private var lastFieldEmpty = false

    /// Appends one field to the row being written, for rows made without an array of their fields.
    public mutating func append(field: String) {
        if fieldsInRow > 0 { bytes.append(Self.comma) }
        append(quoted: field)
        fieldsInRow += 1
        lastFieldEmpty = field.isEmpty
    }

    /// Ends the row being written: a row of one empty field is written `""`.
    public mutating func endRow() {
        if fieldsInRow == 1 && lastFieldEmpty { bytes += [Self.quote, Self.quote] }
        bytes.append(Self.lineFeed)
        fieldsInRow = 0
    }

    private mutating func append(quoted field: String) {
        var field = field
        field.withUTF8 { utf8 in
            // `memchr` for each byte that needs quoting (most justifications have a comma early on);
            // the bytes are then copied whole, or between quotes.
            func has(_ byte: UInt8) -> Bool {
                guard let base = utf8.baseAddress else { return false }
                return memchr(base, Int32(byte), utf8.count) != nil
            }
            let quotes = has(Self.quote)
            let special = quotes || has(Self.comma) || has(Self.lineFeed) || has(Self.carriageReturn)
                || quotingSemicolons && has(Self.semicolon)
            guard special else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(Self.quote)
            // Without a quote in it (the scan above says), the field goes between quotes whole;
            // else each quote is found with `memchr` and doubled.
            var start = 0
            if quotes, let base = utf8.baseAddress {
                while start < utf8.count, let found = memchr(base + start, Int32(Self.quote), utf8.count - start) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...index]))
                    bytes.append(Self.quote)
                    start = index + 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            bytes.append(Self.quote)
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let semicolon = UInt8(ascii: ";")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
