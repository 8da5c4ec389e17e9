import EvaluationCore
import Testing

@Suite("ЕИК/БУЛСТАТ codes and the register's automatic findings")
struct RegisterTests {
    // MARK: - EIK

    /// МОН: 0·1+0·2+0·3+6·4+9·5+5·6+1·7+1·8 = 114 ≡ 4 (mod 11), so the ninth digit is 4.
    /// Столична община: 6·4+9·5+6·6+3·7+2·8 = 142 ≡ 10, so the weights 3–10: 6·6+9·7+6·8+3·9+2·10 = 194 ≡ 7.
    @Test("Real codes checked by hand are valid", arguments: ["000695114", "000696327", "000 695 114"])
    func realCodes(code: String) throws {
        let eik = try EIK.validate(code).get()
        #expect(eik.digits == code.filter { $0 != " " })
    }

    /// 10000055: 1+5·7+5·8 = 76 ≡ 10; with 3–10: 3+5·9+5·10 = 98 ≡ 10 again, so the check digit is 0.
    @Test func tenTwiceGivesZero() {
        #expect((try? EIK.validate("100000550").get()) != nil)
        #expect(EIK.validate("100000551") == .failure(.wrongCheckDigit(expected: 0)))
    }

    @Test("Wrong check digits are refused with the digit expected", arguments: [
        ("000695115", 4), ("000695110", 4), ("000696320", 7), ("000696328", 7),
        // 13 digits: digits 9–12 (4, 0, 0, 1) weigh 2, 7, 3, 5: 8+5 = 13 ≡ 2.
        ("0006951140013", 2),
        // The ninth digit is checked first, in a 13-digit code too.
        ("0006951150012", 4),
    ])
    func wrongCheckDigit(code: String, expected: Int) {
        #expect(EIK.validate(code) == .failure(.wrongCheckDigit(expected: expected)))
        #expect(EIK.Problem.wrongCheckDigit(expected: expected).message.bulgarian.contains("очаква се \(expected)"))
    }

    @Test("Wrong lengths and characters are refused", arguments: [
        ("12345678", EIK.Problem.wrongLength(8)), ("0006951140", .wrongLength(10)), ("00069511400121", .wrongLength(14)),
        ("", .notDigits), ("00069511A", .notDigits), ("000-695-114", .notDigits), ("٠٠٠٦٩٥١١٤", .notDigits),
    ])
    func wrongShape(code: String, problem: EIK.Problem) {
        #expect(EIK.validate(code) == .failure(problem))
    }

    @Test func thirteenDigits() throws {
        #expect(try EIK.validate("0006951140012").get().digits == "0006951140012")
        let branch = try #require(EIK.completing("000695110001"))
        #expect(branch.digits == "0006951140012")
        #expect(branch.digits.count == 13)
        #expect((try? EIK.validate(branch.digits).get()) == branch)
        var changed = branch.digits
        let last = changed.removeLast()
        changed.append(last == "9" ? "0" : Character(String(last.wholeNumberValue! + 1)))
        #expect(EIK.validate(changed) == .failure(.wrongCheckDigit(expected: last.wholeNumberValue!)))
    }

    @Test("EIK.completing gives valid codes of 9 and 13 digits")
    func completingGivesValidCodes() throws {
        for number in stride(from: 0, to: 99_999_999, by: 7_654_321) {
            let prefix = String(String(number).reversed()).padding(toLength: 8, withPad: "0", startingAt: 0)
            let nine = try #require(EIK.completing(prefix))
            #expect(nine.digits.count == 9)
            #expect(nine.digits.hasPrefix(prefix))
            #expect((try? EIK.validate(nine.digits).get()) == nine)
            for branch in ["0001", "0123", "0999"] {
                let thirteen = try #require(EIK.completing(prefix + branch))
                #expect(thirteen.digits.count == 13)
                #expect(thirteen.digits.hasPrefix(nine.digits))
                #expect(thirteen.digits.dropFirst(9).hasPrefix(branch.dropFirst()))
                #expect((try? EIK.validate(thirteen.digits).get()) == thirteen)
            }
        }
        #expect(EIK.completing("0006951") == nil)
        #expect(EIK.completing("000695114") == nil)
        #expect(EIK.completing("0006951a") == nil)
    }

    // MARK: - Findings

    static let registeredAt = Timestamp("2025-11-25T14:03:00+02:00")!

    static func proposal(_ id: String, priority: String = "1", requested: String = "20000.00", applicant: String,
                         partners: [String] = []) throws -> Proposal {
        Proposal(id: id, registeredAt: registeredAt, title: "Проект \(id)", priority: priority,
                 requested: try Money.parse(requested).get(),
                 applicant: Organisation(name: "Кандидат \(applicant)", eik: applicant, type: "school"),
                 partners: partners.map { Organisation(name: "Партньор \($0)", eik: $0) })
    }

