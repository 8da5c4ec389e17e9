import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

@Suite("The text editor")
struct TextEditorTests {
    private static let sentence =
        "Проектното предложение е обосновано, а бюджетът съответства на планираните дейности и резултати."

    private static let limitMessage = LocalizedText(
        bg: "Текстът достига ограничението от 20 000 знака.",
        en: "The text reaches the limit of 20 000 characters."
    )

    /// Texts for the checks that hold for any text.
    private static let samples = [
        "",
        "\n",
        sentence,
        sentence + "\n\nВтори абзац: „оценка“ — 12,50 точки.\n",
        "  отстъп   и    интервали  \n  ",
        "ДълъгБезИнтервалиТекстКойтоНеСеПобираНаЕдинРед и край",
        "中文字符测试 ab中cd\n中文xy",
        "Cafe\u{301} и е\u{301}ра\n\n\u{301}",
        "🇧🇬🇫🇷 флагове 👩‍👩‍👧 семейство",
    ]

    private func typing(_ text: String, into editor: inout TextEditor, width: Int = 40) {
        for character in text {
            _ = editor.handle(.character(character), width: width)
        }
    }

    private func press(_ key: Key, _ times: Int = 1, on editor: inout TextEditor, width: Int) {
        for _ in 0..<times {
            _ = editor.handle(key, width: width)
        }
    }

    private func lines(of editor: TextEditor, width: Int) -> [String] {
        editor.layout(width: width).lines.map(\.text)
    }

    // MARK: Typing and deleting

    @Test("Typing Cyrillic and Latin inserts at the cursor")
    func typingCyrillicAndLatin() {
        var editor = TextEditor(text: "")
        for character in "Оценка: ok" {
            #expect(editor.handle(.character(character), width: 40) == .changed)
        }
        #expect(editor.text == "Оценка: ok")
        #expect(editor.cursor == 10)
        press(.left, 4, on: &editor, width: 40)
        typing("„добро“ ", into: &editor)
        #expect(editor.text == "Оценка„добро“ : ok")
        #expect(editor.cursor == 14)
        #expect(editor.handle(.enter, width: 40) == .changed)
        #expect(editor.text == "Оценка„добро“ \n: ok")
        #expect(editor.cursor == 15)
    }

    @Test("A new editor has its cursor at the end")
    func cursorStartsAtTheEnd() {
        let editor = TextEditor(text: "Добре е\u{301}")
        #expect(editor.cursor == 7)
        #expect(editor.text.count == 7)
        #expect(editor.limit == 20_000)
    }

    @Test("Backspace and Delete at the start, in the middle and at the end")
    func backspaceAndDelete() {
        var editor = TextEditor(text: "абвгд")
        #expect(editor.handle(.delete, width: 40) == .ignored)
        #expect(editor.handle(.backspace, width: 40) == .changed)
        #expect(editor.text == "абвг")
        #expect(editor.cursor == 4)

        press(.left, 2, on: &editor, width: 40)
        #expect(editor.handle(.backspace, width: 40) == .changed)
        #expect(editor.text == "авг")
        #expect(editor.cursor == 1)
        #expect(editor.handle(.delete, width: 40) == .changed)
        #expect(editor.text == "аг")
        #expect(editor.cursor == 1)

        press(.home, on: &editor, width: 40)
        #expect(editor.cursor == 0)
        #expect(editor.handle(.backspace, width: 40) == .ignored)
        #expect(editor.handle(.delete, width: 40) == .changed)
        #expect(editor.text == "г")
        #expect(editor.handle(.delete, width: 40) == .changed)
        #expect(editor.text.isEmpty)
        #expect(editor.handle(.delete, width: 40) == .ignored)
        #expect(editor.handle(.backspace, width: 40) == .ignored)
    }

