import EvaluationCore
import Foundation
import Testing

/// One broken procedure: what is changed, the JSON path the message must name, and words it must say.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let change: @Sendable (inout [String: Any]) -> Void
    let path: String
    let says: String

    var testDescription: String { name }
}

@Suite("Malformed procedures are refused with the JSON path and what was expected")
struct MalformedProcedureTests {
    static let cases: [MalformedCase] = [
        MalformedCase(name: "duplicate criterion id", change: {
            $0.set(["quality", "groups", 0, "criteria", 1, "id"], to: "1.1")
        }, path: "$.quality.groups[0].criteria[1].id", says: "„1.1“ се повтаря"),
        MalformedCase(name: "duplicate criterion id across groups", change: {
            $0.set(["quality", "groups", 1, "criteria", 0, "id"], to: "1.2")
        }, path: "$.quality.groups[1].criteria[0].id", says: "вече е в $.quality.groups[0].criteria[1].id"),
        MalformedCase(name: "level points twice", change: {
            $0.set(["quality", "groups", 0, "criteria", 0, "levels", 1, "points"], to: "3")
        }, path: "$.quality.groups[0].criteria[0].levels[1].points", says: "се повтаря"),
        MalformedCase(name: "levels not from highest to lowest", change: {
            $0.set(["quality", "groups", 0, "criteria", 1, "levels"], to: [["points": "0", "text": "не"], ["points": "2", "text": "да"]])
        }, path: "$.quality.groups[0].criteria[1].levels[1].points", says: "от най-високото към най-ниското"),
        MalformedCase(name: "group maxima not summing to the maximum", change: {
            $0.set(["quality", "maxPoints"], to: "12")
        }, path: "$.quality.maxPoints", says: "5 + 5 = 10"),
        MalformedCase(name: "declared group maximum wrong", change: {
            $0.set(["quality", "groups", 0, "maxPoints"], to: "6")
        }, path: "$.quality.groups[0].maxPoints", says: "3 + 2 = 5"),
        MalformedCase(name: "declared criterion maximum above its highest level", change: {
            $0.set(["quality", "groups", 0, "criteria", 0, "maxPoints"], to: "4")
        }, path: "$.quality.groups[0].criteria[0].maxPoints", says: "най-високото му ниво е 3 т."),
        MalformedCase(name: "floor above the maximum", change: {
            $0.set(["quality", "floor"], to: "10.01")
        }, path: "$.quality.floor", says: "над максималния"),
        MalformedCase(name: "rule naming a missing criterion", change: {
            $0.set(["quality", "rules", 0, "criterion"], to: "9.9")
        }, path: "$.quality.rules[0].criterion", says: "„9.9“, който не съществува"),
        MalformedCase(name: "zero rule on a criterion without a 0 level", change: {
            $0.set(["quality", "groups", 0, "criteria", 1, "levels"], to: [["points": "2", "text": "да"], ["points": "1", "text": "отчасти"]])
            $0.set(["quality", "rules", 0, "criterion"], to: "1.2")
        }, path: "$.quality.rules[0].criterion", says: "няма ниво с 0 т."),
        MalformedCase(name: "unknown rule kind", change: {
            $0.set(["quality", "rules", 0, "kind"], to: "doublePoints")
        }, path: "$.quality.rules[0].kind", says: "непознато правило"),
        MalformedCase(name: "money with three decimals", change: {
            $0.set(["priorities", 0, "budget"], to: "100000.001")
        }, path: "$.priorities[0].budget", says: "повече от 2 знака"),
        MalformedCase(name: "money as a floating-point JSON number", change: {
            $0.set(["priorities", 0, "budget"], to: 100000.5)
        }, path: "$.priorities[0].budget", says: "дробните числа се записват като текст"),
        MalformedCase(name: "money in exponent notation", change: {
            $0.set(["priorities", 0, "budget"], to: "1e5")
        }, path: "$.priorities[0].budget", says: "„1e5“ не е число"),
        MalformedCase(name: "negative budget", change: {
            $0.set(["priorities", 1, "budget"], to: "-50000")
        }, path: "$.priorities[1].budget", says: "трябва да е положителна"),
        MalformedCase(name: "zero budget", change: {
            $0.set(["priorities", 1, "budget"], to: "0")
        }, path: "$.priorities[1].budget", says: "трябва да е положителна"),
        MalformedCase(name: "maximum per project above the budget", change: {
            $0.set(["priorities", 1, "maxPerProject"], to: "60000")
        }, path: "$.priorities[1].maxPerProject", says: "надвишава бюджета"),
        MalformedCase(name: "duplicate priority id", change: {
            $0.set(["priorities", 1, "id"], to: "1")
        }, path: "$.priorities[1].id", says: "приоритет „1“ се повтаря"),
        MalformedCase(name: "mandatory activity not eligible", change: {
            $0.set(["priorities", 0, "mandatoryActivities"], to: ["1.1", "3.7"])
        }, path: "$.priorities[0].mandatoryActivities[1]", says: "„3.7“ не е сред допустимите"),
        MalformedCase(name: "unknown onNo", change: {
            $0.set(["admin", "groups", 0, "criteria", 0, "onNo"], to: "reject!")
        }, path: "$.admin.groups[0].criteria[0].onNo", says: "„reject“, „remedy“"),
        MalformedCase(name: "allowsNA as a string", change: {
            $0.set(["admin", "groups", 0, "criteria", 1, "allowsNA"], to: "yes")
        }, path: "$.admin.groups[0].criteria[1].allowsNA", says: "очаква се true или false, а е текст"),
        MalformedCase(name: "duplicate admin criterion", change: {
            $0.set(["admin", "groups", 1, "criteria", 0, "id"], to: "I.1")
        }, path: "$.admin.groups[1].criteria[0].id", says: "критерий „I.1“ се повтаря"),
        MalformedCase(name: "missing criterion text", change: {
            $0.set(["admin", "groups", 0, "criteria", 0, "text"], to: nil)
        }, path: "$.admin.groups[0].criteria[0].text", says: "липсва задължителното поле „text“"),
        MalformedCase(name: "misspelt field", change: {
            $0.set(["admin", "groups", 0, "criteria", 0, "alowsNA"], to: true)
        }, path: "$.admin.groups[0].criteria[0].alowsNA", says: "непознато поле „alowsNA“"),
        MalformedCase(name: "remedy days as text", change: {
            $0.set(["admin", "remedyDays"], to: "2")
        }, path: "$.admin.remedyDays", says: "очаква се цяло число"),
        MalformedCase(name: "negative remedy days", change: {
            $0.set(["admin", "remedyDays"], to: -1)
        }, path: "$.admin.remedyDays", says: "извън допустимото"),
        MalformedCase(name: "unknown remedy day kind", change: {
            $0.set(["admin", "remedyDayKind"], to: "business")
        }, path: "$.admin.remedyDayKind", says: "„calendar“, „working“"),
        MalformedCase(name: "spread over 100%", change: {
            $0.set(["reconciliation", "maxSpreadPercentOfMax"], to: "120")
        }, path: "$.reconciliation.maxSpreadPercentOfMax", says: "между 0 и 100"),
        MalformedCase(name: "tie-break naming a missing group", change: {
            $0.set(["ranking", "tieBreak"], to: ["total", "group:7"])
        }, path: "$.ranking.tieBreak[1]", says: "няма група критерии „7“"),
        MalformedCase(name: "unknown budget policy", change: {
            $0.set(["ranking", "budgetPolicy"], to: "fundEverything")
        }, path: "$.ranking.budgetPolicy", says: "не е позволена стойност"),
        MalformedCase(name: "a proposal id with a slash", change: {
            $0.set(["id"], to: "33/24")
        }, path: "$.id", says: "само латински букви"),
        MalformedCase(name: "unsupported format", change: {
            $0.set(["format"], to: 2)
        }, path: "$.format", says: "форматът 2 не се поддържа"),
        MalformedCase(name: "more than nine levels", change: {
            $0.set(["quality", "groups", 0, "criteria", 1, "levels"], to: (0..<10).reversed().map { ["points": "\($0)", "text": "ниво \($0)"] })
            $0.set(["quality", "groups", 0, "maxPoints"], to: nil)
        }, path: "$.quality.groups[0].criteria[1].levels", says: "най-много 9"),
        MalformedCase(name: "deadline without a time zone", change: {
            $0.set(["submissionDeadline"], to: "2025-11-26T00:00:00")
        }, path: "$.submissionDeadline", says: "с часова зона"),
        MalformedCase(name: "currency code in lower case", change: {
            $0.set(["currency"], to: "bgn")
        }, path: "$.currency", says: "три главни латински букви"),
        MalformedCase(name: "quality group that is not an object", change: {
            $0.set(["quality", "groups", 1], to: "Съответствие")
        }, path: "$.quality.groups[1]", says: "очаква се обект"),
        MalformedCase(name: "reconciliation without quality", change: {
            $0.set(["quality"], to: nil)
            $0.set(["ranking"], to: nil)
        }, path: "$.reconciliation", says: "без оценка на качеството"),
    ]

