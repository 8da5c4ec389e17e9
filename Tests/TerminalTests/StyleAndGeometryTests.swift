import Testing
import Terminal

@Suite("Style and screen geometry")
struct StyleAndGeometryTests {
    @Test func addingAttributesKeepsTheColor() {
        let style = Style(color: .warning, attributes: .bold).adding([.reverse, .underline])
        #expect(style == Style(color: .warning, attributes: [.bold, .reverse, .underline]))
    }

    @Test func plainIsTheNormalColorWithoutAttributes() {
        #expect(Style.plain == Style(color: .normal, attributes: []))
    }

    @Test func insetShrinksEverySide() {
        let rect = ScreenRect(row: 2, column: 4, rows: 10, columns: 20).inset(by: 1)
        #expect(rect == ScreenRect(row: 3, column: 5, rows: 8, columns: 18))
    }

    @Test func sizesNeverGoNegative() {
        #expect(ScreenRect(row: 0, column: 0, rows: 1, columns: 1).inset(by: 1).rows == 0)
        #expect(ScreenSize(rows: -3, columns: 5) == ScreenSize(rows: 0, columns: 5))
    }

    @Test func aSizeReadsAsColumnsByRows() {
        #expect(ScreenSize(rows: 24, columns: 80).description == "80×24")
    }
}
