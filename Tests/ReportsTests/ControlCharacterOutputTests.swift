import EvaluationCore
import Testing
@testable import Reports

/// Stored text with control characters (written by another tool, or before the rule) reaches no
/// terminal: the tables and the protocol escape it, and the columns stay aligned.
@Suite("Control characters in reports are escaped")
struct ControlCharacterOutputTests {
    @Test("A table cell with an escape sequence is escaped and measured as escaped")
    func tableCell() {
        let table = TextTable(columns: [TextTable.Column(title: "Име"), TextTable.Column(title: "Сума", alignment: .right)],
                              rows: [["ОУ\u{1B}[2J „Ботев“", "100,00"], ["СУ", "5,00"]])
        let text = table.render(width: 80)
        #expect(!text.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
        #expect(text.contains("ОУ\\u{1B}[2J „Ботев“"))
        let lines = text.split(separator: "\n")
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "\(lines)")
    }

    @Test("A member's name with control characters is escaped in every line of the protocol")
    func protocolLines() {
        var input = ProtocolReportTests.input()
        input.contents.info.committee[0].name = "Иван\u{1B}]0;title\u{7} Петров\u{9B}31m"
        let text = ProtocolReport(input, width: 100, language: .bulgarian).render()
        #expect(!text.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
        #expect(text.contains("\\u{1B}]0;title\\u{7}"))
        #expect(text.contains("\\u{9B}31m"))
    }

    @Test("The ranking text escapes a title with a control character")
    func rankingText() {
        var input = ProtocolReportTests.input(finished: true)
        input.contents.proposals[0].title = "Заглавие\u{1B}[31m"
        let text = RankingText(ranking: input.ranking, procedure: input.procedure, proposals: input.proposals, width: 100).render()
        #expect(!text.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
    }
}
