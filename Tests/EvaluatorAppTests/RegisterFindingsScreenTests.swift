import EvaluationCore
import Testing
@testable import EvaluatorApp
import Terminal

private typealias F = AppFixtures

/// The findings of the procedure's register checks reach the evaluator's screen: above the tabs of the
/// proposal (the first two) and in full on the summary tab.
@Suite("Register findings on the evaluator's screen")
struct RegisterFindingsScreenTests {
    @Test("Missing mandatory activities and a duration out of range, above the tabs and on the summary")
    func shown() throws {
        var state = try F.state(rows: 30, columns: 100)
        state.model.proposals[0].findings = [
            Finding(kind: .mandatoryActivitiesMissing, items: ["1.4", "2.3"]),
            Finding(kind: .durationOutOfRange, items: ["10", "7", "9"]),
            Finding(kind: .budgetLineAboveCap, limit: Money(minorUnits: 50_000), items: ["publicity"], amount: Money(minorUnits: 60_000)),
        ]
        F.press([.enter, .character("д")], &state)
        let screen = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("! липсват задължителните за приоритета дейности: 1.4, 2.3"), "\(screen)")
        #expect(screen.contains("! продължителността (10 месеца) е извън допустимата от 7 до 9 месеца"))
        F.press([.tab, .tab], &state)
        let summary = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(summary.contains("бюджетният ред „publicity“ (600,00 лв.) надвишава тавана от 500,00 лв."), "\(summary)")
    }
}
