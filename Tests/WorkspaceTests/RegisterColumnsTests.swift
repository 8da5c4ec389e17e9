import EvaluationCore
import Foundation
import Testing
import Workspace

/// The optional register columns of seed 003 (settlement, its population, NUTS 3 area, network).
@Suite("The register's settlement, population, NUTS 3 and network columns")
struct RegisterColumnsTests {
    typealias C = ProposalCSVImportTests

    static let header = "id,registeredAt,priority,requested,title,applicantName,applicantEik,населено място,население,област,мрежа"

    @Test("Read from CSV (Bulgarian names, grouped digits), kept in proposals.json, absent when not given")
    func roundTrip() throws {
        let text = Self.header + "\n"
            + "p-1,25.11.2025 10:00,1,28000,Клуб,НЧ „Просвета“,000695114,с. Драганово,\"1 500\",BG321,\n"
            + "p-2,25.11.2025 11:00,1,28000,Клуб,КНСБ — Пловдив,100000019,гр. Пловдив,280000,BG421,КНСБ\n"
        let proposals = try C.parse(text).get()
        #expect(proposals.map(\.settlementPopulation) == [1500, 280_000])
        #expect(proposals.map(\.nuts3) == ["BG321", "BG421"])
        #expect(proposals.map(\.network) == [nil, "КНСБ"])
        #expect(proposals.first?.settlement == "с. Драганово")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(proposals), as: UTF8.self)
        #expect(json.contains("\"settlementPopulation\":1500"))
        #expect(!json.contains("\"network\":null"))
        let plain = try C.parse(C.oneRow()).get()
        #expect(plain.first?.settlementPopulation == nil && plain.first?.nuts3 == nil)
        let document = Data("{\"format\":1,\"proposals\":\(json)}".utf8)
        let decoded = try ProposalRegisterDecoder.decode(document, procedure: try C.procedure()).get()
        #expect(decoded == proposals)
    }

    @Test("A population that is not a whole number is refused with its line and column", arguments: ["12a", "1.5", "-3", "１２"])
    func badPopulation(_ value: String) throws {
        let text = Self.header + "\n" + "p-1,25.11.2025 10:00,1,28000,Клуб,НЧ „Просвета“,000695114,с. Драганово,\(value),BG321,\n"
        C.expectOneIssue(try C.issues(text), place: "x.csv:2: население", fragment: "не е брой жители")
    }

    @Test("proposals.json refuses a negative or fractional population at its JSON path")
    func badPopulationInJSON() throws {
        let json = """
        {"format":1,"proposals":[{"id":"p-1","registeredAt":"2025-11-25T10:00:00+02:00","title":"Клуб","priority":"1","requested":"100",
        "applicant":{"name":"НЧ","eik":"000695114"},"settlementPopulation":-1}]}
        """
        guard case .failure(let failure) = ProposalRegisterDecoder.decode(Data(json.utf8), procedure: try C.procedure()) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.issues.count == 1)
        #expect(failure.issues.first?.place.contains("$.proposals[0].settlementPopulation") == true, "\(failure.issues)")
    }
}
