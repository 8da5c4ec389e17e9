import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("The chair's decisions and the ranking, through the command line")
struct DecisionCommandTests {
    static func rankJSON(_ fixture: WorkspaceFixture) throws -> [String: Any] {
        let run = try CommandRun.ocenka(["rank", "--workspace", fixture.root.path, "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    static func unranked(_ json: [String: Any], _ proposal: String) -> [String: Any]? {
        (json["unranked"] as? [[String: Any]])?.first { $0["proposal"] as? String == proposal }
    }

    @Test("A spread over 20 points needs a decision; a consensus score with a reason resolves it, audited")
    func consensusScore() throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2"])
        defer { fixture.remove() }
        try fixture.admit("P-1")
        let evaluators = try fixture.assigned("P-1", .quality)
        let high = try fixture.score("P-1", by: evaluators[0], levelIndex: 0)
        let low = try fixture.score("P-1", by: evaluators[1], levelIndex: 1)
        #expect(high - low > Points(20))
        let before = try Self.rankJSON(fixture)
        #expect(before["final"] as? Bool == false)
        #expect(Self.unranked(before, "P-1")?["status"] as? String == "needsDecision")
        #expect(Self.unranked(before, "P-1")?["reasons"] as? [String] == ["spread"])

        let workspace = ["--workspace", fixture.root.path]
        let refused = try CommandRun.ocenka(["decide", "score"] + workspace + ["--as", "e1", "--proposal", "P-1", "--points", "72.50", "--reason", "x"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("право на това има само председател"))

        let decided = try CommandRun.ocenka(["decide", "score"] + workspace + ["--as", "chair", "--proposal", "P-1", "--points", "72.50",
                                                                              "--reason", "Комисията обсъди разминаването в група 4."])
        #expect(decided.status == 0, "\(decided.standardError)")
        #expect(decided.standardOutput.contains("Записано е решение № 1 (консенсусна оценка) за P-1."))
        let after = try Self.rankJSON(fixture)
        let priorities = try #require(after["priorities"] as? [[String: Any]])
        let rows = try #require(priorities.first { $0["id"] as? String == "1" }?["rows"] as? [[String: Any]])
        #expect(rows.first?["proposal"] as? String == "P-1")
        #expect(rows.first?["score"] as? String == "72.50")
        #expect(rows.first?["amount"] as? String == "24850.00")
        #expect(rows.first?["status"] as? String == "approved")

        let decisions = try String(contentsOf: fixture.layout.decisionsFile, encoding: .utf8)
        #expect(decisions.contains("\"kind\" : \"consensusScore\""))
        #expect(decisions.contains("\"reason\" : \"Комисията обсъди разминаването в група 4.\""))
        let audit = try String(contentsOf: fixture.layout.chairAuditFile, encoding: .utf8)
        #expect(audit.contains("\"action\":\"decide.consensusScore\""))
        #expect(try CommandRun.ocenka(["check"] + workspace).status == 0)
    }

    @Test("One more evaluator: assigned, scores, and the three are reconciled")
    func additionalEvaluator() throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2", "e3"])
        defer { fixture.remove() }
        try fixture.admit("P-2")
        let evaluators = try fixture.assigned("P-2", .quality)
        try fixture.score("P-2", by: evaluators[0], levelIndex: 0)
        try fixture.score("P-2", by: evaluators[1], levelIndex: 1)
        let third = try #require(["e1", "e2", "e3"].first { !evaluators.contains($0) })
        let workspace = ["--workspace", fixture.root.path, "--as", "chair"]
        let run = try CommandRun.ocenka(["decide", "assign"] + workspace + ["--proposal", "P-2", "--evaluator", third,
                                                                           "--reason", "Разлика над 20 точки."])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try fixture.assigned("P-2", .quality) == evaluators + [third])
        let pending = try Self.rankJSON(fixture)
        #expect(Self.unranked(pending, "P-2")?["status"] as? String == "pending")
        try fixture.score("P-2", by: third, levelIndex: 0)
        let still = try Self.rankJSON(fixture)
        #expect(Self.unranked(still, "P-2")?["status"] as? String == "needsDecision", "the three still differ by more than 20")
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }

    @Test("A returned sheet is editable again for its evaluator and the proposal waits for it")
    func returnSheet() throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2"])
        defer { fixture.remove() }
        try fixture.admit("P-3")
        let evaluators = try fixture.assigned("P-3", .quality)
        try fixture.score("P-3", by: evaluators[0], levelIndex: 0)
        try fixture.score("P-3", by: evaluators[1], levelIndex: 0)
        #expect(Self.unranked(try Self.rankJSON(fixture), "P-3") == nil)
        let run = try CommandRun.ocenka(["sheet", "return", "--workspace", fixture.root.path, "--as", "chair", "--proposal", "P-3",
                                         "--evaluator", evaluators[1], "--reason", "Липсва обосновка по критерий 6.3."])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.unranked(try Self.rankJSON(fixture), "P-3")?["status"] as? String == "pending")
        try fixture.score("P-3", by: evaluators[1], levelIndex: 0)
        let sheet = try #require(try WorkspaceLoader.load(fixture.root).get().qualitySheet(evaluators[1], "P-3"))
        #expect(sheet.status == .submitted)
        #expect(sheet.statusChange?.reason == "Липсва обосновка по критерий 6.3.")
        #expect(Self.unranked(try Self.rankJSON(fixture), "P-3") == nil)
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }

    @Test("A budget correction above the request is refused; a valid one lowers the amount")
    func correction() throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2"])
        defer { fixture.remove() }
        let workspace = ["--workspace", fixture.root.path, "--as", "chair", "--proposal", "P-1"]
        let tooMuch = try CommandRun.ocenka(["decide", "correct"] + workspace + ["--amount", "30000", "--reason", "x"])
        #expect(tooMuch.status == 1)
        #expect(tooMuch.standardError.contains("надвишават исканата сума"))
        let bad = try CommandRun.ocenka(["decide", "correct"] + workspace + ["--amount", "12.345", "--reason", "x"])
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("--amount"))
        let ok = try CommandRun.ocenka(["decide", "correct"] + workspace + ["--amount", "1 200,00", "--reason", "Недопустими разходи за храна."])
        #expect(ok.status == 0, "\(ok.standardError)")
        try fixture.admit("P-1")
        for evaluator in try fixture.assigned("P-1", .quality) { try fixture.score("P-1", by: evaluator, levelIndex: 0) }
        let json = try Self.rankJSON(fixture)
        let rows = (json["priorities"] as? [[String: Any]])?.first { $0["id"] as? String == "1" }?["rows"] as? [[String: Any]]
        #expect(rows?.first?["amount"] as? String == "23650.00")
    }
}
