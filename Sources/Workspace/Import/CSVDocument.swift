import CSV
import EvaluationCore
import Foundation

/// The records of a CSV text as CSV.swift reads them, each with the physical line it starts on.
///
/// CSV.swift gives neither line numbers nor an error for a quoted field left open at the end of the
/// file, so both are derived here: a record ends with exactly one line end, and every other line end
/// of the file is inside one of its quoted fields, so counting the line ends in the fields gives the
/// line of the next record. For the open quote, a marker record is appended to the text: it comes
/// back as a record of its own unless a quoted field swallowed it.
struct CSVDocument {
    struct Record {
        /// The physical line (from 1) the record starts on.
        let line: Int
        /// The fields without the quotes, trimmed of surrounding spaces, CRLF inside made LF.
        let fields: [String]
        /// The physical line each field starts on.
        let fieldLines: [Int]
        /// The physical line after the record.
        let nextLine: Int

        /// An empty line, or one with only separators and spaces.
        var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
    }

    /// A quoted field that is still open at the end of the file.
    struct OpenQuote {
        let line: Int
        let fieldIndex: Int
    }

    let records: [Record]
    let openQuote: OpenQuote?

    /// Neither a space, a quote, a separator nor a line end; the text may hold it too (a swallowed
    /// marker comes back after a line end inside a field, so never as a record of its own).
    private static let marker = "\u{E000}"

    init(_ text: String, delimiter: UnicodeScalar) {
        var records: [Record] = []
        var line = 1
        if let reader = try? CSVReader(string: text + "\n" + Self.marker, hasHeaderRow: false,
                                       trimFields: true, delimiter: delimiter) {
            while let fields = reader.next() {
                var fieldLines: [Int] = []
                var next = line
                for field in fields {
                    fieldLines.append(next)
                    next += Self.lineEnds(in: field)
                }
                records.append(Record(line: line, fields: fields.map(Self.clean), fieldLines: fieldLines, nextLine: next + 1))
                line = next + 1
            }
        }
        if let last = records.last, last.fields == [Self.marker] {
            records.removeLast()
            openQuote = nil
        } else if let last = records.popLast() {
            openQuote = OpenQuote(line: last.fieldLines.last ?? last.line, fieldIndex: last.fields.count - 1)
        } else {
            openQuote = nil
        }
        self.records = records
    }

    /// The first record only, read with `delimiter` (for choosing the separator from the header).
    static func firstRecord(of text: String, delimiter: UnicodeScalar) -> [String] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter),
              let fields = reader.next() else { return [] }
        return fields.map(clean)
    }

    /// LF, CRLF and a lone CR each end one line. (`memchr`, so that a field of megabytes costs little.)
    private static func lineEnds(in field: String) -> Int {
        var field = field
        return field.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            let end = base + bytes.count
            var count = 0
            var cursor = base
            while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
                count += 1
                cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            cursor = base
            while cursor < end, let found = memchr(cursor, 0x0D, end - cursor) {
                let carriageReturn = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if carriageReturn + 1 == end || carriageReturn[1] != 0x0A { count += 1 }
                cursor = carriageReturn + 1
            }
            return count
        }
    }

    /// Trimmed, with CRLF made LF; a field over the length limit is left as it is, to be refused.
    private static func clean(_ field: String) -> String {
        guard !ProposalRowReader.isTooLong(field) else { return field }
        let trimmed = field.trimmingWhitespace()
        return trimmed.contains("\r\n") ? trimmed.replacingOccurrences(of: "\r\n", with: "\n") : trimmed
    }
}
