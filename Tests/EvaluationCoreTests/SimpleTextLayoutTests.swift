import EvaluationCore
import PropertyBased
import Testing

/// `TextLayout.wrap` and `DisplayWidth.of` count text of one-column characters on its bytes; the
/// general path (character by character) must give the same.
@Suite("Wrapping and measuring simple text on its bytes, as character by character")
struct SimpleTextLayoutTests {
    static let words = ["а", "Оценката", "е", "поставена", "т.", "5", "62", "000,00", "лв.", "„Проект“", "—", "№", "€", "x",
                        "ДГ", "Приказка", "гр.", "Исперих", "(детска", "градина)", "Très", "ЦОИДУЕМ;", String(repeating: "д", count: 45)]
    static let spaces = [" ", " ", " ", "  ", "   ", "\u{00A0}"]

    static func text(seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        var text = generator.number(below: 4) == 0 ? " " : ""
        for _ in 0..<generator.number(below: 40) {
            text += words[generator.number(below: words.count)] + spaces[generator.number(below: spaces.count)]
        }
        return text
    }

    @Test("The same lines as the general path (a line break at the end sends the text there)")
    func wrap() async {
        await propertyCheck(count: 400, input: Gen.int64(in: 0...Int64.max)) { seed in
            let text = Self.text(seed: UInt64(seed))
            for width in [1, 2, 7, 20, 41, 100] {
                #expect(TextLayout.wrap(text, width: width) == Array(TextLayout.wrap(text + "\n", width: width).dropLast()), "seed \(seed)")
            }
        }
    }

    @Test("The same width as the sum of the characters' widths")
    func width() async {
        await propertyCheck(count: 400, input: Gen.int64(in: 0...Int64.max)) { seed in
            let text = Self.text(seed: UInt64(seed))
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "seed \(seed)")
            #expect(DisplayWidth.simpleWidth(text) == text.unicodeScalars.count)
        }
    }
}
