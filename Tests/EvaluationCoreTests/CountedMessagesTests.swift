import EvaluationCore
import Testing

@Suite("Counted nouns and every counted message, at 0, 1, 2 and 5, in both languages")
struct CountedMessagesTests {
    @Test("Each noun takes its count form; evaluators are counted as people")
    func nouns() {
        #expect([0, 1, 2, 5].map { CountedNoun.proposal.phrase($0, in: .bulgarian) } == ["0 предложения", "1 предложение", "2 предложения", "5 предложения"])
        #expect([0, 1, 2, 5].map { CountedNoun.proposal.phrase($0, in: .english) } == ["0 proposals", "1 proposal", "2 proposals", "5 proposals"])
        #expect([0, 1, 2, 5].map { CountedNoun.evaluator.phrase($0, in: .bulgarian) } == ["0 оценители", "един оценител", "двама оценители", "петима оценители"])
        #expect([0, 1, 2, 5].map { CountedNoun.evaluator.phrase($0, in: .english) } == ["0 evaluators", "one evaluator", "two evaluators", "five evaluators"])
        #expect([0, 1, 2, 5].map { CountedNoun.criterion.phrase($0, in: .bulgarian) } == ["0 критерия", "1 критерий", "2 критерия", "5 критерия"])
        #expect([0, 1, 2, 5].map { CountedNoun.recusal.phrase($0, in: .bulgarian) } == ["0 отвода", "1 отвод", "2 отвода", "5 отвода"])
        #expect([0, 1, 2, 5].map { CountedNoun.finding.phrase($0, in: .english) } == ["0 findings", "1 finding", "2 findings", "5 findings"])
        for noun in CountedNoun.allCases {
            for language in Language.allCases {
                #expect(noun.form(for: 2, in: language) == noun.form(for: 5, in: language))
                #expect(noun.form(for: 1, in: language) != noun.form(for: 2, in: language), "\(noun) \(language)")
            }
        }
    }

    static func both(_ message: (Int) -> LocalizedText) -> (bg: [String], en: [String]) {
        let counts = [0, 1, 2, 5]
        return (counts.map { message($0).text(in: .bulgarian) }, counts.map { message($0).text(in: .english) })
    }

    @Test("Imported proposals")
    func imported() {
        let texts = Self.both { CountedMessages.imported($0, flagged: 0) }
        #expect(texts.bg == ["Внесени са 0 предложения; 0 с автоматични констатации.", "Внесено е 1 предложение; 0 с автоматични констатации.",
                             "Внесени са 2 предложения; 0 с автоматични констатации.", "Внесени са 5 предложения; 0 с автоматични констатации."])
        #expect(texts.en == ["Imported 0 proposals; 0 with automatic findings.", "Imported 1 proposal; 0 with automatic findings.",
                             "Imported 2 proposals; 0 with automatic findings.", "Imported 5 proposals; 0 with automatic findings."])
    }

    @Test("The register's total")
    func registerTotal() {
        let texts = Self.both { CountedMessages.registerTotal($0, amount: "10,00 лв.", "10.00 BGN") }
        #expect(texts.bg == ["Общо 0 предложения, искана сума 10,00 лв.", "Общо 1 предложение, искана сума 10,00 лв.",
                             "Общо 2 предложения, искана сума 10,00 лв.", "Общо 5 предложения, искана сума 10,00 лв."])
        #expect(texts.en == ["0 proposals requesting 10.00 BGN in all.", "1 proposal requesting 10.00 BGN in all.",
                             "2 proposals requesting 10.00 BGN in all.", "5 proposals requesting 10.00 BGN in all."])
    }

    @Test("Evaluators short after the draw")
    func evaluatorsShort() {
        let texts = Self.both { CountedMessages.evaluatorsShort("P-1", missing: $0) }
        #expect(texts.bg == ["P-1: не достигат 0 оценители (малко оценители без отвод)", "P-1: не достига един оценител (малко оценители без отвод)",
                             "P-1: не достигат двама оценители (малко оценители без отвод)", "P-1: не достигат петима оценители (малко оценители без отвод)"])
        #expect(texts.en == ["P-1: 0 evaluators short (too few without a recusal)", "P-1: one evaluator short (too few without a recusal)",
                             "P-1: two evaluators short (too few without a recusal)", "P-1: five evaluators short (too few without a recusal)"])
    }

    @Test("The preliminary ranking, both counts")
    func preliminaryRanking() {
        let texts = Self.both { CountedMessages.preliminaryRanking(waiting: $0, pending: $0) }
        #expect(texts.bg == ["ПРЕДВАРИТЕЛНО класиране: 0 предложения чакат решение, 0 са в процес на оценка.",
                             "ПРЕДВАРИТЕЛНО класиране: 1 предложение чака решение, 1 е в процес на оценка.",
                             "ПРЕДВАРИТЕЛНО класиране: 2 предложения чакат решение, 2 са в процес на оценка.",
                             "ПРЕДВАРИТЕЛНО класиране: 5 предложения чакат решение, 5 са в процес на оценка."])
        #expect(texts.en == ["PRELIMINARY ranking: 0 proposals need a decision, 0 are being assessed.",
                             "PRELIMINARY ranking: 1 proposal needs a decision, 1 is being assessed.",
                             "PRELIMINARY ranking: 2 proposals need a decision, 2 are being assessed.",
                             "PRELIMINARY ranking: 5 proposals need a decision, 5 are being assessed."])
        #expect(texts.bg.allSatisfy { DisplayWidth.of($0) <= 78 })
    }

    @Test("More findings, levels, recusals and missing entries")
    func interfaceCounts() {
        #expect(Self.both(CountedMessages.moreFindings).bg == ["! и още 0 констатации (раздел Обобщение)", "! и още 1 констатация (раздел Обобщение)",
                                                             "! и още 2 констатации (раздел Обобщение)", "! и още 5 констатации (раздел Обобщение)"])
        #expect(Self.both(CountedMessages.moreFindings).en == ["! and 0 findings more (Summary tab)", "! and 1 finding more (Summary tab)",
                                                             "! and 2 findings more (Summary tab)", "! and 5 findings more (Summary tab)"])
        #expect(Self.both { CountedMessages.levels(of: "1.2", $0) }.bg == ["Критерий 1.2 има 0 нива.", "Критерий 1.2 има 1 ниво.", "Критерий 1.2 има 2 нива.",
                                                                         "Критерий 1.2 има 5 нива."])
        #expect(Self.both { CountedMessages.levels(of: "1.2", $0) }.en == ["Criterion 1.2 has 0 levels.", "Criterion 1.2 has 1 level.",
                                                                         "Criterion 1.2 has 2 levels.", "Criterion 1.2 has 5 levels."])
        #expect(Self.both(CountedMessages.recusals).bg == ["0 отвода", "1 отвод", "2 отвода", "5 отвода"])
        #expect(Self.both(CountedMessages.recusals).en == ["0 recusals", "1 recusal", "2 recusals", "5 recusals"])
        #expect(Self.both(CountedMessages.missingEntries).bg == ["Липсват 0 попълвания:", "Липсва 1 попълване:", "Липсват 2 попълвания:", "Липсват 5 попълвания:"])
        #expect(Self.both(CountedMessages.missingEntries).en == ["0 entries missing:", "1 entry missing:", "2 entries missing:", "5 entries missing:"])
    }
}
