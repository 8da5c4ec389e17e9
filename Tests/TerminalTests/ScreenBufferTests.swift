import Testing
@testable import Terminal

@Suite("ScreenBuffer")
struct ScreenBufferTests {
    @Test func aNewBufferIsBlank() {
        let buffer = ScreenBuffer(rows: 2, columns: 3)
        #expect(buffer.size == ScreenSize(rows: 2, columns: 3))
        #expect(buffer.lines == ["   ", "   "])
        #expect(buffer[1, 2] == .blank)
    }

    @Test func cyrillicTakesOneColumnPerLetter() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        let end = buffer.write("Оценка", row: 0, column: 1)
        #expect(end == 7)
        #expect(buffer.lines == [" Оценка   "])
        #expect(buffer[0, 1] == Cell(character: "О", width: 1))
        #expect(buffer[0, 6] == Cell(character: "а", width: 1))
    }

    @Test func bulgarianQuotesAndDashAreNarrow() {
        var buffer = ScreenBuffer(rows: 1, columns: 12)
        let end = buffer.write("„да“ — не", row: 0, column: 0)
        #expect(end == 9)
        #expect(buffer.lines == ["„да“ — не   "])
    }

    @Test func aWideCharacterTakesItsCellAndAContinuation() {
        var buffer = ScreenBuffer(rows: 1, columns: 6)
        let style = Style(color: .accent)
        let end = buffer.write("中文", row: 0, column: 1, style: style)
        #expect(end == 5)
        #expect(buffer[0, 1] == Cell(character: "中", width: 2, style: style))
        #expect(buffer[0, 2] == .continuation(style))
        #expect(buffer[0, 2].isContinuation)
        #expect(buffer[0, 3] == Cell(character: "文", width: 2, style: style))
        #expect(buffer.lines == [" 中文 "])
    }

    @Test func combiningAccentsStayInTheirLettersCell() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        let stressed = "се\u{300}ло"
        let end = buffer.write(stressed, row: 0, column: 0)
        #expect(end == 4)
        #expect(buffer[0, 1].character == "е\u{300}")
        #expect(buffer[0, 1].width == 1)
        #expect(buffer[0, 2].character == "л")
    }

    @Test func aStrayCombiningMarkIsDropped() {
        var buffer = ScreenBuffer(rows: 1, columns: 3)
        let end = buffer.write("\u{301}а", row: 0, column: 0)
        #expect(end == 1)
        #expect(buffer.lines == ["а  "])
    }

    @Test func textIsClippedAtTheRightEdge() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        let end = buffer.write("Проверка", row: 0, column: 2)
        #expect(end == 5)
        #expect(buffer.lines == ["  Про"])
    }

    @Test func aWideCharacterIsNeverSplitAtTheRightEdge() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("xxxx", row: 0, column: 0)
        let style = Style(attributes: .reverse)
        let end = buffer.write("a中文", row: 0, column: 0, style: style)
        #expect(end == 4)
        #expect(buffer[0, 1].character == "中")
        #expect(buffer[0, 3] == .blank(style))
        #expect(buffer.lines == ["a中 "])
    }

    @Test func maxWidthClipsBeforeTheEdge() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        let end = buffer.write("комисия", row: 0, column: 1, maxWidth: 3)
        #expect(end == 4)
        #expect(buffer.lines == [" ком      "])
    }

    @Test func maxWidthNeverSplitsAWideCharacter() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        let end = buffer.write("中文", row: 0, column: 0, maxWidth: 3)
        #expect(end == 3)
        #expect(buffer.lines == ["中        "])
        #expect(buffer[0, 2] == .blank)
    }

    @Test func textStartingLeftOfTheBufferShowsOnlyWhatIsInside() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        let end = buffer.write("中ab", row: 0, column: -1)
        #expect(end == 3)
        #expect(buffer.lines == [" ab "])
        #expect(!buffer[0, 0].isContinuation)
    }

    @Test func rowsOutsideTheBufferWriteNothing() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("abc", row: 1, column: 0)
        buffer.write("abc", row: -1, column: 0)
        #expect(buffer == ScreenBuffer(rows: 1, columns: 4))
    }

    @Test func overwritingTheRightHalfOfAWideCharacterBlanksTheLeftHalf() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("中", row: 0, column: 0)
        buffer.write("д", row: 0, column: 1)
        #expect(buffer[0, 0] == .blank)
        #expect(buffer[0, 1] == Cell(character: "д", width: 1))
        #expect(buffer.lines == [" д  "])
    }

    @Test func overwritingTheLeftHalfOfAWideCharacterBlanksTheRightHalf() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("中", row: 0, column: 1)
        buffer.write("д", row: 0, column: 1)
        #expect(buffer[0, 2] == .blank)
        #expect(buffer.lines == [" д  "])
    }

    @Test func aWideCharacterOverlappingAnotherBlanksItsOrphanedHalf() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        buffer.write("中", row: 0, column: 2)
        buffer.write("文", row: 0, column: 1)
        #expect(buffer[0, 1].character == "文")
        #expect(buffer[0, 2].isContinuation)
        #expect(buffer[0, 3] == .blank)
        #expect(buffer.lines == [" 文  "])
    }

    @Test func fillCoversTheRectangleClippedToTheBuffer() {
        var buffer = ScreenBuffer(rows: 3, columns: 4)
        let style = Style(color: .warning)
        buffer.fill(ScreenRect(row: 1, column: 2, rows: 5, columns: 5), with: "*", style: style)
        #expect(buffer.lines == ["    ", "  **", "  **"])
        #expect(buffer[2, 3].style == style)
    }

    @Test func fillWithAWideCharacterLeavesAnOddColumnBlank() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        buffer.fill(ScreenRect(row: 0, column: 0, rows: 1, columns: 5), with: "中")
        #expect(buffer.lines == ["中中 "])
        #expect(buffer[0, 4] == .blank)
    }

    @Test func clearBlanksEveryCell() {
        var buffer = ScreenBuffer(rows: 2, columns: 2)
        buffer.write("ab", row: 0, column: 0)
        buffer.clear()
        #expect(buffer == ScreenBuffer(rows: 2, columns: 2))
    }

    @Test func aBorderFramesTheRectangleWithItsTitle() {
        var buffer = ScreenBuffer(rows: 4, columns: 12)
        buffer.drawBorder(ScreenRect(row: 0, column: 1, rows: 4, columns: 10), title: "Оценка")
        #expect(buffer.lines == [
            " ┌─ Оцен ─┐ ",
            " │        │ ",
            " │        │ ",
            " └────────┘ ",
        ])
    }

    @Test func aBorderTooSmallIsNotDrawn() {
        var buffer = ScreenBuffer(rows: 3, columns: 3)
        buffer.drawBorder(ScreenRect(row: 0, column: 0, rows: 1, columns: 3))
        #expect(buffer == ScreenBuffer(rows: 3, columns: 3))
    }
}
