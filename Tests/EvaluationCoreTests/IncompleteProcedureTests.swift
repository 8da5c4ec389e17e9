import EvaluationCore
import Foundation
import Testing

/// A quality group whose criteria are still to be entered (seed 002's Приложение XII is not in its text,
/// 002_60dcf141085ee52b.txt:1153–1160): the procedure reads, is recognisably incomplete, and names each group.
@Suite("Quality groups to be entered")
struct IncompleteProcedureTests {
    @Test("Seed 002 reads as incomplete, with its three components and their budgets")
    func seed002() throws {
        let procedure = try Fixtures.configProcedure("bg05sfpr001-1.008.json")
        #expect(!procedure.isComplete)
        #expect(procedure.quality?.groupsToBeEntered.map(\.id) == ["1", "2", "3", "4"])
        #expect(procedure.incompleteIssues.map(\.place) == (0..<4).map { "$.quality.groups[\($0)]" })
        #expect(procedure.priorities.map(\.budget) == [1_381_858_600, 921_239_100, 559_323_700].map { Money(minorUnits: $0) })
        #expect(procedure.totalBudget == Money(minorUnits: 2_862_421_400))
        #expect(procedure.priorities.allSatisfy { $0.minPerProject == Money(minorUnits: 25_000_000) && $0.maxPerProject == Money(minorUnits: 75_000_000) })
        #expect(procedure.admin.remedyDays == 7)
        #expect(procedure.priorityTerm == .component)
        #expect(try Fixtures.reference.priorityTerm == .priority)
        #expect(procedure.ranking?.scope == .priority)
        #expect(procedure.notes.allSatisfy { $0.contains("002_60dcf141085ee52b.txt:") })
    }

    @Test("The shipped complete procedures are complete")
    func complete() throws {
        for file in ["coiduem-33.24-2025.json", "esf-plus-admin-004.json", "bg-rrp-1.024.json"] {
            let procedure = try Fixtures.configProcedure(file)
            #expect(procedure.isComplete, "\(file)")
            #expect(procedure.incompleteIssues.isEmpty)
        }
    }

    @Test("A group to be entered skips the sum of maxima; one with criteria, or with a maximum, is refused")
    func rules() throws {
        let incomplete = try Fixtures.decodeSmall {
            $0.set(["quality", "groups", 1], to: ["id": "2", "title": "Бюджет", "toBeEntered": true])
            $0.set(["quality", "rules"], to: [])
        }.get()
        #expect(!incomplete.isComplete)
        #expect(incomplete.quality?.groups[1].criteria.isEmpty == true)
        guard case .failure(let withCriteria) = try Fixtures.decodeSmall({ $0.set(["quality", "groups", 0, "toBeEntered"], to: true) }) else {
            Issue.record("a group with criteria and toBeEntered was accepted")
            return
        }
        #expect(withCriteria.issues.contains { $0.place == "$.quality.groups[0].criteria" && $0.message.bulgarian.contains("още няма критерии") })
        guard case .failure(let withMaximum) = try Fixtures.decodeSmall({
            $0.set(["quality", "groups", 1], to: ["id": "2", "title": "Бюджет", "toBeEntered": true, "maxPoints": "5"])
            $0.set(["quality", "rules"], to: [])
        }) else {
            Issue.record("a group with toBeEntered and a maximum was accepted")
            return
        }
        #expect(withMaximum.issues.contains { $0.place == "$.quality.groups[1].maxPoints" })
    }
}
