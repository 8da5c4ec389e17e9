import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace
import WorkspaceFixtures

/// Every amount of the demo — each request, each budget and maximum — converted to the euro as the
/// euro law's rule reads literally (cut after the third decimal, raise the second at 5 or more).
@Suite("The demo's amounts in euro")
struct DemoEuroTests {
    static func referenceCents(_ stotinki: Int64) -> Int64 {
        let thousandths = stotinki.magnitude * 1_000_000 / 195_583
        return Int64(thousandths / 10) + (thousandths % 10 >= 5 ? 1 : 0)
    }

    @Test("Every request, budget and maximum of the demo")
    func everyAmount() throws {
        let snapshot = try DemoWorkspaceTests.shared.get().snapshot
        let euro = try #require(snapshot.procedure.secondaryCurrency)
        #expect(euro.code == "EUR")
        var amounts = snapshot.proposals.map(\.requested)
        amounts += snapshot.procedure.priorities.flatMap { [$0.budget, $0.maxPerProject, $0.minPerProject].compactMap { $0 } }
        #expect(amounts.count >= 24 + 3)
        for amount in amounts {
            #expect(euro.convert(amount).minorUnits == Self.referenceCents(amount.minorUnits), "\(amount.canonicalText) лв.")
        }
        // The figures seed 001 prints beside the maxima (lines 134, 263, 311).
        let maxima = snapshot.procedure.priorities.compactMap(\.maxPerProject).map { euro.convert($0).canonicalText }
        #expect(Set(maxima).isSubset(of: ["12782.30", "7669.38"]))
        // 33.24-2025-022 asks 25 600,00 лв. = 13 089,07 €.
        let p022 = try #require(snapshot.proposal(withID: "33.24-2025-022"))
        #expect(euro.convert(p022.requested).canonicalText == "13089.07")
    }

    @Test("The demo reports in EUR and has its session data")
    func session() throws {
        let demo = try DemoWorkspaceTests.shared.get()
        let session = try CommitteeSessionDecoder.decode(try #require(demo.files["chair/session.json"])).get()
        #expect(session.reportingCurrency == "EUR")
        #expect(session.protocolNumber != nil && session.order != nil && session.approver != nil && session.place != nil)
        #expect(session.firstSitting.map { $0 <= session.lastSitting! } == true)
        #expect(demo.check.problems.isEmpty)
    }
}
