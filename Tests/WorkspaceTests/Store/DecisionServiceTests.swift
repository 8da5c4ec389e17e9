import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("The chair's decisions, through the library: refused with the reason and nothing written, or recorded and numbered")
struct DecisionServiceTests {
    /// A workspace where P-1's two quality scores are too far apart to be averaged.
    static func spread() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2"])
        try fixture.admit("P-1")
        let evaluators = try fixture.assigned("P-1", .quality)
        try fixture.score("P-1", by: evaluators[0], levelIndex: 0)
        try fixture.score("P-1", by: evaluators[1], levelIndex: 1)
        return fixture
    }

    static func decide(_ request: DecisionService.Request, _ proposal: String, reason: String = "Комисията обсъди случая.",
                       as actor: String = "chair", in fixture: WorkspaceFixture) throws(WorkspaceError) -> Decision {
        try DecisionService.decide(request, proposal: proposal, reason: reason, actingAs: actor, in: fixture.root, clock: fixture.clock)
    }

    /// Expects `body` to be refused with a text that contains `bulgarian`, and the workspace unchanged.
    static func expectRefused(_ bulgarian: String, in fixture: WorkspaceFixture, sourceLocation: SourceLocation = #_sourceLocation,
                              _ body: () throws(WorkspaceError) -> Decision) throws {
        let before = try fixture.contents()
        do {
            _ = try body()
            Issue.record("not refused; expected „\(bulgarian)“", sourceLocation: sourceLocation)
        } catch {
            let text = error.lines(in: .bulgarian).joined(separator: "\n")
            #expect(text.contains(bulgarian), "\(text)", sourceLocation: sourceLocation)
        }
        #expect(try fixture.contents() == before, "a refused decision changed the workspace", sourceLocation: sourceLocation)
    }

    @Test("Refused: by an evaluator, without a reason, where no decision is needed, above the maximum, for a proposal not in the register")
    func refusals() throws {
        let fixture = try Self.spread()
        defer { fixture.remove() }
        try Self.expectRefused("право на това има само председател", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.consensusScore(Points(70)), "P-1", as: "e1", in: fixture)
        }
        try Self.expectRefused("всяко решение се мотивира", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.consensusScore(Points(70)), "P-1", reason: "  \n", in: fixture)
        }
        try Self.expectRefused("консенсусна оценка се поставя, когато оценките не могат да се съгласуват", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.consensusScore(Points(70)), "P-2", in: fixture)
        }
        try Self.expectRefused("е над максимума", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.consensusScore(Points(101)), "P-1", in: fixture)
        }
        try Self.expectRefused("няма предложение „P-9“ в регистъра", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.budgetCorrection(Money(minorUnits: 100)), "P-9", in: fixture)
        }
    }

    @Test("A decision is recorded with its number, reason, author and time; the next one is numbered after it")
    func recordedAndNumbered() throws {
        let fixture = try Self.spread()
        defer { fixture.remove() }
        let first = try Self.decide(.consensusScore(Points(70)), "P-1", reason: "  Разминаване в група 4.  ", in: fixture)
        #expect(first.number == 1)
        #expect(first.kind == .consensusScore)
        #expect(first.points == Points(70))
        #expect(first.reason == "Разминаване в група 4.")
        #expect(first.by == "chair")
        #expect(first.at == fixture.clock.now())
        let second = try Self.decide(.budgetCorrection(Money(minorUnits: 100_000)), "P-1", in: fixture)
        #expect(second.number == 2)
        let log = try WorkspaceLoader.load(fixture.root).get().decisions
        #expect(log.decisions.map(\.number) == [1, 2])
        #expect(log.correction(of: "P-1") == Money(minorUnits: 100_000))
    }

    @Test("The same evaluator twice, or corrections that add up to more than the request, are refused")
    func duplicates() throws {
        let fixture = try Self.spread()
        defer { fixture.remove() }
        let assessing = try fixture.assigned("P-1", .quality)[0]
        try Self.expectRefused("\(assessing) вече оценява P-1", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.assignEvaluator(evaluator: assessing), "P-1", in: fixture)
        }
        let requested = try #require(WorkspaceLoader.load(fixture.root).get().proposal(withID: "P-1")).requested
        _ = try Self.decide(.budgetCorrection(requested), "P-1", in: fixture)
        try Self.expectRefused("надвишават исканата сума", in: fixture) { () throws(WorkspaceError) in
            try Self.decide(.budgetCorrection(Money(minorUnits: 1)), "P-1", in: fixture)
        }
    }
}
