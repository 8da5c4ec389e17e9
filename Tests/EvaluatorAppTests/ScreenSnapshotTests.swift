import EvaluationCore
import EvaluatorApp
import Foundation
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
        AppFixtures.press([.enter, .enter, .character("д"), .character("н")]
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

    @Test("The declaration scrolled to its end, and the question that accepts it", arguments: sizes)
    func declarationEnd(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns, declared: false)
        AppFixtures.press([.end], &state)
        try AppFixtures.expectSnapshot(state, "declaration-end-\(columns)x\(rows)")
        AppFixtures.press([.enter], &state)
        try AppFixtures.expectSnapshot(state, "declaration-confirm-\(columns)x\(rows)")
    }

    @Test("The bar leaves out what does not apply: Н/П and R on a criterion that rejects; every writing key on a submitted sheet", arguments: sizes)
    func barHidesKeys(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.enter, .enter], &state)
        try AppFixtures.expectSnapshot(state, "admin-tab-\(columns)x\(rows)")
        var submitted = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .enter, .character("y"), .backTab], &submitted)
        try AppFixtures.expectSnapshot(submitted, "admin-readonly-\(columns)x\(rows)")
    }

    @Test("A quality criterion in full (Enter)", arguments: sizes)
    func qualityDetail(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .down, .enter, .down, .down, .down, .down, .enter], &state)
        try AppFixtures.expectSnapshot(state, "detail-quality-\(columns)x\(rows)")
    }

    @Test("An admin criterion in full (Enter) with a note typed before the answer", arguments: sizes)
    func adminDetail(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.enter, .enter, .character("e")] + AppFixtures.type("Формулярът е подписан от директора.") + [.escape, .enter], &state)
        try AppFixtures.expectSnapshot(state, "detail-admin-\(columns)x\(rows)")
    }

    @Test("The recusal: its reason, then its confirmation", arguments: sizes)
    func recusal(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.enter, .character("r")] + AppFixtures.type("Съпругата ми е директор на училището."), &state)
        try AppFixtures.expectSnapshot(state, "recusal-reason-\(columns)x\(rows)")
        AppFixtures.press([.enter], &state)
        try AppFixtures.expectSnapshot(state, "recusal-confirm-\(columns)x\(rows)")
    }

    @Test("The submit question of a checklist that does not admit the proposal", arguments: sizes)
    func submitRejecting(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.enter, .enter, .character("n")] + AppFixtures.type("Формулярът не е подписан.")
                          + [.escape, .character("a"), .character("y"), .character("S")], &state)
        try AppFixtures.expectSnapshot(state, "submit-rejecting-\(columns)x\(rows)")
    }

    @Test("The summary's review of every criterion, scrolled to its end", arguments: sizes)
    func summaryReview(rows: Int, columns: Int) throws {
        var state = try AppFixtures.state(rows: rows, columns: columns)
        AppFixtures.press([.down, .down, .enter, .tab, .end], &state)
        try AppFixtures.expectSnapshot(state, "summary-review-\(columns)x\(rows)")
    }

    @Test("Every level text of 33.24-2025 can be read whole at 80×24 in the criterion's full view")
    func everyLevelReadable() throws {
        var state = try AppFixtures.state()
        AppFixtures.press([.down, .down, .enter], &state)
        let method = try #require(state.model.procedure.quality)
        for (index, criterion) in method.criteria.enumerated() {
            if index > 0 { AppFixtures.press([.down], &state) }
            AppFixtures.press([.enter], &state)
            var seen = ""
            for _ in 0..<30 {
                seen += AppView.render(state).buffer.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") + " "
                AppFixtures.press([.pageDown], &state)
            }
            AppFixtures.press([.escape], &state)
            let flat = seen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let question = criterion.question.split(whereSeparator: \.isWhitespace).suffix(4).joined(separator: " ")
            #expect(flat.contains(question), "\(criterion.id): the end of the question is not shown")
            for level in criterion.levels {
                let words = level.text.split(whereSeparator: \.isWhitespace).suffix(4).joined(separator: " ")
                #expect(flat.contains(words), "\(criterion.id): the end of level \(level.points) is not shown: \(words)")
            }
        }
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