    static func findings(_ proposals: [Proposal]) throws -> [String: [Finding]] {
        let applied = RegisterFindings.apply(to: proposals, procedure: try Fixtures.reference)
        return Dictionary(uniqueKeysWithValues: applied.map { ($0.id, $0.findings) })
    }

    @Test("Above the maximum per project is a finding; exactly at it is not")
    func maximumPerProject() throws {
        let findings = try Self.findings([
            try Self.proposal("a", requested: "25000.01", applicant: "000695114"),
            try Self.proposal("b", requested: "25000.00", applicant: "000696327"),
            try Self.proposal("c", priority: "4", requested: "15000.01", applicant: "100000019"),
        ])
        #expect(findings["a"] == [Finding(kind: .requestedAboveMaximum, limit: Money(minorUnits: 2_500_000))])
        #expect(findings["b"] == [])
        #expect(findings["c"] == [Finding(kind: .requestedAboveMaximum, limit: Money(minorUnits: 1_500_000))])
        let message = try #require(findings["a"]?.first).message(currency: "BGN")
        #expect(message.bulgarian == "исканата сума надвишава максималната за проект по приоритета (25 000,00 лв.)")
    }

    @Test func belowTheMinimum() throws {
        var procedure = try Fixtures.reference
        procedure.priorities[0].minPerProject = Money(minorUnits: 500_000)
        let applied = RegisterFindings.apply(to: [
            try Self.proposal("a", requested: "4999.99", applicant: "000695114"),
            try Self.proposal("b", requested: "5000.00", applicant: "000696327"),
        ], procedure: procedure)
        #expect(applied[0].findings == [Finding(kind: .requestedBelowMinimum, limit: Money(minorUnits: 500_000))])
        #expect(applied[1].findings == [])
    }

    @Test("An applicant in two proposals: both get the finding, naming the other")
    func applicantTwice() throws {
        let findings = try Self.findings([
            try Self.proposal("a", applicant: "000695114"),
            try Self.proposal("b", priority: "2", applicant: "000695114"),
            try Self.proposal("c", applicant: "000696327"),
        ])
        #expect(findings["a"] == [Finding(kind: .applicantInSeveralProposals, proposals: ["b"], eik: "000695114")])
        #expect(findings["b"] == [Finding(kind: .applicantInSeveralProposals, proposals: ["a"], eik: "000695114")])
        #expect(findings["c"] == [])
        let message = try #require(findings["a"]?.first).message(currency: "BGN")
        #expect(message.bulgarian == "кандидатът (ЕИК 000695114) е кандидат и в: b")
    }

    @Test("A partner in two proposals: both get the finding, naming the other")
    func partnerTwice() throws {
        let findings = try Self.findings([
            try Self.proposal("a", applicant: "000695114", partners: ["120000005", "140000030"]),
            try Self.proposal("b", priority: "2", applicant: "000696327", partners: ["120000005"]),
            try Self.proposal("c", priority: "4", requested: "15000.00", applicant: "100000019",
                              partners: ["120000005", "120000005"]),
        ])
        #expect(findings["a"] == [Finding(kind: .partnerInSeveralProposals, proposals: ["b", "c"], eik: "120000005")])
        #expect(findings["b"] == [Finding(kind: .partnerInSeveralProposals, proposals: ["a", "c"], eik: "120000005")])
        #expect(findings["c"] == [Finding(kind: .partnerInSeveralProposals, proposals: ["a", "b"], eik: "120000005")])
    }

    @Test("A partner that applies itself: a finding in the same priority, none in another")
    func partnerAlsoApplicant() throws {
        let findings = try Self.findings([
            try Self.proposal("own", priority: "1", applicant: "120000005"),
            try Self.proposal("same", priority: "1", applicant: "000695114", partners: ["120000005"]),
        ])
        #expect(findings["same"] == [Finding(kind: .partnerInOwnPriority, proposals: ["own"], eik: "120000005")])
        #expect(findings["own"] == [])

        let elsewhere = try Self.findings([
            try Self.proposal("own", priority: "2", applicant: "120000005"),
            try Self.proposal("other", priority: "1", applicant: "000695114", partners: ["120000005"]),
        ])
        #expect(elsewhere["other"] == [])
        #expect(elsewhere["own"] == [])
    }

    @Test("Findings are recomputed, not added to")
    func findingsReplaced() throws {
        var stale = try Self.proposal("a", applicant: "000695114")
        stale.findings = [Finding(kind: .applicantInSeveralProposals, proposals: ["gone"], eik: "000695114")]
        #expect(try Self.findings([stale])["a"] == [])
    }
}
