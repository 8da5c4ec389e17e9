import EvaluationCore
import Foundation
import Reports
import TestSupport
import Testing

@Suite("The criteria tree of `ocenka procedure show`")
struct ProcedureOutlineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func procedure(_ file: String) throws -> Procedure {
        try ProcedureDecoder.decode(Data(contentsOf: packageRoot.appendingPathComponent("Config/procedures/\(file)"))).get()
    }

    /// Compares `text` with the golden file; `OCENKA_UPDATE_GOLDEN=1 swift test` rewrites it.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Golden.expect(text, file: packageRoot.appendingPathComponent("Tests/ReportsTests/Golden/\(name)"), sourceLocation: sourceLocation)
    }

    @Test("33.24-2025 in Bulgarian, 80 columns, as the golden file")
    func reference() throws {
        let text = ProcedureOutline(procedure: try Self.procedure("coiduem-33.24-2025.json")).render()
        try Self.expectGolden(text, "coiduem-33.24-2025.outline.txt")
    }

    @Test("The seed-004 checklist in English, as the golden file")
    func checklistInEnglish() throws {
        let text = ProcedureOutline(procedure: try Self.procedure("esf-plus-admin-004.json"), language: .english).render()
        try Self.expectGolden(text, "esf-plus-admin-004.outline.en.txt")
    }

    @Test("Seed 003's direct provision in Bulgarian, 80 columns, with its register rules, as the golden file")
    func directProvision() throws {
        let text = ProcedureOutline(procedure: try Self.procedure("bg-rrp-1.024.json")).render()
        try Self.expectGolden(text, "bg-rrp-1.024.outline.txt")
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("Seed 002 with its components and the quality groups still to be entered, as the golden file")
    func components() throws {
        let text = ProcedureOutline(procedure: try Self.procedure("bg05sfpr001-1.008.json")).render()
        try Self.expectGolden(text, "bg05sfpr001-1.008.outline.txt")
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(text.contains("критериите предстои да бъдат въведени"))
    }

    @Test("Every line fits the width, every criterion and level is there", arguments: [60, 80, 120])
    func fits(width: Int) throws {
        let procedure = try Self.procedure("coiduem-33.24-2025.json")
        let text = ProcedureOutline(procedure: procedure, width: width).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        for criterion in procedure.quality!.criteria {
            #expect(text.contains(" \(criterion.id) "), "criterion \(criterion.id)")
        }
        let levelCount = procedure.quality!.criteria.reduce(0) { $0 + $1.levels.count }
        let levelLines = lines.filter { $0.range(of: #"^\s+\d+ т\.  "#, options: .regularExpression) != nil }
        #expect(levelLines.count == levelCount)
    }
}