    @Test("Backspace and Delete across a line break join the lines")
    func deletingALineBreak() {
        var editor = TextEditor(text: "първи\nвтори")
        press(.left, 5, on: &editor, width: 40)
        #expect(editor.cursor == 6)
        #expect(editor.handle(.backspace, width: 40) == .changed)
        #expect(editor.text == "първивтори")
        #expect(editor.cursor == 5)
        #expect(editor.handle(.enter, width: 40) == .changed)
        press(.left, on: &editor, width: 40)
        #expect(editor.handle(.delete, width: 40) == .changed)
        #expect(editor.text == "първивтори")
        #expect(editor.cursor == 5)
    }

    @Test("A combining accent joins the letter before it into one character")
    func combiningAccents() {
        var editor = TextEditor(text: "")
        for character: Character in ["е", "\u{301}"] {
            #expect(editor.handle(.character(character), width: 40) == .changed)
        }
        #expect(editor.text == "е\u{301}")
        #expect(editor.text.count == 1)
        #expect(editor.cursor == 1)
        for character: Character in ["e", "\u{301}", "x"] {
            #expect(editor.handle(.character(character), width: 40) == .changed)
        }
        #expect(editor.text == "е\u{301}e\u{301}x")
        #expect(editor.cursor == 3)
        #expect(editor.layout(width: 40).cursor == ScreenPosition(row: 0, column: 3))
        press(.left, on: &editor, width: 40)
        #expect(editor.handle(.backspace, width: 40) == .changed)
        #expect(editor.text == "е\u{301}x")
        #expect(editor.cursor == 1)
    }

    @Test("Characters that take no column on their own are dropped")
    func invisibleCharactersAreDropped() {
        var editor = TextEditor(text: "a\n\u{301}b\u{200B}c")
        #expect(editor.text == "a\nbc")
        press(.left, 2, on: &editor, width: 40)
        #expect(editor.cursor == 2)
        #expect(editor.handle(.character("\u{301}"), width: 40) == .ignored)
        #expect(editor.handle(.character("\u{200B}"), width: 40) == .ignored)
        #expect(editor.insert("x\u{FEFF}y\u{200B}\u{301}") == .changed)
        #expect(editor.text == "a\nxybc")
        #expect(editor.cursor == 4)
        #expect(editor.handle(.character("\u{301}"), width: 40) == .changed)
        #expect(editor.text == "a\nxy\u{301}bc")
        #expect(editor.cursor == 4)
    }

    @Test("Regional indicators pair up again after an insertion")
    func flagsPairAgain() {
        var editor = TextEditor(text: "🇧🇬🇫🇷")
        #expect(editor.text.count == 2)
        press(.home, on: &editor, width: 40)
        #expect(editor.insert("🇦") == .changed)
        #expect(editor.text == "🇦🇧🇬🇫🇷")
        #expect(editor.text.count == 3)
        #expect(editor.cursor == 1)
        #expect(editor.layout(width: 40).lines == TextEditor(text: editor.text).layout(width: 40).lines)
        #expect(editor.layout(width: 40).cursor == ScreenPosition(row: 0, column: 2))
    }

    @Test("Tab, control keys, resize and function keys change nothing; Esc leaves")
    func ignoredKeys() {
        var editor = TextEditor(text: "текст")
        let before = editor
        for key in [Key.tab, .backTab, .control("x"), .control("c"), .resize, .function(2), .character("\u{7}")] {
            #expect(editor.handle(key, width: 40) == .ignored, "\(key)")
        }
        #expect(editor == before)
        #expect(editor.handle(.escape, width: 40) == .leave)
        #expect(editor == before)
    }

    // MARK: Pasting and the limit

    @Test("A paste keeps its lines, makes CR LF and CR one break and drops other controls")
    func pasteNormalizesLineBreaks() {
        var editor = TextEditor(text: "Начало. ")
        #expect(editor.insert("Първи ред\r\nВтори ред\rТрети\tред\u{7}\n") == .changed)
        #expect(editor.text == "Начало. Първи ред\nВтори ред\nТретиред\n")
        #expect(editor.cursor == editor.text.count)
        #expect(lines(of: editor, width: 40) == ["Начало. Първи ред", "Втори ред", "Третиред", ""])
        #expect(editor.insert("\u{1}\u{2}") == .ignored)
        #expect(editor.insert("") == .ignored)
    }

