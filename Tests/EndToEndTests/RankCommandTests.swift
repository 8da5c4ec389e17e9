import Foundation
import Testing

@Suite("ocenka rank on the demo workspace")
struct RankCommandTests {
    @Test("--format json parses and has the shape given in Docs/decisions.md (Ranking)")
    func jsonShape() throws {
        let folder = try CommandRun.temporaryFolder().appendingPathComponent("demo")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        #expect(try CommandRun.ocenka(["demo", folder.path, "--summary"]).status == 0)
        let run = try CommandRun.ocenka(["rank", "--workspace", folder.path, "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(json["procedure"] as? String == "coiduem-33.24-2025")
        #expect(json["final"] as? Bool == false)
        let priorities = try #require(json["priorities"] as? [[String: Any]])
        #expect(priorities.map { $0["id"] as? String } == ["1", "2", "4"])
        for priority in priorities {
            for key in ["budget", "allocated", "remaining"] {
                let value = try #require(priority[key] as? String, "\(key)")
                #expect(value.range(of: #"^\d+\.\d\d$"#, options: .regularExpression) != nil, "\(key) = \(value)")
            }
            let rows = try #require(priority["rows"] as? [[String: Any]])
            for (index, row) in rows.enumerated() {
                #expect(row["rank"] as? Int == index + 1)
                #expect((row["proposal"] as? String)?.hasPrefix("33.24-2025-") == true)
                #expect((row["score"] as? String)?.range(of: #"^\d+\.\d\d$"#, options: .regularExpression) != nil)
                #expect((row["amount"] as? String)?.range(of: #"^\d+\.\d\d$"#, options: .regularExpression) != nil)
                #expect(["approved", "reserve"].contains(row["status"] as? String ?? ""))
            }
        }
        let four = try #require(priorities.last?["rows"] as? [[String: Any]])
        #expect(four.contains { $0["status"] as? String == "reserve" }, "priority 4's budget runs out in the demo")
        let unranked = try #require(json["unranked"] as? [[String: Any]])
        #expect(unranked.contains { $0["proposal"] as? String == "33.24-2025-005" && $0["status"] as? String == "notAdmitted"
            && ($0["reasons"] as? [String]) == ["I.1"] })
        #expect(unranked.contains { $0["proposal"] as? String == "33.24-2025-008" && $0["status"] as? String == "needsDecision" })
        #expect(unranked.contains { $0["proposal"] as? String == "33.24-2025-007" && $0["status"] as? String == "belowFloor" })
        let text = try CommandRun.ocenka(["rank", "--workspace", folder.path, "--priority", "4"])
        #expect(text.standardOutput.contains("дотук стига бюджетът"))
        let csv = try CommandRun.ocenka(["rank", "--workspace", folder.path, "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("priority,rank,proposal,applicant,applicantEik,score,amount,runningTotal,status,reasons\n"))
    }
}
