import EvaluationCore
@testable import EvaluatorApp
import Terminal
import Testing

/// The progress screen lists what stands in the way of a final ranking on two lines; it builds only
/// as much of the list as those lines can show. What it draws must be what the whole list drew.
@Suite("The chair's list of what blocks the ranking")
struct ChairBlockingSummaryTests {
    /// The line as it was made before: every blocking proposal.
    static func wholeSummary(_ blocking: [ProposalStanding], _ state: ChairState) -> String {
        blocking.isEmpty
            ? state.text("Нищо не пречи на окончателното класиране.", "Nothing stands in the way of a final ranking.")
            : state.text("Пречат на окончателното класиране: ", "Standing in the way of a final ranking: ")
                + blocking.map { "\($0.proposal.id) (\($0.status == .pending ? state.text("в процес", "pending") : state.text("решение", "decision")))" }
                .joined(separator: ", ")
    }

    @Test("On random lists, languages and widths: the two lines drawn are those of the whole list")
    func sameLines() throws {
        var generator = SystemRandomNumberGenerator()
        let model = try ChairFixtures.model()
        for _ in 0..<300 {
            let language: Language = Bool.random(using: &generator) ? .bulgarian : .english
            let state = ChairState(model: model, language: language, size: ScreenSize(rows: 30, columns: 100))
            let blocking = (0..<Int.random(in: 0...120, using: &generator)).map { index in
                let proposal = AppFixtures.proposal(Int.random(in: 1...99_999, using: &generator), "Кандидат \(index)", priority: "1",
                                                    requested: 1_000_000)
                let admin: ProposalStanding.Admin = Bool.random(using: &generator)
                    ? .pending(waitingFor: ["e1"]) : .disagreement(admittedBy: ["e1"], rejectedBy: ["e2"])
                return ProposalStanding(proposal: proposal, admin: admin, quality: nil, correction: .zero, groupMeans: [:],
                                        criterionMeans: [:], floor: .zero)
            }
            let columns = Int.random(in: 20...160, using: &generator)
            let rect = ScreenRect(row: 0, column: 0, rows: 2, columns: columns)
            var whole = ScreenBuffer(size: ScreenSize(rows: 2, columns: columns))
            var limited = whole
            let wholeRows = AppView.paragraph(Self.wholeSummary(blocking, state), into: &whole, rect: rect, maxLines: 2)
            let limitedRows = AppView.paragraph(ChairProgressView.blockingSummary(blocking, state, fillingLines: 2, of: columns),
                                                into: &limited, rect: rect, maxLines: 2)
            #expect(wholeRows == limitedRows)
            #expect(whole == limited)
        }
    }
}
