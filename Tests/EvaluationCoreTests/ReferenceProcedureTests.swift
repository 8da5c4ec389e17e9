import EvaluationCore
import Testing

@Suite("Procedure 33.24-2025 as encoded from seed 001")
struct ReferenceProcedureTests {
    @Test func identityAndMoney() throws {
        let procedure = try Fixtures.reference
        #expect(procedure.id == "coiduem-33.24-2025")
        #expect(procedure.currency == "BGN")
        #expect(procedure.secondaryCurrency?.code == "EUR")
        #expect(procedure.secondaryCurrency?.rate.canonicalText == "1.95583")
        #expect(procedure.submissionDeadline?.text == "2025-11-26T00:00:00+02:00")
        #expect(!procedure.notes.isEmpty)
    }

    @Test("Priorities 1, 2 and 4 with their budgets and maxima (seed 001, lines 133, 262, 310)")
    func priorities() throws {
        let procedure = try Fixtures.reference
        #expect(procedure.priorities.map(\.id) == ["1", "2", "4"])
        #expect(procedure.priorities.map(\.budget) == [
            Money(minorUnits: 50_000_000), Money(minorUnits: 46_000_000), Money(minorUnits: 14_000_000),
        ])
        #expect(procedure.priorities.map(\.maxPerProject) == [
            Money(minorUnits: 2_500_000), Money(minorUnits: 2_500_000), Money(minorUnits: 1_500_000),
        ])
        #expect(procedure.priorities[0].mandatoryActivities == ["1.1", "1.4", "2.2", "2.3"])
        #expect(procedure.priorities[1].mandatoryActivities == ["1.2", "2.1", "2.2"])
        #expect(procedure.priorities[2].minimumActivities == 2)
        #expect(procedure.totalBudget == Money(minorUnits: 110_000_000))
    }

    @Test("The administrative checklist: I.1, I.2 (Н/П allowed), II.1 remediable in 2 calendar days")
    func adminChecklist() throws {
        let admin = try Fixtures.reference.admin
        #expect(admin.criteria.map(\.id) == ["I.1", "I.2", "II.1"])
        #expect(admin.criteria.map(\.allowsNA) == [false, true, false])
        #expect(admin.criteria.map(\.onNo) == [.reject, .reject, .remedy])
        #expect(admin.remedyDays == 2)
        #expect(admin.remedyDayKind == .calendar)
    }

    @Test("23 criteria, group maxima 5/13/16/30/18/18, maximum 100, floor 51.00")
    func qualityShape() throws {
        let quality = try #require(try Fixtures.reference.quality)
        #expect(quality.criteria.count == 23)
        #expect(quality.groups.map(\.id) == ["1", "2", "3", "4", "5", "6"])
        #expect(quality.groups.map(\.maxPoints) == [5, 13, 16, 30, 18, 18].map { Points($0) })
        #expect(quality.maxPoints == Points(100))
        #expect(quality.floor == Points(hundredths: 5100))
        #expect(quality.rules == [.zeroTotalIfCriterionZero(criterion: "2.3", source: quality.rules.first.flatMap {
            if case .zeroTotalIfCriterionZero(_, let source) = $0 { source } else { nil }
        })])
        #expect(quality.zeroRuleCriteria == ["2.3"] && quality.zeroesTotal(criterion: "2.3") && !quality.zeroesTotal(criterion: "2.2"))
    }

    @Test("Every level's points, as the seed lists them (lines 530–750)")
    func everyLevel() throws {
        let quality = try #require(try Fixtures.reference.quality)
        let expected: [(String, [Int])] = [
            ("1.1", [3, 2, 1, 0]), ("1.2", [2, 1, 0]),
            ("2.1", [3, 2, 1, 0]), ("2.2", [5, 3, 1, 0]), ("2.3", [5, 4, 2, 0]),
            ("3.1", [8, 6, 4, 0]), ("3.2", [4, 2, 0]), ("3.3", [4, 2, 0]),
            ("4.1", [4, 2, 0]), ("4.2", [4, 2, 0]), ("4.3", [6, 3, 0]), ("4.4", [4, 2, 0]),
            ("4.5", [6, 4, 2, 0]), ("4.6", [4, 2, 0]), ("4.7", [2, 1, 0]),
            ("5.1", [6, 4, 0]), ("5.2", [3, 2, 1, 0]), ("5.3", [3, 2, 1, 0]), ("5.4", [3, 2, 1, 0]), ("5.5", [3, 1, 0]),
            ("6.1", [6, 4, 2, 0]), ("6.2", [6, 4, 2, 0]), ("6.3", [6, 5, 3, 1, 0]),
        ]
        #expect(quality.criteria.map(\.id) == expected.map(\.0))
        for (id, points) in expected {
            let criterion = try #require(quality.criterion(withID: id))
            #expect(criterion.levels.map(\.points) == points.map { Points($0) }, "criterion \(id)")
            #expect(criterion.levels.allSatisfy { !$0.text.isEmpty }, "criterion \(id)")
        }
        #expect(quality.criterion(withID: "1.1")?.question.hasPrefix("Има ли Кандидатът достатъчно капацитет") == true)
    }

    @Test("Reconciliation by 2 evaluators within 20%, ranking per priority")
    func policies() throws {
        let procedure = try Fixtures.reference
        let reconciliation = try #require(procedure.reconciliation)
        #expect(reconciliation.evaluatorsPerProposal == 2)
        #expect(reconciliation.allowedSpread(maxPoints: Points(100)) == Points(20))
        let ranking = try #require(procedure.ranking)
        #expect(ranking.scope == .priority)
        #expect(ranking.tieBreak == [.total, .registeredAt])
        #expect(ranking.budgetPolicy == .stopAtFirstThatDoesNotFit)
        #expect(ranking.reallocateUnused == false)
    }
}

