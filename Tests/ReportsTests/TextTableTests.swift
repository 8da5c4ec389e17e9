import EvaluationCore
import Testing
@testable import Reports

/// The table's fast measuring must give what `DisplayWidth` and `TextLayout.wrap` give.
@Suite("Text tables")
struct TextTableTests {
    @Test("Every scalar measured fast is one column wide and its own character, as DisplayWidth says")
    func simpleScalars() {
        for value in UInt32(0)...0x30000 {
            guard let scalar = Unicode.Scalar(value), let width = TextTable.simpleWidth(String(scalar)) else { continue }
            #expect(width == 1 && DisplayWidth.of(scalar) == 1, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Text measured fast has the width DisplayWidth gives it, and a fitting cell wraps to itself")
    func simpleText() {
        var generator = SeededGenerator(seed: 5)
        let pieces = ["Оценка", " ", "„добра“", "–", "№ 12", "ОУ „Христо Ботев“, гр. Сливен", "  ", "€", "─", "█░", "a\u{301}",
                      "\u{483}", "😀", "中", "\n", "\u{AD}", "é", "Ѐ", "\u{2028}", "‼"]
        for _ in 0..<2_000 {
            let text = (0..<generator.number(below: 8)).map { _ in pieces[generator.number(below: pieces.count)] }.joined()
            #expect(TextTable.displayWidth(text) == DisplayWidth.of(text), "\(text)")
            for width in [1, 5, 20, 80] {
                guard let oneLine = TextTable.oneLineWidth(text, fitting: width) else { continue }
                #expect(TextLayout.wrap(text, width: width) == [text], "\(text)")
                #expect(oneLine == DisplayWidth.of(text), "\(text)")
            }
        }
    }

    @Test("Random tables render as every cell padded to its column and each line's trailing characters ' ' removed")
    func randomTables() {
        var generator = SeededGenerator(seed: 11)
        let pieces = ["Оценка", " ", "подаден на 12.12.2025 г.", "79,50", "", "  ", "a\u{301}", "\u{600}", "\u{600} ", "😀", "中",
                      "\n", "x ", " y", "\u{1B}", "ОУ „Христо Ботев“, гр. Сливен", "\u{AD}"]
        func cell() -> String {
            (0..<generator.number(below: 4)).map { _ in pieces[generator.number(below: pieces.count)] }.joined()
        }
        for _ in 0..<500 {
            let columnCount = 1 + generator.number(below: 5)
            let columns = (0..<columnCount).map { _ in
                TextTable.Column(title: cell(), alignment: generator.number(below: 2) == 0 ? .left : .right, wraps: generator.number(below: 3) != 0)
            }
            let rows = (0..<generator.number(below: 4)).map { _ in (0..<generator.number(below: columnCount + 2)).map { _ in cell() } }
            let table = TextTable(columns: columns, rows: rows)
            let width = 10 + generator.number(below: 90)
            #expect(table.render(width: width) == reference(table, width: width), "\(columns.map(\.title)) \(rows)")
            #expect(table.lines(width: width).allSatisfy { !$0.contains("\n") })
        }
    }

    /// The table's text as every cell wrapped, padded to its column by its display width, each line's
    /// trailing " " characters removed one by one.
    private func reference(_ table: TextTable, width: Int) -> String {
        let widths = table.columnWidths(fitting: width)
        func row(_ cells: [String]) -> [String] {
            let wrapped = widths.indices.map { index in
                TextLayout.wrap(cells.indices.contains(index) ? cells[index].escapingControlCharacters : "", width: max(1, widths[index]))
            }
            return (0..<(wrapped.map(\.count).max() ?? 1)).map { line in
                var text = ""
                for index in widths.indices {
                    let cell = line < wrapped[index].count ? wrapped[index][line] : ""
                    let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
                    text += (index == 0 ? "" : table.separator) + (table.columns[index].alignment == .right ? padding + cell : cell + padding)
                }
                while text.last == " " { text.removeLast() }
                return text
            }
        }
        var lines = row(table.columns.map(\.title))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: table.separator))
        for cells in table.rows { lines += row(cells) }
        return lines.joined(separator: "\n") + "\n"
    }
}