    @Test("An initial text is normalized like a paste")
    func initialTextIsNormalized() {
        let editor = TextEditor(text: "а\r\nб\rв\u{2028}г\tд")
        #expect(editor.text == "а\nб\nв\nгд")
    }

    @Test("Typing at the limit is refused with a message; an accent still joins")
    func typingAtTheLimit() {
        var editor = TextEditor(text: String(repeating: "а", count: 19_999))
        #expect(editor.handle(.character("б"), width: 80) == .changed)
        #expect(editor.text.count == 20_000)
        #expect(editor.handle(.character("в"), width: 80) == .refused(Self.limitMessage))
        #expect(editor.handle(.enter, width: 80) == .refused(Self.limitMessage))
        #expect(editor.text.count == 20_000)
        #expect(editor.handle(.character("\u{301}"), width: 80) == .changed)
        #expect(editor.text.count == 20_000)
        #expect(editor.handle(.backspace, width: 80) == .changed)
        #expect(editor.handle(.character("г"), width: 80) == .changed)
    }

    @Test("A paste over the limit inserts nothing")
    func pastingAtTheLimit() {
        var editor = TextEditor(text: "12345678", limit: 10)
        #expect(editor.insert("абв") == .refused(LocalizedText(
            bg: "Текстът достига ограничението от 10 знака.",
            en: "The text reaches the limit of 10 characters."
        )))
        #expect(editor.text == "12345678")
        #expect(editor.cursor == 8)
        #expect(editor.insert("аб") == .changed)
        #expect(editor.text == "12345678аб")
    }

    @Test("A text already over the limit can shrink but not grow")
    func textOverTheLimit() {
        var editor = TextEditor(text: "абвгд", limit: 3)
        #expect(editor.text == "абвгд")
        #expect(editor.handle(.character("е"), width: 40) == .refused(LocalizedText(
            bg: "Текстът достига ограничението от 3 знака.",
            en: "The text reaches the limit of 3 characters."
        )))
        #expect(editor.handle(.backspace, width: 40) == .changed)
        #expect(editor.text == "абвг")
    }

    // MARK: Layout

    @Test("An empty text is one empty line with the cursor at its start")
    func emptyText() {
        var editor = TextEditor(text: "")
        let layout = editor.layout(width: 30)
        #expect(layout.lines == [EditorLayout.Line(range: 0..<0, text: "")])
        #expect(layout.cursor == ScreenPosition(row: 0, column: 0))
        for key in [Key.left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .backspace, .delete] {
            #expect(editor.handle(key, width: 30) == .ignored, "\(key)")
        }
    }

    @Test("A text ending in a line break has an empty last line for the cursor")
    func emptyLastLine() {
        var editor = TextEditor(text: "абв\n")
        let layout = editor.layout(width: 30)
        #expect(layout.lines == [
            EditorLayout.Line(range: 0..<4, text: "абв"),
            EditorLayout.Line(range: 4..<4, text: ""),
        ])
        #expect(layout.cursor == ScreenPosition(row: 1, column: 0))
        #expect(editor.handle(.up, width: 30) == .moved)
        #expect(editor.cursor == 0)
        #expect(editor.handle(.end, width: 30) == .moved)
        #expect(editor.cursor == 3)
        #expect(editor.layout(width: 30).cursor == ScreenPosition(row: 0, column: 3))
        #expect(editor.handle(.down, width: 30) == .moved)
        #expect(editor.cursor == 4)
    }

    @Test("A long Bulgarian sentence wraps at 20 columns with the spaces kept at the breaks")
    func sentenceAtTwenty() {
        let layout = TextEditor(text: Self.sentence).layout(width: 20)
        #expect(layout.lines.map(\.text) == [
            "Проектното ",
            "предложение е ",
            "обосновано, а ",
            "бюджетът съответства ",
            "на планираните ",
            "дейности и ",
            "резултати.",
        ])
        #expect(layout.lines.map(\.range) == [0..<11, 11..<25, 25..<39, 39..<60, 60..<75, 75..<86, 86..<96])
        #expect(layout.cursor == ScreenPosition(row: 6, column: 10))
    }

    @Test("A long Bulgarian sentence wraps at 40 columns")
    func sentenceAtForty() {
        #expect(lines(of: TextEditor(text: Self.sentence), width: 40) == [
            "Проектното предложение е обосновано, а ",
            "бюджетът съответства на планираните ",
            "дейности и резултати.",
        ])
    }

    @Test("A word longer than the line is broken; the cursor after a break inside it starts the next line")
    func longWord() {
        let editor = TextEditor(text: "Кратко ДълъгБезИнтервалиТекст край")
        let layout = editor.layout(width: 10)
        #expect(layout.lines.map(\.text) == ["Кратко ", "ДълъгБезИн", "тервалиТек", "ст край"])
        #expect(layout.position(of: 17) == ScreenPosition(row: 2, column: 0))
        #expect(layout.position(of: 16) == ScreenPosition(row: 1, column: 9))
        #expect(layout.position(of: 7) == ScreenPosition(row: 1, column: 0))
        #expect(layout.position(of: 6) == ScreenPosition(row: 0, column: 6))
    }

    @Test("The cursor after a full last line stays on it, one past the last column")
    func cursorAfterAFullLine() {
        let full = TextEditor(text: String(repeating: "ж", count: 30))
        #expect(full.layout(width: 30).cursor == ScreenPosition(row: 0, column: 30))
        #expect(full.layout(width: 30).lines.count == 1)
        let over = TextEditor(text: String(repeating: "ж", count: 31))
        #expect(over.layout(width: 30).cursor == ScreenPosition(row: 1, column: 1))
    }

    @Test("Wide characters wrap by their width and the cursor counts their columns")
    func wideCharacters() {
        var editor = TextEditor(text: "中文字符测试")
        let layout = editor.layout(width: 5)
        #expect(layout.lines.map(\.text) == ["中文", "字符", "测试"])
        #expect(layout.cursor == ScreenPosition(row: 2, column: 4))
        #expect(layout.position(of: 1) == ScreenPosition(row: 0, column: 2))
        #expect(layout.position(of: 2) == ScreenPosition(row: 1, column: 0))
        #expect(lines(of: TextEditor(text: "ab 中文字"), width: 6) == ["ab ", "中文字"])
        #expect(lines(of: TextEditor(text: "中文 ab"), width: 1) == ["中", "文 ", "a", "b"])

        press(.left, on: &editor, width: 5)
        #expect(editor.layout(width: 5).cursor == ScreenPosition(row: 2, column: 2))
    }

    @Test("↑ and ↓ keep the display column and never split a wide character")
    func verticalMovesWithWideCharacters() {
        var editor = TextEditor(text: "ab中cd\n中文xy")
        press(.left, 2, on: &editor, width: 20)
        #expect(editor.layout(width: 20).cursor == ScreenPosition(row: 1, column: 4))
        #expect(editor.handle(.up, width: 20) == .moved)
        #expect(editor.cursor == 3)
        press(.home, on: &editor, width: 20)
        press(.right, on: &editor, width: 20)
        #expect(editor.handle(.down, width: 20) == .moved)
        #expect(editor.cursor == 6)
        #expect(editor.layout(width: 20).cursor == ScreenPosition(row: 1, column: 0))
        #expect(editor.handle(.up, width: 20) == .moved)
        #expect(editor.cursor == 1)
    }

    @Test("↑ and ↓ cross wrapped lines and line breaks keeping the column")
    func verticalMovesKeepTheColumn() {
        var editor = TextEditor(text: "абвгд еёжзи\nкл\nмнопрстуфх")
        #expect(lines(of: editor, width: 6) == ["абвгд ", "еёжзи", "кл", "мнопрс", "туфх"])
        press(.up, 10, on: &editor, width: 6)
        #expect(editor.cursor == 0)
        press(.right, 4, on: &editor, width: 6)
        var visited: [Int] = []
        for _ in 0..<4 {
            #expect(editor.handle(.down, width: 6) == .moved)
            visited.append(editor.cursor)
        }
        #expect(visited == [10, 14, 19, 25])
        #expect(editor.handle(.down, width: 6) == .ignored)
        visited = []
        for _ in 0..<4 {
            #expect(editor.handle(.up, width: 6) == .moved)
            visited.append(editor.cursor)
        }
        #expect(visited == [19, 14, 10, 4])
        #expect(editor.handle(.up, width: 6) == .moved)
        #expect(editor.cursor == 0)
        #expect(editor.handle(.up, width: 6) == .ignored)
    }

    @Test("Moving sideways or typing forgets the column that ↑ and ↓ keep")
    func goalColumnIsForgotten() {
        var editor = TextEditor(text: "абвгд\nа\nабвгд")
        press(.down, on: &editor, width: 20)
        press(.up, 2, on: &editor, width: 20)
        #expect(editor.cursor == 5)
        press(.down, on: &editor, width: 20)
        press(.left, on: &editor, width: 20)
        press(.up, on: &editor, width: 20)
        #expect(editor.cursor == 0)
    }

    @Test("Home and End go to the edges of the visual line; Ctrl-A and Ctrl-E too")
    func homeAndEnd() {
        var editor = TextEditor(text: Self.sentence)
        press(.up, 4, on: &editor, width: 20)
        #expect(editor.layout(width: 20).cursor == ScreenPosition(row: 2, column: 10))
        press(.home, on: &editor, width: 20)
        press(.right, 3, on: &editor, width: 20)
        #expect(editor.layout(width: 20).cursor == ScreenPosition(row: 2, column: 3))
        #expect(editor.handle(.end, width: 20) == .moved)
        #expect(editor.cursor == 38)
        #expect(editor.layout(width: 20).cursor == ScreenPosition(row: 2, column: 13))
        #expect(editor.handle(.end, width: 20) == .ignored)
        #expect(editor.handle(.home, width: 20) == .moved)
        #expect(editor.cursor == 25)
        #expect(editor.handle(.control("e"), width: 20) == .moved)
        #expect(editor.cursor == 38)
        #expect(editor.handle(.control("a"), width: 20) == .moved)
        #expect(editor.cursor == 25)
        press(.down, 4, on: &editor, width: 20)
        #expect(editor.handle(.end, width: 20) == .moved)
        #expect(editor.cursor == 96)
    }

    @Test("PgUp and PgDn move ten visual lines, and to the ends of the text when no line is left")
    func pageMoves() {
        let text = (1...25).map { "Ред \($0)" }.joined(separator: "\n")
        var editor = TextEditor(text: text)
        #expect(editor.handle(.pageUp, width: 30) == .moved)
        #expect(editor.layout(width: 30).cursor == ScreenPosition(row: 14, column: 6))
        press(.pageUp, on: &editor, width: 30)
        #expect(editor.layout(width: 30).cursor == ScreenPosition(row: 4, column: 5))
        press(.pageUp, on: &editor, width: 30)
        #expect(editor.layout(width: 30).cursor == ScreenPosition(row: 0, column: 5))
        press(.pageUp, on: &editor, width: 30)
        #expect(editor.cursor == 0)
        #expect(editor.handle(.pageUp, width: 30) == .ignored)
        press(.pageDown, 3, on: &editor, width: 30)
        #expect(editor.layout(width: 30).cursor == ScreenPosition(row: 24, column: 6))
        press(.pageDown, on: &editor, width: 30)
        #expect(editor.cursor == text.count)
    }

    @Test("Every cursor offset maps to a position and back")
    func offsetsRoundTrip() {
        for text in Self.samples {
            for width in [1, 2, 5, 10, 20, 40] {
                let layout = TextEditor(text: text).layout(width: width)
                let count = TextEditor(text: text).text.count
                for offset in 0...count {
                    let position = layout.position(of: offset)
                    #expect(layout.offset(at: position) == offset, "\(text.debugDescription) at \(width): \(offset)")
                }
                #expect(layout.lines.first?.range.lowerBound == 0)
                #expect(layout.lines.last?.range.upperBound == count)
                for (line, next) in zip(layout.lines, layout.lines.dropFirst()) {
                    #expect(line.range.upperBound == next.range.lowerBound)
                }
            }
        }
    }

    @Test("The editor's lines are TextLayout's lines plus the spaces at the breaks")
    func wrapsLikeTextLayout() {
        let texts = [
            Self.sentence,
            Self.sentence + "\n\nВтори абзац: „оценка“ — 12,50 точки.\n",
            "ДълъгБезИнтервалиТекстКойтоНеСеПобираНаЕдинРед и край",
            "中文字符测试 ab中cd\n中文xy",
            "Cafe\u{301} и е\u{301}ра",
        ]
        for text in texts {
            for width in 2...45 {
                let editorLines = lines(of: TextEditor(text: text), width: width).map { line in
                    line.hasSuffix(" ") ? String(line.dropLast()) : line
                }
                #expect(editorLines == TextLayout.wrap(text, width: width), "\(text.debugDescription) at \(width)")
            }
        }
    }

    @Test("After any edits the editor lays out as a fresh editor on the same text")
    func editsKeepTheMeasuresInStep() {
        let pieces = ["е", "\u{301}", "🇦", "🇧", "\n", " ", "中", "ж", "ab", "👩", "\u{200D}", "\r\n"]
        let keys: [Key] = [.left, .right, .up, .down, .home, .end, .backspace, .delete, .backspace]
        var editor = TextEditor(text: "")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<600 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let choice = Int(truncatingIfNeeded: state >> 33)
            if choice % 3 == 0 {
                _ = editor.handle(keys[choice / 3 % keys.count], width: 7)
            } else {
                _ = editor.insert(pieces[choice / 3 % pieces.count])
            }
            let fresh = TextEditor(text: editor.text)
            #expect(editor.layout(width: 7).lines == fresh.layout(width: 7).lines, "step \(step)")
            #expect((0...editor.text.count).contains(editor.cursor), "step \(step)")
        }
    }

    // MARK: Drawing

    @Test("Drawing scrolls so the cursor's line is visible and clears the rest of the rectangle")
    func drawingWithScrolling() {
        let text = (1...25).map { "Ред \($0)" }.joined(separator: "\n")
        var editor = TextEditor(text: text)
        var buffer = ScreenBuffer(rows: 12, columns: 40)
        buffer.fill(ScreenRect(row: 0, column: 0, rows: 12, columns: 40), with: "x")
        let rect = ScreenRect(row: 1, column: 5, rows: 10, columns: 30)
        var scroll = 0

        var cursor = editor.draw(into: &buffer, rect: rect, style: .plain, scroll: &scroll)
        #expect(scroll == 15)
        #expect(cursor == ScreenPosition(row: 10, column: 11))
        #expect(buffer.text(ofRow: 0) == String(repeating: "x", count: 40))
        #expect(buffer.text(ofRow: 1) == "xxxxx" + TextLayout.padRight("Ред 16", to: 30) + "xxxxx")
        #expect(buffer.text(ofRow: 10) == "xxxxx" + TextLayout.padRight("Ред 25", to: 30) + "xxxxx")
        #expect(buffer.text(ofRow: 11) == String(repeating: "x", count: 40))

        press(.pageUp, 2, on: &editor, width: 30)
        cursor = editor.draw(into: &buffer, rect: rect, style: .plain, scroll: &scroll)
        #expect(scroll == 4)
        #expect(cursor == ScreenPosition(row: 1, column: 10))
        #expect(buffer.text(ofRow: 1) == "xxxxx" + TextLayout.padRight("Ред 5", to: 30) + "xxxxx")

        press(.down, 3, on: &editor, width: 30)
        cursor = editor.draw(into: &buffer, rect: rect, style: .plain, scroll: &scroll)
        #expect(scroll == 4)
        #expect(cursor == ScreenPosition(row: 4, column: 10))

        var short = TextEditor(text: "Кратко")
        cursor = short.draw(into: &buffer, rect: rect, style: .plain, scroll: &scroll)
        #expect(scroll == 0)
        #expect(cursor == ScreenPosition(row: 1, column: 11))
        #expect(buffer.text(ofRow: 1) == "xxxxx" + TextLayout.padRight("Кратко", to: 30) + "xxxxx")
        for row in 2...10 {
            #expect(buffer.text(ofRow: row) == "xxxxx" + String(repeating: " ", count: 30) + "xxxxx")
        }
        #expect(short.handle(.escape, width: 30) == .leave)
    }

    @Test("Drawing keeps the cursor inside the rectangle after a full line and draws wide characters")
    func drawingFullLinesAndWideCharacters() {
        var buffer = ScreenBuffer(rows: 3, columns: 10)
        let rect = ScreenRect(row: 0, column: 0, rows: 3, columns: 10)
        var scroll = 0
        let full = TextEditor(text: "абвгдежзий")
        #expect(full.draw(into: &buffer, rect: rect, style: .plain, scroll: &scroll) == ScreenPosition(row: 0, column: 9))
        #expect(buffer.text(ofRow: 0) == "абвгдежзий")

        let wide = TextEditor(text: "中文字符测试 ok")
        #expect(wide.draw(into: &buffer, rect: rect, style: .plain, scroll: &scroll) == ScreenPosition(row: 1, column: 5))
        #expect(buffer.lines == ["中文字符测", "试 ok     ", "          "])
    }

    // MARK: Timing

    @Test("A key press on a text at the limit is quick (timing printed, not asserted)")
    func timing() {
        let sentences = String(repeating: Self.sentence + " ", count: 210)
        let paragraphs = String(repeating: String(sentences.prefix(995)) + "\n", count: 21)
        let clock = ContinuousClock()
        let width = 76
        let keys: [Key] = [.character("ж"), .character(" "), .backspace, .backspace, .down, .up, .right, .left, .end, .home]
        let rounds = 200
        for (name, text) in [("20 paragraphs", String(paragraphs.prefix(19_990))), ("one paragraph", String(sentences.prefix(19_990)))] {
            var editor = TextEditor(text: text)
            press(.pageUp, 13, on: &editor, width: width)
            let typing = clock.measure {
                for _ in 0..<rounds {
                    for key in keys {
                        _ = editor.handle(key, width: width)
                    }
                }
            }
            var buffer = ScreenBuffer(rows: 24, columns: 80)
            var scroll = 0
            let drawing = clock.measure {
                for _ in 0..<rounds {
                    _ = editor.draw(into: &buffer, rect: ScreenRect(row: 1, column: 2, rows: 20, columns: width), style: .plain, scroll: &scroll)
                }
            }
            let lines = editor.layout(width: width).lines
            let writing = clock.measure {
                for _ in 0..<rounds {
                    for (row, line) in lines[scroll..<scroll + 20].enumerated() {
                        buffer.write(line.text, row: row + 1, column: 2, maxWidth: width)
                    }
                }
            }
            print("TextEditor timing, \(name), \(editor.text.count) characters: \(typing / (rounds * keys.count)) per key, "
                + "\(drawing / rounds) per draw (of which \(writing / rounds) writing 20 lines into the buffer)")
            #expect(editor.text.count == 19_990)
        }
    }
}
