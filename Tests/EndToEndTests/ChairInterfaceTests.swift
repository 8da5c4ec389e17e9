import EvaluationCore
import Foundation
import Testing
import Workspace

/// The chair's screens in a real terminal, on the demo workspace.
@Suite(
    "The chair's screens in a real terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not on PATH; the end-to-end terminal tests need it"),
    .oneAtATime
)
struct ChairInterfaceTests {
    static func demo() throws -> URL {
        let folder = try CommandRun.temporaryFolder().appendingPathComponent("demo")
        let run = try CommandRun.ocenka(["demo", folder.path, "--summary"])
        #expect(run.status == 0, "\(run.standardError)")
        return folder
    }

    static func joined(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test("Consensus score, a budget correction that funds a reserve proposal, the ranking on screen, the protocol exported")
    func resolveCorrectAndExport() async throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let executable = OcenkaExecutable.shellQuoted(try OcenkaExecutable.path())
        var environment = TmuxSession.utf8Environment
        environment["OCENKA_NOW"] = "2025-12-12T10:00:00+02:00"
        let tmux = try TmuxSession.start("\(executable) --workspace '\(root.path)' --as chair; echo \"ocenka-exit=$?\"; exec sleep 600",
                                         environment: environment)
        defer { tmux.kill() }
        // 33.24-2025-008 (the spread) and 33.24-2025-022 (above the maximum per project) wait for the chair.
        try await tmux.waitFor(text: "ПРЕДВАРИТЕЛНО класиране: 2 предложения чакат решение")

        try tmux.sendKeys("Tab")
        try await tmux.waitFor(text: "Чака решение: разлика от 24,00 т. при допустими 20,00 т.")
        try tmux.sendKeys("c")
        try await tmux.waitFor(text: "Консенсусна оценка — 33.24-2025-008")
        try tmux.sendLiteral("70,00")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Мотиви (задължително)")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Всяко решение се мотивира")
        try tmux.sendLiteral("Комисията обсъди разминаването в групи 3 и 4 и прие 70,00 т.")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Записано е решение № 1 (консенсусна оценка) за 33.24-2025-008.")
        try await tmux.waitFor(text: "1 предложение чака решение")

        try tmux.sendKeys("Tab")
        try await tmux.waitFor(text: "Бюджет 500 000,00 лв.")
        try tmux.sendKeys("4")
        try await tmux.waitFor(text: "Бюджет 140 000,00 лв.")
        let before = try await tmux.waitUntil("the reserve proposal 017") { screen in
            screen.split(separator: "\n").contains { $0.contains("33.24-2025-017") && $0.contains("резерва") }
        }
        #expect(before.contains("дотук стига бюджетът"))
        for _ in 0..<9 { try tmux.sendKeys("j") }
        try tmux.sendKeys("b")
        try await tmux.waitFor(text: "Корекция на бюджета — 33.24-2025-017")
        try tmux.sendLiteral("4 400,00")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Мотиви (задължително)")
        try tmux.sendLiteral("Недопустими разходи за храна и ДМА над прага на същественост.")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Записано е решение № 2 (корекция на бюджета) за 33.24-2025-017.")
        let after = try await tmux.waitUntil("017 approved") { screen in
            screen.split(separator: "\n").contains { $0.contains("33.24-2025-017") && $0.contains("одобрено") }
        }
        #expect(after.contains("9 560,80"))

        try tmux.sendKeys("Tab")
        try await tmux.waitFor(text: "ПРОТОКОЛ")
        try tmux.sendKeys("x")
        let exported = try await tmux.waitFor(text: "Протоколът е записан в")
        #expect(Self.joined(exported).contains("protocol-coiduem-33.24-2025-2025-12-12.txt"))
        try tmux.sendKeys("q")
        try await tmux.waitFor(text: "ocenka-exit=0")

        let decisions = try String(contentsOf: root.appendingPathComponent("chair/decisions.json"), encoding: .utf8)
        #expect(decisions.contains("\"kind\" : \"consensusScore\""))
        #expect(decisions.contains("\"points\" : \"70\""))
        #expect(decisions.contains("\"kind\" : \"budgetCorrection\""))
        #expect(decisions.contains("\"amount\" : \"4400.00\""))
        #expect(decisions.contains("Недопустими разходи за храна"))
        let audit = try String(contentsOf: root.appendingPathComponent("chair/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"action\":\"decide.consensusScore\""))
        #expect(audit.contains("\"action\":\"decide.budgetCorrection\""))

        let rank = try CommandRun.ocenka(["rank", "--workspace", root.path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(rank.standardOutput.utf8)) as? [String: Any])
        let priorities = try #require(json["priorities"] as? [[String: Any]])
        let four = try #require(priorities.first { $0["id"] as? String == "4" }?["rows"] as? [[String: Any]])
        let row = try #require(four.first { $0["proposal"] as? String == "33.24-2025-017" })
        #expect(row["status"] as? String == "approved")
        #expect(row["amount"] as? String == "9560.80")
        let two = try #require(priorities.first { $0["id"] as? String == "2" }?["rows"] as? [[String: Any]])
        #expect(two.first { $0["proposal"] as? String == "33.24-2025-008" }?["score"] as? String == "70.00")

        let protocolText = try String(contentsOf: root.appendingPathComponent("exports/protocol-coiduem-33.24-2025-2025-12-12.txt"), encoding: .utf8)
        #expect(protocolText.contains("консенсусна оценка"))
        #expect(protocolText.contains("Комисията обсъди разминаването в групи 3 и 4"))
        #expect(protocolText.contains("Недопустими разходи за храна"))
        #expect(try CommandRun.ocenka(["check", "--workspace", root.path]).status == 0)
    }

    @Test("A member who is not the chair is refused the chair's screens with a clear message")
    func nonChairRefused() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let run = try CommandRun.ocenka(["chair", "--workspace", root.path, "--as", "e1"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("Екраните на председателя: право на това има само председател; Мария Георгиева (e1) е оценител"))
    }
}
