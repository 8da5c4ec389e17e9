import EvaluationCore
import Foundation
import Testing

/// Inputs a hostile or careless hand may write: each is refused with its place and a message, and
/// none traps.
@Suite("Hostile input is refused, never a crash")
struct HostileInputTests {
    static let sha = String(repeating: "a", count: 64)

    /// A `workspace.json` with `format` written as `format` and the committee as given.
    static func workspace(format: String = "1", committee: String = #"[{"id":"e1","name":"Иван","role":"chair"}]"#) -> Data {
        Data(#"{"format": \#(format), "procedureSha256": "\#(sha)", "committee": \#(committee), "createdAt": "2025-12-01T10:00:00+02:00"}"#.utf8)
    }

    /// The single issue of a refused `workspace.json`.
    static func refusal(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> ValidationIssue? {
        switch WorkspaceInfoDecoder.decode(data) {
        case .success:
            Issue.record("accepted", sourceLocation: sourceLocation)
            return nil
        case .failure(let failure):
            return failure.issues.first
        }
    }

    @Test("Whole numbers of 19 and 20 digits are out of range at their path", arguments: ["9999999999999999999", "99999999999999999999", "-9999999999999999999"])
    func largeIntegers(_ number: String) throws {
        let issue = try #require(Self.refusal(Self.workspace(format: number)))
        #expect(issue.place == "$.format")
        #expect(issue.message.english.contains("out of range"))
        #expect(issue.message.bulgarian.contains("извън допустимото"))
    }

    @Test("A number of 400 digits is refused by the reader with its path, line and column", arguments: ["", "-"])
    func fourHundredDigits(_ sign: String) throws {
        let issue = try #require(Self.refusal(Self.workspace(format: sign + String(repeating: "9", count: 400))))
        #expect(issue.place == "$.format, ред 1, колона 12")
        #expect(issue.localizedPlace.english == "$.format, line 1, column 12")
        #expect(issue.message.english.contains("400 significant digits"))
    }

    @Test("Huge exponents are refused, never turned into infinity", arguments: ["1e999999999", "1E400", "-1e-999", "1e200"])
    func hugeExponents(_ number: String) throws {
        let issue = try #require(Self.refusal(Self.workspace(format: number)))
        #expect(issue.place.hasPrefix("$.format, ред 1"))
        #expect(issue.message.english.contains("exponent"))
    }

    @Test("A whole number with an exponent that fits is still checked for its range")
    func exponentThatFits() throws {
        let issue = try #require(Self.refusal(Self.workspace(format: "1e30")))
        #expect(issue.place == "$.format")
        #expect(issue.message.english.contains("out of range"))
    }

    @Test("100 000 opening brackets are refused as nested too deep")
    func deepNesting() throws {
        let data = Data(("{\"format\": " + String(repeating: "[", count: 100_000)).utf8)
        let issue = try #require(Self.refusal(data))
        #expect(issue.message.english.contains("nested more than 256 levels"))
        #expect(issue.place.contains("ред 1, колона"))
        #expect(issue.place.hasPrefix("$.format"))
    }

    @Test("A 10 MB string is read and refused as too long where a note is expected")
    func tenMegabyteNote() throws {
        let procedure = try Fixtures.reference
        let note = String(repeating: "ж", count: 5_000_000)
        let data = Data(#"{"format":1,"kind":"quality","proposal":"P-1","evaluator":"e1","status":"draft","scores":{"1.1":{"points":"3","note":"\#(note)"}},"updatedAt":null,"submittedAt":null}"#.utf8)
        guard case .failure(let failure) = SheetDecoder.decodeQuality(data, procedure: procedure) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.issues.contains { $0.place == #"$.scores["1.1"].note"# && $0.message.english.contains("too long") })
    }

    @Test("A key twice at the top is refused with the path and both places")
    func duplicateTopLevelKey() throws {
        let data = Data("{\n  \"format\": 1,\n  \"format\": 2\n}".utf8)
        let issue = try #require(Self.refusal(data))
        #expect(issue.place == "$.format, ред 3, колона 3")
        #expect(issue.message.bulgarian.contains("„format“ се среща повече от веднъж"))
        #expect(issue.message.bulgarian.contains("първо на ред 2, колона 3"))
        #expect(issue.text(in: .english) == "$.format, line 3, column 3: the field \"format\" appears more than once in one object (first at line 2, column 3); each field is written only once")
    }

    @Test("A key twice in a nested object is refused with its path")
    func duplicateNestedKey() throws {
        let committee = "[{\"id\":\"e1\",\"name\":\"Иван\",\n\"role\":\"chair\",\"role\":\"evaluator\"}]"
        let issue = try #require(Self.refusal(Self.workspace(committee: committee)))
        #expect(issue.place == "$.committee[0].role, ред 2, колона 16")
        #expect(issue.message.english.contains("first at line 2, column 1"))
    }

    @Test("A key twice in an object inside a value of the same name: the first place is the object's own")
    func duplicateKeyBesideANestedOne() throws {
        let text = "{\"a\": {\"k\": 1},\n \"k\": 2,\n \"k\": 3}"
        guard case .failure(let error) = JSONValue.parse(Data(text.utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(error.place.english == "$.k, line 3, column 2")
        #expect(error.message.english.contains("first at line 2, column 2"))
    }

    @Test("Truncated JSON names the line and the column, in the language asked for")
    func truncated() throws {
        let data = Data("{\n  \"format\": 1,\n  \"committee\": [".utf8)
        let issue = try #require(Self.refusal(data))
        #expect(issue.place == "$.committee[0], ред 3, колона 17")
        #expect(issue.text(in: .english).hasPrefix("$.committee[0], line 3, column 17: the file is not valid JSON: the file ends where"))
        #expect(!issue.text(in: .english).contains("ред"))
        #expect(issue.message.bulgarian.contains("отрязан"))
    }

    @Test("A truncated string names where it starts")
    func truncatedString() throws {
        let issue = try #require(Self.refusal(Data("{\"format\": 1, \"procedureSha256\": \"abc".utf8)))
        #expect(issue.place == "$.procedureSha256, ред 1, колона 34")
        #expect(issue.message.english.contains("not closed with a quote"))
    }

    @Test("Bytes that are not UTF-8 name their line and column")
    func invalidUTF8() throws {
        var bytes = Array(#"{"format": 1, "procedureSha256": ""#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        let issue = try #require(Self.refusal(Data(bytes)))
        #expect(issue.place == "ред 1, колона 35")
        #expect(issue.message.english == "the file is not UTF-8 text (invalid byte at line 1, column 35)")
    }

    @Test("A byte-order mark at the start is skipped; anywhere else it is text")
    func byteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Self.workspace()
        let info = try WorkspaceInfoDecoder.decode(data).get()
        #expect(info.committee.map(\.id) == ["e1"])
        let issue = try #require(Self.refusal(Data(" ".utf8) + data))
        #expect(issue.message.english.contains("unexpected character"))
    }

    @Test("Two chairs in workspace.json are refused")
    func twoChairs() throws {
        let committee = #"[{"id":"e1","name":"Иван","role":"chair"},{"id":"e2","name":"Мария","role":"chair"}]"#
        let issue = try #require(Self.refusal(Self.workspace(committee: committee)))
        #expect(issue.place == "$.committee")
        #expect(issue.message.english == "the committee has more than one chair (e1, e2); there is one chair")
    }

    @Test("Member ids that are not file names are refused in workspace.json", arguments: [
        ".", "..", ".hidden", "a/b", "../e1", String(repeating: "x", count: 65), "", "e 1", "е1", "e1\u{1B}",
    ])
    func badMemberID(_ id: String) throws {
        let committee = #"[{"id":\#(JSONValue.string(id).jsonText),"name":"Иван","role":"chair"}]"#
        let issue = try #require(Self.refusal(Self.workspace(committee: committee)))
        #expect(issue.place == "$.committee[0].id")
        #expect(issue.message.english.contains("an id is at most 64 characters"))
    }

    @Test("The id rule: 64 characters of [A-Za-z0-9._-], not starting with a dot")
    func idRule() {
        #expect(RecordID.isValid(String(repeating: "x", count: 64)))
        #expect(RecordID.isValid("33.24-2025_007.a"))
        #expect(!RecordID.isValid(String(repeating: "x", count: 65)))
        #expect(RecordID.problem("..")?.english.contains("starts with a dot") == true)
        #expect(RecordID.problem("a/b")?.english.contains("contains \"/\" (U+002F)") == true)
        #expect(RecordID.problem(String(repeating: "x", count: 300))?.english.contains("300 characters") == true)
    }

    @Test("Control characters in register fields are refused with their path", arguments: [
        ("title", "Проект\u{1B}[2J"), ("name", "две\nреда"), ("name", "ОУ\u{7}"), ("name", "C1\u{9B}31m"),
    ])
    func controlCharactersInRegister(_ field: String, _ text: String) throws {
        let procedure = try Fixtures.reference
        let title = field == "title" ? text : "Проект"
        let name = field == "name" ? text : "ОУ"
        let data = Data(#"{"format":1,"proposals":[{"id":"P-1","registeredAt":"2025-11-25T14:03:00+02:00","title":\#(JSONValue.string(title).jsonText),"priority":"1","requested":"1000.00","applicant":{"name":\#(JSONValue.string(name).jsonText),"eik":"000000000"}}]}"#.utf8)
        guard case .failure(let failure) = ProposalRegisterDecoder.decode(data, procedure: procedure) else {
            Issue.record("accepted")
            return
        }
        let expected = field == "title" ? "$.proposals[0].title" : "$.proposals[0].applicant.name"
        #expect(failure.issues.map(\.place) == [expected])
        #expect(failure.issues.first?.message.english.contains("control character U+") == true)
    }

    @Test("A note keeps new lines and tabs and refuses other control characters")
    func controlCharactersInNotes() throws {
        let procedure = try Fixtures.reference
        func sheet(_ note: String) -> Data {
            Data(#"{"format":1,"kind":"quality","proposal":"P-1","evaluator":"e1","status":"draft","scores":{"1.1":{"points":"3","note":\#(JSONValue.string(note).jsonText)}},"updatedAt":null,"submittedAt":null}"#.utf8)
        }
        #expect(throws: Never.self) { try SheetDecoder.decodeQuality(sheet("ред\n\tвтори"), procedure: procedure).get() }
        guard case .failure(let failure) = SheetDecoder.decodeQuality(sheet("a\u{1B}]0;x\u{7}"), procedure: procedure) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.issues.map(\.place) == [#"$.scores["1.1"].note"#])
        #expect(failure.issues[0].message.english.contains("U+001B"))
    }

    @Test("Escaping: control characters but a new line and a tab become \\u{…}")
    func escaping() {
        #expect("a\u{1B}[31mb".escapingControlCharacters == "a\\u{1B}[31mb")
        #expect("ред\nи\tтаб".escapingControlCharacters == "ред\nи\tтаб")
        #expect("\u{0}\u{7F}\u{9B}\r".escapingControlCharacters == "\\u{0}\\u{7F}\\u{9B}\\u{D}")
        #expect("Ünïcödé „кавички“ ©".escapingControlCharacters == "Ünïcödé „кавички“ ©")
    }

    @Test("Assignments refuse proposal and evaluator ids that are not file names")
    func assignmentIDs() throws {
        let data = Data(#"{"format":1,"quality":{"..":["e1"],"P-1":[".e9"]}}"#.utf8)
        guard case .failure(let failure) = AssignmentsDecoder.decode(data) else {
            Issue.record("accepted")
            return
        }
        #expect(Set(failure.issues.map(\.place)) == [#"$.quality[".."]"#, #"$.quality["P-1"][0]"#])
    }

    @Test("Money and decimals past their bounds are refused, never trapped", arguments: [
        "99999999999999999999", "100000000000.00", "-100000000000", String(repeating: "9", count: 400),
    ])
    func moneyBounds(_ text: String) {
        guard case .failure(.tooLarge) = Money.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(Money.parse("99999999999.99") == .success(Money(minorUnits: 9_999_999_999_999)))
        #expect((try? ScaledDecimal.parse(text, fractionDigits: 5).get()) == nil)
        #expect((try? Points.parse(text).get()) == nil)
    }

    @Test("Dates and times with too many digits are not dates", arguments: [
        "99999999999999999999-01-01", "2025-99999999999999999999-01", "2025-11-26T99999999999999999999:00:00Z",
    ])
    func dateDigits(_ text: String) {
        #expect(CalendarDate(text) == nil)
        #expect(Timestamp(text) == nil)
    }
}

extension JSONValue {
    /// The value as one line of JSON, for building test documents.
    var jsonText: String {
        let encoder = JSONEncoder()
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
