import EvaluationCore
import Foundation
import Testing
@testable import EvaluatorApp
import Terminal

/// The chair's ranking screen for the outcomes of a pass/fail procedure: seed 004's list of admitted
/// proposals (no points, no budget, no running total) and seed 003's direct provision (no points,
/// walked against the budget); the "Пр." column without priorities of the procedure's own.
@Suite("The chair's ranking screen for the admitted list and direct provision")
struct ChairPassFailRankingTests {
    static func procedure(_ file: String) throws -> Procedure {
        try ProcedureDecoder.decode(Data(contentsOf: AppFixtures.packageRoot.appendingPathComponent("Config/procedures/\(file)"))).get()
    }

    static func state(_ file: String, requested: [Int64], populations: [Int] = []) throws -> ChairState {
        let procedure = try procedure(file)
        let priority = procedure.priorities[0].id
        var proposals: [Proposal] = []
        for (index, amount) in requested.enumerated() {
            var proposal = AppFixtures.proposal(index + 1, "Кандидат \(index + 1)", priority: priority, requested: amount)
            proposal.applicant.eik = ["000695114", "000970411", "121212123"][index % 3]
            if index < populations.count { proposal.settlementPopulation = populations[index] }
            proposals.append(proposal)
        }
        var assignments = Assignments(seed: 1)
        var adminSheets: [String: [String: AdminSheet]] = [:]
        var answers: [String: AdminSheet.Answer] = [:]
        for criterion in procedure.admin.criteria { answers[criterion.id] = .init(criterion.allowsNA ? .na : .yes) }
        for proposal in proposals {
            assignments.admin[proposal.id] = ["e1"]
            adminSheets["e1", default: [:]][proposal.id] = AdminSheet(
                proposal: proposal.id, evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: AppFixtures.now), status: .submitted,
                answers: answers, submittedAt: AppFixtures.now)
        }
        let decisions = DecisionLog()
        let standings = proposals.map { proposal in
            ProposalStanding.make(proposal: proposal, procedure: procedure, assignments: assignments,
                                  adminSheets: adminSheets.values.compactMap { $0[proposal.id] }, qualitySheets: [], decisions: decisions)
        }
        let committee = [CommitteeMember(id: "chair", name: "Елена Стоянова", role: .chair),
                         CommitteeMember(id: "e1", name: "Мария Петрова", role: .evaluator)]
        let contents = WorkspaceContents(
            procedure: procedure, info: ChairFixtures.info(procedure, committee: committee), proposals: proposals, assignments: assignments,
            declarations: ["e1": Declaration(evaluator: "e1", acceptedAt: AppFixtures.now)], adminSheets: adminSheets, decisions: decisions)
        let model = ChairModel(contents: contents, chair: committee[0], standings: standings,
                               ranking: Ranking.make(procedure: procedure, standings: standings, decisions: decisions))
        var state = ChairState(model: model, language: .bulgarian, size: ScreenSize(rows: 24, columns: 80))
        _ = ChairFixtures.press([.tab, .tab], &state)
        return state
    }

    static func screen(_ state: ChairState) -> String {
        ChairView.render(state).buffer.lines.joined(separator: "\n")
    }

    @Test("Seed 004: the admitted list, without points, budget or running total")
    func admittedList() throws {
        let state = try Self.state("esf-plus-admin-004.json", requested: [2_000_000, 3_500_000])
        try ChairFixtures.expectSnapshot(state, "chair-ranking-admitted-list-80x24")
        let screen = Self.screen(state)
        #expect(screen.contains("Списък на допуснатите предложения (без точки и бюджет)"))
        #expect(screen.contains("Списъкът е ОКОНЧАТЕЛЕН."))
        #expect(!screen.contains("Точки") && !screen.contains("Натрупано") && !screen.contains("Приоритет 0"))
        #expect(screen.contains("допуснато"))
    }

    @Test("Seed 003: direct provision against the budget, without points")
    func directProvision() throws {
        let state = try Self.state("bg-rrp-1.024.json", requested: [2_800_000, 3_000_000], populations: [800, 1_500])
        try ChairFixtures.expectSnapshot(state, "chair-ranking-direct-provision-80x24")
        let screen = Self.screen(state)
        #expect(screen.contains("Одобрени за директно предоставяне (без точки)"))
        #expect(!screen.contains("Точки"))
        #expect(screen.contains("Натрупано"))
        #expect(screen.contains("одобрено"))
    }

    @Test("The progress screen shows „—“, not the implicit priority 0")
    func noPriority() throws {
        var state = try Self.state("esf-plus-admin-004.json", requested: [2_000_000])
        _ = ChairFixtures.press([.tab, .tab], &state)
        let screen = Self.screen(state)
        let line = try #require(screen.split(separator: "\n").first { $0.contains("33.24-2025-001") }, "\(screen)")
        #expect(line.contains(" —  "), "\(line)")
        #expect(!line.contains(" 0   "))
    }
}

@Suite("The chair's screens with an open objection")
struct ChairObjectionTests {
    @Test("An open objection makes the ranking not final at the top of every screen")
    func blocked() throws {
        var state = try ChairFixtures.state()
        state.model.openObjections = [Objection(number: 1, proposal: "33.24-2025-003", notifiedOn: CalendarDate("2026-02-24")!,
                                                receivedOn: CalendarDate("2026-02-27")!, grounds: "Основания.", by: "chair",
                                                at: AppFixtures.now)]
        let screen = ChairView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("НЕ е окончателно: неприключено възражение № 1 (33.24-2025-003)."), "\(screen)")
    }
}
