import EvaluationCore
import Foundation
import Testing
@testable import Workspace

/// A register written by a careless or hostile hand: ids that are not file names, control
/// characters, numbers past every bound. Each is one problem with its line and column.
@Suite("Hostile registers are refused by line and column")
struct HostileRegisterTests {
    typealias CSV = ProposalCSVImportTests

    @Test("Ids that are not file names", arguments: [
        (".hidden", "започва с точка"), ("..", "започва с точка"), ("a/b", "съдържа „/“"), ("P\u{1B}1", "управляващ знак U+001B"),
        (String(repeating: "P", count: 65), "65 знака"), ("P 1", "съдържа интервал"),
    ])
    func badIDs(_ id: String, _ fragment: String) throws {
        let issues = try CSV.issues(CSV.oneRow(["id": "\"\(id)\""]))
        #expect(issues.count == 1)
        #expect(issues.first?.place == "x.csv:2: id")
        #expect(issues.first?.message.bulgarian.contains(fragment) == true, "\(issues)")
    }

    @Test("An id of exactly 64 characters is accepted")
    func longestID() throws {
        let proposals = try CSV.parse(CSV.oneRow(["id": String(repeating: "P", count: 64)])).get()
        #expect(proposals.first?.id.count == 64)
    }

    @Test("Control characters are refused in every one-line field", arguments: ["applicantName", "applicantEik", "requested", "registeredAt"])
    func controlInOneLineField(_ column: String) throws {
        let issues = try CSV.issues(CSV.oneRow([column: "\"x\u{1B}[31m\""]))
        #expect(issues.count == 1)
        #expect(issues.first?.place == "x.csv:2: \(column)")
        #expect(issues.first?.text(in: .english).hasSuffix("the text contains the control character U+001B; the field is a single line") == true)
    }

    @Test("A title may run over lines, never hold other control characters; partners may be one a line")
    func multilineFields() throws {
        let title = try CSV.parse(CSV.oneRow(["title": "\"Първи ред\nвтори ред\""])).get()
        #expect(title.first?.title == "Първи ред\nвтори ред")
        let issues = try CSV.issues(CSV.oneRow(["title": "\"Заглавие\u{7}\""]))
        #expect(issues.map(\.place) == ["x.csv:2: title"])
        #expect(issues.first?.message.english.contains("only a new line and a tab are allowed") == true)
        let partners = try CSV.issues(CSV.oneRow(["partners": "\"Община|000695114\u{0}\""]))
        #expect(partners.map(\.place) == ["x.csv:2: partners"])
    }

    @Test("An amount of 400 digits is too large, never a trap")
    func hugeAmount() throws {
        let issues = try CSV.issues(CSV.oneRow(["requested": String(repeating: "9", count: 400)]))
        #expect(issues.map(\.place) == ["x.csv:2: requested"])
        #expect(issues.first?.message.english.contains("too large") == true)
    }

    @Test("C1 control characters (U+0080–U+009F) are control characters too")
    func c1Controls() throws {
        let issues = try CSV.issues(CSV.oneRow(["applicantName": "\"ОУ\u{9B}2J\""]))
        #expect(issues.first?.message.english.contains("U+009B") == true)
    }
}
