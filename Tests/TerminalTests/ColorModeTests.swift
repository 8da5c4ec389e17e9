import Testing
@testable import Terminal

@Suite("ColorMode")
struct ColorModeTests {
    @Test func colorsWhenTheTerminalHasThemAndNoColorIsUnsetOrEmpty() {
        #expect(ColorMode.resolve(terminalHasColors: true, noColor: nil) == .colors)
        #expect(ColorMode.resolve(terminalHasColors: true, noColor: "") == .colors)
    }

    @Test func monochromeWhenNoColorIsSetOrTheTerminalHasNone() {
        #expect(ColorMode.resolve(terminalHasColors: true, noColor: "1") == .monochrome)
        #expect(ColorMode.resolve(terminalHasColors: false, noColor: nil) == .monochrome)
    }

    @Test func everySemanticColorHasItsOwnPairOrTheDefault() {
        let pairs = SemanticColor.allCases.map(ColorMode.colorPair(for:))
        #expect(pairs == [0, 1, 2, 3, 4, 0])
    }

    @Test func monochromeUsesNoColorPairs() {
        for color in SemanticColor.allCases {
            #expect(ColorMode.monochrome.appearance(of: Style(color: color)).colorPair == 0)
        }
    }

    @Test func monochromeTellsTheColorsApartByAttributes() {
        let mode = ColorMode.monochrome
        #expect(mode.appearance(of: Style(color: .accent)).attributes == .bold)
        #expect(mode.appearance(of: Style(color: .warning)).attributes == .underline)
        #expect(mode.appearance(of: Style(color: .error)).attributes == [.bold, .underline])
        #expect(mode.appearance(of: Style(color: .muted)).attributes == .dim)
        #expect(mode.appearance(of: Style(color: .success)).attributes == [])
    }

    @Test func aStylesOwnAttributesAreKept() {
        let style = Style(color: .accent, attributes: .reverse)
        #expect(ColorMode.monochrome.appearance(of: style).attributes == [.reverse, .bold])
        #expect(ColorMode.colors.appearance(of: style).attributes == .reverse)
        #expect(ColorMode.colors.appearance(of: style).colorPair == 1)
    }
}
