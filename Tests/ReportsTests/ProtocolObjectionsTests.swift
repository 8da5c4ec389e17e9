import EvaluationCore
import Foundation
import Reports
import Testing

/// The protocol's section of objections against non-admission (002_60dcf141085ee52b.txt:1148).
@Suite("The protocol's objections")
struct ProtocolObjectionsTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// P-3 is not admitted in the protocol tests' input; one objection is decided, one is still open.
    static func input(decided: Bool) -> ProtocolInput {
        var input = ProtocolReportTests.input()
        let decision = ObjectionDecision(
            outcome: .endProceedings, decidedOn: day("2025-12-11"), decidedBy: "Йордан Димитров, директор на ЦОИДУЕМ",
            grounds: "Кандидатът действително е изпълнявал договор по предходната процедура; основанието за недопускане стои.",
            by: "chair", at: ProtocolReportTests.moment("2025-12-11T15:00"))
        // Notified on Friday 5.12: the week ends on Friday 12.12; received on 9.12, the head's week ends on 16.12.
        input.objections = ObjectionLog(objections: [
            Objection(number: 1, proposal: "P-3", notifiedOn: day("2025-12-05"), receivedOn: day("2025-12-09"),
                      grounds: "Договорът по предходната процедура е сключен от друго юридическо лице.", by: "sec",
                      at: ProtocolReportTests.moment("2025-12-09T11:30"), decision: decided ? decision : nil),
        ])
        return input
    }

    static func section(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasSuffix("ВЪЗРАЖЕНИЯ СРЕЩУ НЕДОПУСКАНЕТО") }) else { return "" }
        let end = lines[(start + 2)...].firstIndex(where: { $0.hasPrefix("───") }).map { $0 - 3 } ?? lines.count
        return lines[start...end].joined(separator: "\n") + "\n"
    }

    @Test("A decided objection, in Bulgarian at 80 columns, as the golden file")
    func decided() throws {
        let text = ProtocolReport(Self.input(decided: true), width: 80).render()
        let section = Self.section(text)
        try ProcedureOutlineTests.expectGolden(section, "protocol-objections.bg.txt")
        #expect(text.contains("VI. ВЪЗРАЖЕНИЯ СРЕЩУ НЕДОПУСКАНЕТО"))
        #expect(text.contains("VII. КЛАСИРАНЕ"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("An open objection says that no decision is made yet; the English protocol has the section too")
    func open() {
        let flat = ProtocolReportTests.flat(ProtocolReport(Self.input(decided: false)).render())
        #expect(flat.contains("Решение: не е постановено"))
        #expect(flat.contains("Срок за произнасяне: 16.12.2025 г."))
        let english = ProtocolReportTests.flat(ProtocolReport(Self.input(decided: false), language: .english).render())
        #expect(english.contains("OBJECTIONS AGAINST NON-ADMISSION"))
        #expect(english.contains("Decision: not yet made"))
    }

    @Test("Without objections the protocol has no such section")
    func none() {
        #expect(!ProtocolReport(ProtocolReportTests.input()).render().contains("ВЪЗРАЖЕНИЯ"))
    }
}