@Suite("The seed-004 checklist")
struct ChecklistProcedureTests {
    @Test("43 criteria in 5 groups: 19 reject, 15 documents to remedy, 9 only noted; no quality")
    func shape() throws {
        let procedure = try Fixtures.configProcedure("esf-plus-admin-004.json")
        #expect(procedure.isPassFail)
        #expect(procedure.ranking == nil)
        #expect(procedure.admin.groups.map(\.id) == ["I", "II", "III", "IV", "V"])
        #expect(procedure.admin.groups.map(\.criteria.count) == [13, 9, 8, 7, 6])
        #expect(procedure.admin.criteria.count == 43)
        // "Води до отхвърляне: Не" only notes a НЕ (004_94583b06840526ec.txt:5).
        #expect(procedure.admin.criteria.filter { $0.onNo == .note }.map(\.id)
                == ["I.1", "I.2", "I.6", "I.7", "I.9", "I.12", "I.13", "II.7", "III.7"])
        // "Да" on a document or on data the applicant can supply: remedy first (002_60dcf141085ee52b.txt:1148).
        #expect(procedure.admin.criteria.filter { $0.onNo == .remedy }.map(\.id)
                == ["II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.8", "III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "IV.4", "V.4"])
        #expect(procedure.admin.criteria.filter { $0.onNo == .reject }.map(\.id)
                == ["I.3", "I.4", "I.5", "I.8", "I.10", "I.11", "II.9", "III.8", "IV.1", "IV.2", "IV.3", "IV.5", "IV.6", "IV.7",
                    "V.1", "V.2", "V.3", "V.5", "V.6"])
        #expect(!procedure.hasExplicitPriorities)
        #expect(procedure.priorities.count == 1)
    }

    @Test("Н/П is allowed on the conditional criteria and the partner groups")
    func notApplicable() throws {
        let procedure = try Fixtures.configProcedure("esf-plus-admin-004.json")
        let allowing = procedure.admin.criteria.filter(\.allowsNA).map(\.id)
        #expect(allowing.contains("I.11"))
        #expect(allowing.contains("I.12"))
        #expect(procedure.admin.groups[2].criteria.allSatisfy { $0.allowsNA })
        #expect(procedure.admin.groups[4].criteria.allSatisfy { $0.allowsNA })
        #expect(!allowing.contains("I.3"))
    }
}
