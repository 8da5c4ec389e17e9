import EvaluationCore
import Testing

@Suite("The total of a quality sheet")
struct SheetTotalsTests {
    static let at = Timestamp("2025-12-01T10:00:00+02:00")!

    static func sheet(_ scores: [String: (Int, String)]) -> QualitySheet {
        QualitySheet(proposal: "P-1", evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: at),
                     scores: scores.mapValues { QualitySheet.Score(points: Points(hundredths: $0.0), note: $0.1) })
    }

    @Test func groupsAndSum() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        let totals = SheetTotals(sheet: Self.sheet(["1.1": (300, "a"), "1.2": (0, "b"), "2.1": (150, "c"), "2.2": (200, "d")]), method: method)
        #expect(totals.groups == ["1": Points(3), "2": Points(hundredths: 350)])
        #expect(totals.sum == Points(hundredths: 650))
        #expect(totals.total == Points(hundredths: 650))
        #expect(totals.zeroedBy.isEmpty)
        #expect(totals.isComplete)
        #expect(totals.passes(method))
    }

    @Test("0 on the rule's criterion makes the whole total 0, the groups stay as scored")
    func zeroRule() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        let totals = SheetTotals(sheet: Self.sheet(["1.1": (300, "a"), "1.2": (200, "b"), "2.1": (300, "c"), "2.2": (0, "d")]), method: method)
        #expect(totals.sum == Points(8))
        #expect(totals.total == .zero)
        #expect(totals.zeroedBy == ["2.2"])
        #expect(totals.groups["1"] == Points(5))
        #expect(!totals.passes(method))
    }

    @Test("The zero rule of 33.24-2025: 0 on 2.3 zeroes an otherwise high score")
    func referenceZeroRule() throws {
        let method = try #require(try Fixtures.reference.quality)
        var scores: [String: (Int, String)] = [:]
        for criterion in method.criteria { scores[criterion.id] = (criterion.maxPoints.hundredths, "обосновка") }
        #expect(SheetTotals(sheet: Self.sheet(scores), method: method).total == Points(100))
        scores["2.3"] = (0, "не е спазен задължителният минимум")
        let zeroed = SheetTotals(sheet: Self.sheet(scores), method: method)
        #expect(zeroed.sum == Points(95))
        #expect(zeroed.total == .zero)
        #expect(zeroed.zeroedBy == ["2.3"])
    }

    @Test("An incomplete sheet sums what is scored; points that are not a level count for nothing")
    func incomplete() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        let totals = SheetTotals(sheet: Self.sheet(["1.1": (300, ""), "2.1": (200, "")]), method: method)
        #expect(totals.scoredCount == 1)
        #expect(totals.criterionCount == 4)
        #expect(!totals.isComplete)
        #expect(totals.sum == Points(3))
        #expect(totals.zeroedBy.isEmpty)
    }

    @Test("The floor is inclusive: 51.00 passes, 50.99 does not")
    func floorBoundary() throws {
        var method = try #require(try Fixtures.reference.quality)
        method.floor = Points(hundredths: 5100)
        var scores: [String: (Int, String)] = [:]
        for criterion in method.criteria { scores[criterion.id] = (0, "x") }
        scores["2.3"] = (500, "x")
        scores["3.1"] = (800, "x")
        scores["4.3"] = (600, "x")
        scores["4.5"] = (600, "x")
        scores["5.1"] = (600, "x")
        scores["6.1"] = (600, "x")
        scores["6.2"] = (600, "x")
        scores["6.3"] = (600, "x")
        scores["1.1"] = (200, "x")
        let totals = SheetTotals(sheet: Self.sheet(scores), method: method)
        #expect(totals.total == Points(51))
        #expect(totals.passes(method))
        method.floor = Points(hundredths: 5101)
        #expect(!totals.passes(method))
    }
}
