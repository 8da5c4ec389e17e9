import EvaluationCore
import Testing

/// The widths the screen buffer relies on, as ncurses and the terminal
/// see them in a UTF-8 locale. `DisplayWidth` itself lives in
/// EvaluationCore; these tests pin what the terminal layer needs from it.
@Suite("DisplayWidth as the terminal needs it")
struct DisplayWidthContractTests {
    @Test(arguments: ["д", "Щ", "ѝ", "a", "„", "“", "—", "─", "│", "┌", "€"])
    func narrowCharacters(_ text: String) {
        #expect(DisplayWidth.of(Character(text)) == 1)
    }

    @Test(arguments: ["中", "文", "한", "あ", "Ａ", "　", "😀"])
    func wideCharacters(_ text: String) {
        #expect(DisplayWidth.of(Character(text)) == 2)
    }

    @Test func combiningMarksAddNoWidth() {
        #expect(DisplayWidth.of(Character("е\u{300}")) == 1)
        #expect(DisplayWidth.of("\u{301}") == 0)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func controlCharactersHaveNoWidth() {
        #expect(DisplayWidth.of("\u{1B}") == 0)
        #expect(DisplayWidth.of("\t") == 0)
    }

    @Test func aStringIsTheSumOfItsCharacters() {
        #expect(DisplayWidth.of("Проверка на терминала — „Оценка на проектни предложения“") == 56)
        #expect(DisplayWidth.of("中文 ab") == 7)
    }
}
