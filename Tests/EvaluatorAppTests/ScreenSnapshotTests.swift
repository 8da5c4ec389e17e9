import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

@Suite("Every screen as text, at 80×24 and 120×40")
struct ScreenSnapshotTests {
    static let sizes = [(24, 80), (40, 120)]

    @Test(arguments: sizes)
    func declaration(rows: Int, columns: Int) throws {
        let state = try AppFixtures.state(rows: rows, columns: columns, declared: false)
        try AppFixtures.expectSnapshot(state, "declaration-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func list(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down], &state)
        try AppFixtures.expectSnapshot(state, "list-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func listSearching(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.character("/")] + AppFixtures.type("ямбол"), &state)
        try AppFixtures.expectSnapshot(state, "list-search-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func conflictQuestion(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.enter], &state)
        try AppFixtures.expectSnapshot(state, "conflict-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func adminTabEditing(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.enter, .enter, .character("д"), .character("н")] + [.character("е")]
                          + AppFixtures.type("Автобиографията на счетоводителя не е подписана."), &state)
        try AppFixtures.expectSnapshot(state, "admin-editing-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func qualityTab(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .down, .enter, .down, .down, .down, .down, .character("2")], &state)
        try AppFixtures.expectSnapshot(state, "quality-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func summaryTab(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .down, .enter, .tab], &state)
        try AppFixtures.expectSnapshot(state, "summary-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func submitRefusedWithWhatIsMissing(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .down, .enter, .character("S")], &state)
        try AppFixtures.expectSnapshot(state, "submit-missing-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func help(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .down, .enter, .character("?")], &state)
        try AppFixtures.expectSnapshot(state, "help-quality-\(columns)x\(rows)")
    }

    @Test("A submitted sheet is shown read-only", arguments: sizes)
    func submittedReadOnly(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .enter, .character("y")], &state)
        try AppFixtures.expectSnapshot(state, "admin-submitted-\(columns)x\(rows)")
    }

    @Test func englishList() throws {
        let state = try AppFixtures.state(language: .english)
        try AppFixtures.expectSnapshot(state, "list-en-80x24")
    }

    @Test func tooSmall() throws {
        let state = try AppFixtures.state(rows: 20, columns: 60)
        let lines = AppView.render(state).buffer.lines
        #expect(lines[0].contains("ocenka се нуждае от поне 80×24"))
    }

    @Test("No line of any screen is wider than the terminal", arguments: sizes)
    func widths(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        for keys in [[], [Key.enter, .enter], [.down, .down, .enter], [.down, .down, .enter, .tab], [.down, .down, .enter, .tab, .tab]] {
            var copy = state
            AppFixtures.press(keys, &copy)
            for line in AppView.render(copy).buffer.lines { #expect(DisplayWidth.of(line) <= columns) }
        }
        AppFixtures.press([.character("q")], &state)
        #expect(state.isFinished)
    }
}
