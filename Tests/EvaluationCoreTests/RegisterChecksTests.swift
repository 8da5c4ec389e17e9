import EvaluationCore
import Foundation
import Testing

/// `registerChecks` and the priority's activities: what the register's columns are checked for
/// (001_97f339b8af9b0d1c.txt:58, 113, 259, 306, 371, 415, 421), the findings and their boundaries.
@Suite("Register checks declared as data")
struct RegisterChecksUnitTests {
    static func procedure(_ checks: [[String: Any]]) throws -> Procedure {
        try Fixtures.decodeSmall { $0["registerChecks"] = checks }.get()
    }

    static func proposal(priority: String = "1", requested: Int64 = 2_000_000, type: String? = "school",
                         partners: [Organisation] = []) -> Proposal {
        Proposal(id: "P-1", registeredAt: Timestamp("2025-11-20T10:00:00+02:00")!, title: "Т", priority: priority,
                 requested: Money(minorUnits: requested), applicant: Organisation(name: "А", eik: "000695114", type: type),
                 partners: partners)
    }

    static func kinds(_ proposal: Proposal, _ procedure: Procedure) -> [Finding.Kind] {
        RegisterFindings.apply(to: [proposal], procedure: procedure)[0].findings.map(\.kind)
    }

    static var all: [[String: Any]] { [
        ["kind": "applicantTypes", "types": ["school", "kindergarten"]],
        ["kind": "partnerTypes", "types": ["school"]],
        ["kind": "durationMonths", "minimum": 7, "maximum": 9],
        ["kind": "budgetLineShare", "line": "management", "maxPercent": "15"],
        ["kind": "budgetLineCap", "line": "publicity", "max": "500"],
    ] }

    @Test("Each check at and just past its boundary; a column not given finds nothing")
    func boundaries() throws {
        let procedure = try Self.procedure(Self.all)
        #expect(procedure.registerChecks.map(\.kind) == ["applicantTypes", "partnerTypes", "durationMonths", "budgetLineShare", "budgetLineCap"])
        var proposal = Self.proposal()
        #expect(Self.kinds(proposal, procedure).isEmpty)
        proposal.durationMonths = 7
        proposal.budgetLines = ["management": Money(minorUnits: 300_000), "publicity": Money(minorUnits: 50_000)]
        #expect(Self.kinds(proposal, procedure).isEmpty, "15 % of 20 000,00 is 3 000,00; 500,00 is allowed")
        proposal.durationMonths = 6
        proposal.budgetLines = ["management": Money(minorUnits: 300_001), "publicity": Money(minorUnits: 50_001)]
        #expect(Self.kinds(proposal, procedure) == [.durationOutOfRange, .budgetLineAboveShare, .budgetLineAboveCap])
        let share = RegisterFindings.apply(to: [proposal], procedure: procedure)[0].findings[1]
        #expect(share.limit == Money(minorUnits: 300_000))
        #expect(share.message(currency: "BGN").bulgarian.hasPrefix("бюджетният ред „management“ (3 000,01 лв.) надвишава 15"))
        proposal.durationMonths = 10
        #expect(Self.kinds(proposal, procedure).first == .durationOutOfRange)
        #expect(Self.kinds(Self.proposal(type: "municipality"), procedure) == [.applicantTypeNotEligible])
        #expect(Self.kinds(Self.proposal(type: nil), procedure).isEmpty, "no type in the register: for the evaluator")
        let partners = [Organisation(name: "Б", eik: "000970411", type: "school"), Organisation(name: "В", eik: "121212123", type: "other"),
                        Organisation(name: "Г", eik: "000000000")]
        let found = RegisterFindings.apply(to: [Self.proposal(partners: partners)], procedure: procedure)[0].findings
        #expect(found.map(\.kind) == [.partnerTypeNotEligible])
        #expect(found.first?.eik == "121212123")
    }

    @Test("Activities against the priority: mandatory, eligible, the minimum")
    func activities() throws {
        let procedure = try Self.procedure([])
        var proposal = Self.proposal()
        #expect(Self.kinds(proposal, procedure).isEmpty, "no activities in the register")
        proposal.activities = ["1.1", "1.2"]
        #expect(Self.kinds(proposal, procedure).isEmpty)
        proposal.activities = ["1.2", "9.9"]
        let findings = RegisterFindings.apply(to: [proposal], procedure: procedure)[0].findings
        #expect(findings.map(\.kind) == [.mandatoryActivitiesMissing, .activitiesNotEligible])
        #expect(findings.map(\.items) == [["1.1"], ["9.9"]])
        // 33.24-2025's priority 4: at least 2 of its activities (001 line 371).
        let reference = try Fixtures.reference
        var four = Self.proposal(priority: "4", requested: 1_000_000)
        four.activities = ["1", "1"]
        #expect(Self.kinds(four, reference) == [.tooFewActivities])
        four.activities = ["1", "3"]
        #expect(Self.kinds(four, reference).isEmpty)
        var one = Self.proposal(priority: "1", requested: 1_000_000)
        one.activities = ["1.1", "1.4", "2.2"]
        #expect(RegisterFindings.apply(to: [one], procedure: reference)[0].findings.map(\.items) == [["2.3"]], "001 line 259")
    }

    @Test("Malformed checks are refused with their path", arguments: [
        (#"{"kind": "durationMonth", "minimum": 7, "maximum": 9}"#, "$.registerChecks[0].kind", "не е вид проверка"),
        (#"{"kind": "durationMonths", "minimum": 9, "maximum": 7}"#, "$.registerChecks[0].maximum", "под минимума"),
        (#"{"kind": "applicantTypes", "types": ["школа"]}"#, "$.registerChecks[0].types[0]", "непознат вид"),
        (#"{"kind": "budgetLineShare", "line": "management", "maxPercent": "150"}"#, "$.registerChecks[0].maxPercent", "до 100"),
        (#"{"kind": "budgetLineCap", "line": "публичност", "max": "500"}"#, "$.registerChecks[0].line", "не е име на бюджетен ред"),
        (#"{"kind": "budgetLineCap", "line": "publicity", "max": "0"}"#, "$.registerChecks[0].max", "положителна"),
        (#"{"kind": "durationMonths", "minimum": 7, "maximum": 9, "months": 8}"#, "$.registerChecks[0].months", "непознато поле"),
    ])
    func refuses(_ json: String, _ path: String, _ says: String) throws {
        let check = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        guard case .failure(let failure) = try Fixtures.decodeSmall({ $0["registerChecks"] = [check] }) else {
            Issue.record("accepted \(json)")
            return
        }
        #expect(failure.issues.contains { $0.place == path && $0.message.bulgarian.contains(says) }, "\(failure.issues)")
    }

    @Test("A check twice on the same line is refused; on two lines it is not")
    func duplicates() throws {
        let twice: [[String: Any]] = [["kind": "budgetLineCap", "line": "publicity", "max": "500"], ["kind": "budgetLineCap", "line": "publicity", "max": "600"]]
        guard case .failure = try Fixtures.decodeSmall({ $0["registerChecks"] = twice }) else {
            Issue.record("accepted twice")
            return
        }
        let two: [[String: Any]] = [["kind": "budgetLineCap", "line": "publicity", "max": "500"], ["kind": "budgetLineCap", "line": "travel", "max": "600"]]
        #expect(try Self.procedure(two).registerChecks.count == 2)
    }
}
