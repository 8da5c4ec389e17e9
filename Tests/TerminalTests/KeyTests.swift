import CNcursesw
import Testing
import Terminal

@Suite("Key")
struct KeyTests {
    private func character(_ code: UInt32) -> Key? {
        Key(getWchStatus: OK, value: code)
    }

    private func keyCode(_ code: Int32) -> Key? {
        Key(getWchStatus: KEY_CODE_YES, value: UInt32(code))
    }

    @Test(arguments: ["д", "Д", "й", "ѝ", "q", "1", "/", "?", "中", "€"])
    func printableCharactersArriveAsThemselves(_ text: String) throws {
        let scalar = try #require(text.unicodeScalars.first)
        #expect(character(scalar.value) == .character(Character(text)))
    }

    @Test func controlCodesHaveTheirKeys() {
        #expect(character(0x0A) == .enter)
        #expect(character(0x0D) == .enter)
        #expect(character(0x09) == .tab)
        #expect(character(0x1B) == .escape)
        #expect(character(0x7F) == .backspace)
        #expect(character(0x08) == .backspace)
    }

    @Test func otherControlCodesAreControlLetters() {
        #expect(character(0x03) == .control("c"))
        #expect(character(0x01) == .control("a"))
        #expect(character(0x1A) == .control("z"))
        #expect(character(0x00) == .control("@"))
        #expect(character(0x1C) == .control("\\"))
        #expect(character(0x1F) == .control("_"))
    }

    @Test func codesThatAreNotCharactersAreIgnored() {
        #expect(character(0xD800) == nil)
        #expect(character(0x9B) == nil)
        #expect(character(0x11_0000) == nil)
    }

    @Test func keypadCodesHaveTheirKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
            (KEY_DC, .delete), (KEY_RESIZE, .resize),
        ]
        for (code, key) in expected {
            #expect(keyCode(code) == key, "key code \(code)")
        }
    }

    @Test(arguments: [1, 5, 12, 63])
    func functionKeysKeepTheirNumber(_ number: Int32) {
        #expect(keyCode(ocenka_key_f(number)) == .function(Int(number)))
    }

    @Test func unknownKeyCodesAndErrorsGiveNoKey() {
        #expect(keyCode(KEY_F0) == nil)
        #expect(keyCode(KEY_MOUSE) == nil)
        #expect(keyCode(KEY_IC) == nil)
        #expect(Key(getWchStatus: ERR, value: 0x64) == nil)
    }

    @Test func namesAreWhatAKeyBarShows() {
        #expect(Key.character("д").description == "д")
        #expect(Key.character(" ").description == "Space")
        #expect(Key.up.description == "↑")
        #expect(Key.pageDown.description == "PgDn")
        #expect(Key.escape.description == "Esc")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.function(5).description == "F5")
        #expect(Key.control("c").description == "Ctrl-C")
    }
}
