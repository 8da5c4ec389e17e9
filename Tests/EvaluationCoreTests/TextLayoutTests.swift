import EvaluationCore
import PropertyBased
import Testing

@Suite("Display width and wrapping")
struct TextLayoutTests {
    @Test func widths() {
        #expect(DisplayWidth.of("Оценка") == 6)
        #expect(DisplayWidth.of("„Христо Ботев“") == 14)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("й") == 1)
        #expect(DisplayWidth.of("─│┌") == 3)
        #expect(DisplayWidth.of("🙂") == 2)
    }

    @Test func wrapsAtSpacesByDisplayWidth() {
        let lines = TextLayout.wrap("Кандидатът има успешно реализирани 3 или повече проекта", width: 20)
        #expect(lines == ["Кандидатът има", "успешно реализирани", "3 или повече проекта"])
        #expect(TextLayout.wrap("ОУ„Христо Ботев“гр.Сливен", width: 10) == ["ОУ„Христо", "Ботев“гр.С", "ливен"])
        #expect(TextLayout.wrap("ред\n\nдруг", width: 10) == ["ред", "", "друг"])
        #expect(TextLayout.wrap("中文中文中", width: 3) == ["中", "文", "中", "文", "中"])
    }

    @Test func padsAndTruncates() {
        #expect(TextLayout.padRight("лв.", to: 5) == "лв.  ")
        #expect(TextLayout.padLeft("51,00", to: 7) == "  51,00")
        #expect(TextLayout.truncate("Оценителна комисия", to: 10) == "Оценителн…")
        #expect(TextLayout.truncate("къс", to: 10) == "къс")
    }

    @Test("No wrapped line is wider than asked, and no word is lost")
    func wrapProperty() async {
        let words = Gen.oneOf(Gen.always("оценка"), Gen.always("„Ботев“"), Gen.always("中文"), Gen.always("a"),
                              Gen.always("проектно-предложение"), Gen.always("51,00")).array(of: 0...30)
        await propertyCheck(input: words, Gen.int(in: 2...40)) { words, width in
            let lines = TextLayout.wrap(words.joined(separator: " "), width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(lines.joined().filter { $0 != " " } == words.joined().filter { $0 != " " })
        }
    }
}
