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
            for width in [1, 5, 20, 80] where TextTable.isOneLine(text, fitting: width) {
                #expect(TextLayout.wrap(text, width: width) == [text], "\(text)")
            }
        }
    }
}
