@testable import EvaluationCore
import PropertyBased
import Testing

@Suite("Wrapping one-column text on its bytes (SimpleWrap) gives the lines of wrapping it character by character")
struct SimpleWrapTests {
    /// Pieces of one-column text: Latin, Cyrillic, „“, №, €, the glue, runs of spaces, long words.
    static let simple = ["а", "Ж", "x", "1", "12,50", " ", " ", "  ", "„", "“", "№", "€", "—", "\u{00A0}", "т.", "г.,",
                         "абвгдежзийклмнопрстуфхцчшщъьюя", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
    /// Pieces that make text other than one-column text.
    static let other = ["😀", "\n", "\t", "e\u{301}", "中"]

    static func text(_ generator: inout SeededGenerator, pieces: [String]) -> String {
        (0..<generator.number(below: 40)).map { _ in pieces[generator.number(below: pieces.count)] }.joined()
    }

    @Test("Random one-column text at random widths: the same lines")
    func sameLines() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 0...Int64.max)) { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let text = Self.text(&generator, pieces: Self.simple)
            let width = 1 + generator.number(below: 30)
            #expect(TextLayout.wrapSimple(text, width: width) == TextLayout.wrapCharacters(text, width: width), "seed \(seed)")
        }
    }

    @Test("Text with an emoji, a line break, a tab, a combining mark or a wide character is left to the character wrapping")
    func otherText() async {
        await propertyCheck(count: 200, input: Gen.int64(in: 0...Int64.max)) { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let text = Self.text(&generator, pieces: Self.simple) + Self.other[generator.number(below: Self.other.count)]
                + Self.text(&generator, pieces: Self.simple)
            let width = 1 + generator.number(below: 30)
            #expect(TextLayout.wrapSimple(text, width: width) == nil, "seed \(seed)")
            #expect(TextLayout.wrap(text, width: width) == TextLayout.wrapCharacters(text, width: width), "seed \(seed)")
        }
    }

    /// Pieces of every kind of byte: ASCII, Cyrillic (D0, D1), other two-byte letters (D2), three-
    /// and four-byte characters, control characters, spaces.
    static let bytePieces = ["а", "я", "ѐ", "ѿ", "x", "~", "!", " ", "  ", "\u{7F}", "\u{1}", "\n", "\t", "ҁ", "\u{483}", "Ґ", "é", "№", "€",
                             "—", "😀", "абвгдежз", "abcdefgh", "т.", "г.,"]

    @Test("Text of every kind of byte at random widths: the same lines as character by character, or left to it")
    func everyByte() async {
        await propertyCheck(count: 1_000, input: Gen.int64(in: 0...Int64.max)) { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let text = Self.text(&generator, pieces: Self.bytePieces)
            let width = 1 + generator.number(below: 30)
            if let lines = TextLayout.wrapSimple(text, width: width) {
                #expect(lines == TextLayout.wrapCharacters(text, width: width), "seed \(seed)")
                #expect(text.unicodeScalars.allSatisfy { DisplayWidth.isSimple($0.value) }, "seed \(seed)")
            } else {
                #expect(!text.unicodeScalars.allSatisfy { DisplayWidth.isSimple($0.value) }, "seed \(seed)")
            }
        }
    }
}
