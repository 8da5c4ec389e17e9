import EvaluationCore
@testable import Reports
import PropertyBased
import Testing

@Suite("The protocol's fields written straight into bytes are the lines of the general layout, finished")
struct ProtocolTextTests {
    static let labels = ["Точки", "Ниво", "Обосновка", "Бележка на оценителя", "Procedure", "Конфликт на интереси"]
    /// Pieces of values: words, numbers and their units (glued), "№", runs of spaces, long words, and
    /// pieces that are not one-column text (emoji, a tab, a line break, a combining mark).
    static let pieces = ["оценка", "на", "проекта", " ", " ", "  ", "12", "62 000,00", "лв.", "т.", "5,10", "г.,", "09:00", "№", "„Заедно“",
                         "—", "€", "%", "(3)", "x", "абвгдежзийклмнопрстуфхцчшщъьюяабвгдежзийклмнопрстуфхцчшщъьюяабвгдежзийклмнопрстуфхцч",
                         "😀", "\t", "\n", "e\u{301}"]

    /// The lines as the document prints them, written out without `ProtocolText`.
    static func finished(_ lines: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines {
            var text = String(line.map { $0 == ProtocolReport.glue ? " " : $0 })
            while text.last == " " { text.removeLast() }
            bytes += text.escapingControlCharacters.utf8
            bytes.append(0x0A)
        }
        return bytes
    }

    /// `fields` of the general layout: each value wrapped character by character under its label.
    static func reference(_ report: ProtocolReport, _ pairs: [(String, String)], indent: Int) -> [String] {
        let column = report.fieldColumn(pairs, indent: indent)
        return pairs.flatMap { label, value in
            report.generalFieldLines(String(repeating: " ", count: indent) + label + ":", value, column: column, indent: indent)
        }
    }

    @Test("Random labels and values at random widths and indents")
    func sameBytes() async {
        let report = ProtocolReport(ProtocolReportTests.input())
        await propertyCheck(count: 400, input: Gen.int64(in: 0...Int64.max)) { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let width = 80 + generator.number(below: 60)
            let sized = ProtocolReport(report.input, width: width)
            let pairs = (0..<(1 + generator.number(below: 4))).map { _ in
                let simple = generator.number(below: 3) > 0
                let value = (0..<generator.number(below: 60)).map { _ in
                    Self.pieces[generator.number(below: Self.pieces.count - (simple ? 4 : 0))]
                }.joined(separator: generator.number(below: 4) == 0 ? "" : " ")
                return (Self.labels[generator.number(below: Self.labels.count)], value)
            }
            let indent = generator.number(below: 6)
            var text = ProtocolText()
            sized.fields(pairs, indent: indent, into: &text)
            let expected = Self.finished(Self.reference(sized, pairs, indent: indent))
            #expect(text.bytes == expected, "seed \(seed)")
            #expect(Self.finished(sized.fields(pairs, indent: indent)) == expected, "seed \(seed)")
        }
    }

    @Test("Glued words read in one pass: after „№“ and a double space, a number chain wider than the line, units before a comma",
          arguments: ["№  5 и № 7", String(repeating: "12 ", count: 60) + "лв.", "сума 62 000,00 лв., срок 01.12.2025 г., 09:00 ч.; 5,10 т.)",
                      "г., 9 г.,  9 №", "  водещи и крайни интервали  ", "", "№"])
    func gluedInOnePass(value: String) {
        let report = ProtocolReport(ProtocolReportTests.input(), width: 80)
        let pairs = [("Обосновка", value), ("Точки", value)]
        var text = ProtocolText()
        report.fields(pairs, indent: 4, into: &text)
        let expected = Self.finished(Self.reference(report, pairs, indent: 4))
        #expect(text.bytes == expected)
        #expect(Self.finished(report.fields(pairs, indent: 4)) == expected)
    }

    @Test("A line through ProtocolText: the glue as a space, no trailing spaces, control characters escaped")
    func lines() {
        let lines = ["a\u{00A0}b  ", "", "   ", "ред\u{0007} ", "😀\u{00A0}x ", "„Проект“ 62\u{00A0}000,00\u{00A0}лв."]
        var text = ProtocolText()
        text.append(lines)
        #expect(text.bytes == Self.finished(lines))
    }
}