    @Test(arguments: cases)
    func refused(_ malformed: MalformedCase) throws {
        let result = try Fixtures.decodeSmall(malformed.change)
        guard case .failure(let failure) = result else {
            Issue.record("the procedure was accepted")
            return
        }
        let matching = failure.issues.filter { $0.place == malformed.path }
        #expect(!matching.isEmpty, "no issue at \(malformed.path); got: \(failure.issues.map(\.description))")
        #expect(matching.contains { $0.message.bulgarian.contains(malformed.says) },
                "no issue saying „\(malformed.says)“; got: \(matching.map(\.description))")
        #expect(matching.allSatisfy { !$0.message.english.isEmpty })
    }

    @Test func theBaseIsValid() throws {
        let procedure = try Fixtures.smallProcedure
        #expect(procedure.priorities[1].maxPerProject == Money(minorUnits: 1_000_000))
        #expect(procedure.quality?.criterion(withID: "2.1")?.levels.map(\.points) == [Points(3), Points(hundredths: 150), .zero])
    }

    @Test("Every problem is reported at once, not only the first")
    func reportsEverything() throws {
        let result = try Fixtures.decodeSmall {
            $0.set(["quality", "floor"], to: "11")
            $0.set(["priorities", 0, "budget"], to: "1.234")
            $0.set(["admin", "groups", 0, "criteria", 0, "onNo"], to: "maybe")
        }
        guard case .failure(let failure) = result else {
            Issue.record("accepted")
            return
        }
        #expect(Set(failure.issues.map(\.place)) == ["$.quality.floor", "$.priorities[0].budget", "$.admin.groups[0].criteria[0].onNo"])
    }

    @Test("Text that is not JSON names the line")
    func notJSON() {
        let result = ProcedureDecoder.decode(Data("{\n  \"format\": 1,\n  \"id\": \n}".utf8))
        guard case .failure(let failure) = result else {
            Issue.record("accepted")
            return
        }
        #expect(failure.issues.count == 1)
        #expect(failure.issues[0].message.bulgarian.contains("не е валиден JSON"))
        #expect(failure.issues[0].place == "$.id, ред 4, колона 1")
        #expect(failure.issues[0].text(in: .english).hasPrefix("$.id, line 4, column 1: the file is not valid JSON"))
    }

    @Test func notUTF8() {
        let result = ProcedureDecoder.decode(Data([0x7B, 0x0A, 0x22, 0xFF, 0x22, 0x7D]))
        guard case .failure(let failure) = result else {
            Issue.record("accepted")
            return
        }
        #expect(failure.issues[0].message.bulgarian.contains("UTF-8"))
        #expect(failure.issues[0].message.bulgarian.contains("ред 2"))
    }

    @Test func emptyFile() {
        guard case .failure(let failure) = ProcedureDecoder.decode(Data()) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.issues[0].message.bulgarian == "файлът е празен")
    }

    @Test("A pass/fail procedure needs neither priorities nor quality")
    func passFail() throws {
        let procedure = try Fixtures.decodeSmall {
            $0.set(["quality"], to: nil)
            $0.set(["reconciliation"], to: nil)
            $0.set(["ranking"], to: nil)
            $0.set(["priorities"], to: nil)
            $0.set(["currency"], to: nil)
            $0.set(["secondaryCurrency"], to: nil)
        }.get()
        #expect(procedure.isPassFail)
        #expect(procedure.priorities.map(\.id) == [Procedure.implicitPriorityID])
    }
}
