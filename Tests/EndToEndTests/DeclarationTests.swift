import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// Every member of the committee signs the declaration of impartiality and confidentiality: the
/// chair and the secretary too, in their own folder and log.
@Suite("The chair and the secretary accept the declaration too")
struct DeclarationTests {
    @Test("declare --as chair records the chair's acceptance; the protocol shows it; check stays clean")
    func chairDeclares() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let shown = try CommandRun.ocenka(["declare", "--workspace", fixture.root.path, "--as", "chair", "--show"])
        #expect(shown.status == 0, "\(shown.standardError)")
        #expect(shown.standardOutput.contains("Аз, Елена Стоянова, в качеството си на член на оценителната комисия"))
        #expect(!FileManager.default.fileExists(atPath: fixture.layout.declarationFile("chair").path), "--show writes nothing")
        let accepted = try CommandRun.ocenka(["declare", "--workspace", fixture.root.path, "--as", "chair"],
                                             environment: ["OCENKA_NOW": "2025-12-01T09:00:00+02:00"])
        #expect(accepted.status == 0, "\(accepted.standardError)")
        #expect(accepted.standardOutput.contains("Декларацията е приета на 01.12.2025 09:00."))
        let again = try CommandRun.ocenka(["declare", "--workspace", fixture.root.path, "--as", "chair"])
        #expect(again.standardOutput.contains("Декларацията вече е приета на 01.12.2025 09:00."))
        let check = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(check.status == 0, "\(check.standardError)")
        let protocolText = try CommandRun.ocenka(["protocol", "--workspace", fixture.root.path, "--stdout",
                                                  "--generated-at", "2025-12-15T12:00:00+02:00"])
        #expect(protocolText.status == 0, "\(protocolText.standardError)")
        let committeeRow = protocolText.standardOutput.split(separator: "\n").first { $0.contains("Елена Стоянова") && $0.contains("ocenka на") }
        #expect(committeeRow?.contains("приета в ocenka на 01.12.2025") == true, "\(committeeRow ?? "")")
    }
}
