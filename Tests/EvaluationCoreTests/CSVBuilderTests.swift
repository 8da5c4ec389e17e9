import CSV
import EvaluationCore
import PropertyBased
import Testing

@Suite("The CSV writer: what it writes, the CSV reader reads back")
struct CSVBuilderTests {
    /// Pieces a field is made of: separators, quotes, line ends, Cyrillic, emoji (one scalar, and a
    /// cluster of several), a combining accent after a quote, spaces, tabs.
    static let pieces = ["\"", "\"\"", ",", ";", "\n", "\r", "\r\n", "а", "Ж", "ѝ", "„Проект“", "😀", "👩‍👩‍👧", "\"\u{301}", ",\u{301}",
                         " ", "\t", "x", "12.50", "—", "€"]

    /// Rows of 1–6 random fields of 0–8 random pieces.
    static func rows(seed: UInt64) -> [[String]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<(1 + generator.number(below: 6))).map { _ in
            (0..<(1 + generator.number(below: 6))).map { _ in
                (0..<generator.number(below: 9)).map { _ in pieces[generator.number(below: pieces.count)] }.joined()
            }
        }
    }

    /// The rows CSV.swift reads from `text`; nil when it cannot read it.
    static func read(_ text: String, delimiter: UnicodeScalar = ",") -> [[String]]? {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter) else { return nil }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return reader.error == nil ? rows : nil
    }

    /// `text` without what is between quotes.
    static func unquoted(_ text: String) -> String {
        var inside = false
        return String(text.unicodeScalars.filter { scalar in
            if scalar == "\"" { inside.toggle() }
            return !inside && scalar != "\""
        }.map(Character.init))
    }

    static func write(_ rows: [[String]], quotingSemicolons: Bool = false) -> String {
        var builder = CSVBuilder(quotingSemicolons: quotingSemicolons)
        for row in rows { builder.append(row: row) }
        return builder.text
    }

    @Test("Random fields of quotes, separators, line ends, Cyrillic and emoji come back as written")
    func roundTrip() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 0...Int64.max)) { seed in
            let rows = Self.rows(seed: UInt64(seed))
            #expect(Self.read(Self.write(rows)) == rows, "seed \(seed)")
        }
    }

    @Test("With semicolons quoted too, the text reads back the same, and no semicolon is left outside quotes")
    func roundTripSemicolons() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0...Int64.max)) { seed in
            let rows = Self.rows(seed: UInt64(seed))
            let text = Self.write(rows, quotingSemicolons: true)
            #expect(Self.read(text) == rows, "seed \(seed)")
            #expect(!Self.unquoted(text).contains(";"), "seed \(seed)")
        }
    }

    @Test("Rows written field by field are the bytes of the same rows written whole, a row of one empty field too")
    func fieldByField() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0...Int64.max)) { seed in
            let rows = Self.rows(seed: UInt64(seed)) + [[""], ["", ""], ["\""]]
            var builder = CSVBuilder()
            for row in rows {
                for field in row { builder.append(field: field) }
                builder.endRow()
            }
            #expect(builder.text == Self.write(rows), "seed \(seed)")
        }
    }

    @Test("A field is quoted only when it must be, its quotes doubled; every row ends with LF")
    func quoting() {
        #expect(Self.write([["a", "б в", "", "3.00"]]) == "a,б в,,3.00\n")
        #expect(Self.write([["a,b", "x\"y", "ред\nред", "cr\r", "a;b"]]) == "\"a,b\",\"x\"\"y\",\"ред\nред\",\"cr\r\",a;b\n")
        #expect(Self.write([["a;b"]], quotingSemicolons: true) == "\"a;b\"\n")
        #expect(Self.write([[""], ["x"]]) == "\"\"\nx\n")
        #expect(CSVBuilder.text(header: ["h1", "h2"], rows: [["1", "2"]]) == "h1,h2\n1,2\n")
    }
}
