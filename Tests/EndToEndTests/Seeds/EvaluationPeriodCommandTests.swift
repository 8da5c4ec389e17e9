import EvaluationCore
import Foundation
import Testing

/// Seed 003's period for the assessment, one month from submission (003_b1d6d98fb7444580.txt:727), in
/// `procedure show` and in the protocol of a workspace built through the CLI.
@Suite("Seed 003: the period for the assessment in the protocol")
struct EvaluationPeriodCommandTests {
    @Test("Each proposal's last day and whether its assessment ended in time")
    func protocolLines() throws {
        let eik = EIK.completing("20000001")!.digits
        let workspace = try SeedWorkspace.make(procedure: "bg-rrp-1.024.json", csv: """
        id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners,settlement,settlementPopulation,nuts3,network
        D-1,2025-11-24T09:00:00+02:00,1,28000.00,"Клуб в Драганово","НЧ „Просвета“",\(eik),other,,с. Драганово,800,BG321,
        D-2,2025-10-31T09:00:00+02:00,1,28000.00,"Клуб в Лозен","НЧ „Светлина“",\(EIK.completing("20000002")!.digits),other,,с. Лозен,900,BG412,

        """)
        defer { workspace.remove() }
        try workspace.check("D-1")
        try workspace.check("D-2")
        let run = try workspace.run(["protocol", "--as", "chair", "--stdout", "--generated-at", SeedWorkspace.now])
        #expect(run.status == 0, "\(run.standardError)")
        let flat = run.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(flat.contains("Срок за оценка"))
        #expect(flat.contains("D-1: подадено 24.11.2025 г.; последен ден 24.12.2025 г.; оценено на 02.12.2025 г. — в срок"), "\(flat)")
        #expect(flat.contains("D-2: подадено 31.10.2025 г.; последен ден 30.11.2025 г.; оценено на 02.12.2025 г. — след срока"))
        let shown = try CommandRun.ocenka(["procedure", "show", "bg-rrp-1.024"])
        #expect(shown.standardOutput.contains("Срок за оценка: един месец от подаването"))
    }
}
