import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// `ocenka sheet import` of a checklist with the remedy's real dates: the deadline must be the one the
/// procedure gives from the receipt (seed 001 line 512), with 31.12.2025 and 02.01.2026 non-working.
@Suite("Importing a checklist with remedy dates")
struct RemedyImportTests {
    static func sheet(_ proposal: String, due: String) throws -> Data {
        try JSONSerialization.data(withJSONObject: [
            "format": 1, "kind": "admin", "proposal": proposal, "evaluator": "e1", "status": "draft",
            "conflict": ["declared": false, "at": "2025-12-29T09:00:00+02:00"],
            "answers": ["I.1": ["answer": "yes", "note": ""], "II.1": ["answer": "no", "note": "Липсва автобиографията на счетоводителя."]],
            "remedy": [["criterion": "II.1", "requestedAt": "2025-12-29T09:30:00+02:00", "dueDate": due,
                        "request": "Моля, приложете подписаната автобиография.",
                        "noticeSentOn": "2025-12-29", "noticeReceivedOn": "2025-12-29"]],
        ] as [String: Any], options: [.sortedKeys])
    }

    @Test("A deadline of 31.12.2025 for a notice received on 29.12.2025 is refused, naming 05.01.2026; 05.01.2026 is accepted")
    func deadline() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        let file = fixture.root.deletingLastPathComponent().appendingPathComponent("sheet.json")
        let arguments = ["sheet", "import", "--workspace", fixture.root.path, "--as", "e1", file.path]

        let before = try fixture.contents()
        try Self.sheet(proposal, due: "2025-12-31").write(to: file)
        let wrong = try CommandRun.ocenka(arguments)
        #expect(wrong.status == 1)
        #expect(wrong.standardError.contains("remedy[0].dueDate"), "\(wrong.standardError)")
        #expect(wrong.standardError.contains("05.01.2026"), "\(wrong.standardError)")
        #expect(try fixture.contents() == before)

        try Self.sheet(proposal, due: "2026-01-05").write(to: file)
        let right = try CommandRun.ocenka(arguments)
        #expect(right.status == 0, "\(right.standardError)")
        let saved = try String(contentsOf: fixture.layout.sheetFile("e1", proposal: proposal, stage: .admin), encoding: .utf8)
        #expect(saved.contains("\"noticeReceivedOn\" : \"2025-12-29\""))
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }
}
