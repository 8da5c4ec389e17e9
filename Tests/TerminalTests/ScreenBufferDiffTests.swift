import Testing
import Terminal

@Suite("ScreenBuffer.diff")
struct ScreenBufferDiffTests {
    private func buffer(_ lines: [String]) -> ScreenBuffer {
        var buffer = ScreenBuffer(rows: lines.count, columns: 6)
        for (row, line) in lines.enumerated() {
            buffer.write(line, row: row, column: 0)
        }
        return buffer
    }

    @Test func equalBuffersHaveNoDifference() {
        let frame = buffer(["Оценка", "中文"])
        #expect(frame.diff(from: frame).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let old = buffer(["абвгде", "жзийкл"])
        let new = buffer(["абвгде", "жзиЙкл"])
        #expect(new.diff(from: old) == [CellRun(row: 1, column: 3, cells: [Cell(character: "Й", width: 1)])])
    }

    @Test func consecutiveChangesFormOneRunPerStretch() {
        let old = buffer(["aaaaaa"])
        let new = buffer(["abbabb"])
        let runs = new.diff(from: old)
        #expect(runs.map(\.column) == [1, 4])
        #expect(runs.map(\.cells.count) == [2, 2])
        #expect(runs.allSatisfy { $0.row == 0 })
    }

    @Test func aStyleChangeIsAChange() {
        let old = buffer(["текст"])
        var new = old
        new.write("е", row: 0, column: 1, style: Style(attributes: .reverse))
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.cells.first?.style == Style(attributes: .reverse))
    }

    @Test func aRunHoldsBothHalvesOfAWideCharacter() {
        let old = buffer(["ab中de"])
        var new = old
        new.write("文", row: 0, column: 2)
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.column == 2)
        #expect(runs.first?.cells.map(\.width) == [2, 0])
    }

    @Test func aRunNeverStartsWithAContinuationCell() {
        var old = buffer(["ab中de"])
        var new = old
        old.write("x", row: 0, column: 2)
        old.write("y", row: 0, column: 3)
        new.write("中", row: 0, column: 2, style: Style(color: .error))
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.column == 2)
        #expect(runs.first?.cells.first?.isContinuation == false)
        #expect(runs.first?.cells.count == 2)
    }

    @Test func aNarrowCharacterReplacingAWideOneRedrawsBothColumns() {
        let old = buffer(["中    "])
        let new = buffer(["д     "])
        let runs = new.diff(from: old)
        #expect(runs == [CellRun(row: 0, column: 0, cells: [Cell(character: "д", width: 1), .blank])])
    }

    @Test func aDifferentSizeRedrawsEveryRow() {
        let old = ScreenBuffer(rows: 1, columns: 6)
        let new = buffer(["ab", "cd"])
        let runs = new.diff(from: old)
        #expect(runs == new.runs())
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.allSatisfy { $0.column == 0 && $0.cells.count == 6 })
    }

    @Test func applyingTheRunsToTheOldBufferGivesTheNewOne() {
        let old = buffer(["Оценка", "中文ab", "„да“  "])
        let new = buffer(["Оценки", "a中文b", "„не“ !"])
        var patched = old
        for run in new.diff(from: old) {
            var column = run.column
            for cell in run.cells {
                if !cell.isContinuation {
                    patched.write(String(cell.character), row: run.row, column: column, style: cell.style)
                }
                column += 1
            }
        }
        #expect(patched == new)
    }
}
