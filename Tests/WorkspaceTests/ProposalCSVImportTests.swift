import EvaluationCore
import Foundation
import Testing
import Workspace

@Suite("Importing the register of proposals from CSV")
struct ProposalCSVImportTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func procedure(_ name: String = "coiduem-33.24-2025.json") throws -> Procedure {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("Config/procedures/\(name)"))
        return try ProcedureDecoder.decode(data).get()
    }

    static let englishHeader = "id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners"

    /// Five good proposals, English columns, comma separated.
    static let englishFile = """
        \(englishHeader)
        33.24-2025-001,2025-11-25T14:03:00+02:00,1,24850,Четем заедно,"ОУ „Христо Ботев“, гр. Сливен",000695114,school,
        33.24-2025-002,2025-11-25 15:10,2,24850.00,Дигитални умения,СУ „Васил Левски“,100000019,СУ,Община Сливен|120000005
        33.24-2025-003,25.11.2025 16:00,4,"24 850,00",Спорт в училище,ДГ „Слънце“,130000021,ДГ,"Община Сливен|120000005; ЦПЛР Сливен|140000030"
        33.24-2025-004,2025-07-01T09:00:00,1,26000,Летен лагер,ПГ по туризъм,175001238,,
        33.24-2025-005,26.11.2025 г. 09:15 ч.,2,"15 000,50","Наука, изкуство",ДГ „Слънце“,130000021,детска градина,

        """

    /// The same register with Bulgarian columns in another order, semicolons, a BOM, CRLF, a quoted
    /// title with a line end, a semicolon and doubled quotes, and empty lines at the end.
    static let bulgarianFile = "\u{FEFF}" + [
        "Наименование на проекта;№;Кандидат;ЕИК на кандидата;Приоритет;Искана сума;Дата на регистрация;Партньори;Вид на кандидата",
        "\"Четем заедно;\r\nклуб \"\"Млад читател\"\"\";33.24-2025-001;ОУ „Христо Ботев“, гр. Сливен;000695114;1;24850;2025-11-25T14:03:00+02:00;;school",
        "Дигитални умения;33.24-2025-002;СУ „Васил Левски“;100 000 019;2;24850.00;2025-11-25 15:10;Община Сливен|120000005;СУ",
        "Спорт в училище;33.24-2025-003;ДГ „Слънце“;130000021;4;24 850,00;25.11.2025 16:00;\"Община Сливен|120000005; ЦПЛР Сливен|140000030\";ДГ",
        "Летен лагер;33.24-2025-004;ПГ по туризъм;175001238;1;26000; 2025-07-01T09:00:00 ;;",
        "Наука, изкуство;33.24-2025-005;ДГ „Слънце“;130000021;2;15 000,50;26.11.2025 г. 09:15 ч.;;детска градина",
        "", "",
    ].joined(separator: "\r\n")

    static func parse(_ text: String, procedure: Procedure? = nil) throws -> Result<[Proposal], ValidationFailure> {
        ProposalCSVImporter.parse(Data(text.utf8), fileName: "x.csv", procedure: try procedure ?? Self.procedure())
    }

    static func issues(_ data: Data) throws -> [ValidationIssue] {
        switch ProposalCSVImporter.parse(data, fileName: "x.csv", procedure: try procedure()) {
        case .success(let proposals):
            Issue.record("expected problems, got \(proposals.count) proposals")
            return []
        case .failure(let failure):
            return failure.issues
        }
    }

    static func issues(_ text: String) throws -> [ValidationIssue] {
        try issues(Data(text.utf8))
    }

    /// One header and one row built from a good row with some fields replaced.
    static func oneRow(_ changes: [String: String] = [:]) -> String {
        var fields = [
            "id": "p-1", "registeredAt": "25.11.2025 14:03", "priority": "1", "requested": "24850",
            "title": "Четем заедно", "applicantName": "ОУ „Христо Ботев“", "applicantEik": "000695114",
            "applicantType": "училище", "partners": "",
        ]
        fields.merge(changes) { $1 }
        let columns = englishHeader.split(separator: ",").map(String.init)
        return englishHeader + "\n" + columns.map { fields[$0]! }.joined(separator: ",") + "\n"
    }

    // MARK: - Good files

    @Test("Five proposals with English columns, comma separated")
    func englishColumns() throws {
        let proposals = try Self.parse(Self.englishFile).get()
        #expect(proposals.map(\.id) == (1...5).map { "33.24-2025-00\($0)" })
        #expect(proposals.map(\.registeredAt.text) == [
            "2025-11-25T14:03:00+02:00", "2025-11-25T15:10:00+02:00", "2025-11-25T16:00:00+02:00",
            "2025-07-01T09:00:00+03:00", "2025-11-26T09:15:00+02:00",
        ])
        #expect(proposals.map(\.requested.minorUnits) == [2_485_000, 2_485_000, 2_485_000, 2_600_000, 1_500_050])
        #expect(proposals.map(\.priority) == ["1", "2", "4", "1", "2"])
        #expect(proposals[0].applicant == Organisation(name: "ОУ „Христо Ботев“, гр. Сливен", eik: "000695114", type: "school"))
        #expect(proposals.map(\.applicant.type) == ["school", "school", "kindergarten", nil, "kindergarten"])
        #expect(proposals[0].partners.isEmpty)
        #expect(proposals[2].partners == [
            Organisation(name: "Община Сливен", eik: "120000005"), Organisation(name: "ЦПЛР Сливен", eik: "140000030"),
        ])
        #expect(proposals[4].title == "Наука, изкуство")

        #expect(proposals[0].findings.isEmpty)
        #expect(proposals[3].findings == [Finding(kind: .requestedAboveMaximum, limit: Money(minorUnits: 2_500_000))])
        #expect(proposals[2].findings.contains(Finding(kind: .applicantInSeveralProposals, proposals: ["33.24-2025-005"],
                                                       eik: "130000021")))
        // Registered 26.11.2025 09:15, after the deadline of 26.11.2025 00:00 (seed 001 line 7): flagged at import.
        #expect(proposals[4].findings == [Finding(kind: .registeredAfterDeadline),
                                          Finding(kind: .applicantInSeveralProposals, proposals: ["33.24-2025-003"], eik: "130000021")])
        #expect(proposals[1].findings == [Finding(kind: .partnerInSeveralProposals, proposals: ["33.24-2025-003"],
                                                  eik: "120000005")])
        #expect(proposals[2].findings.contains(Finding(kind: .partnerInSeveralProposals, proposals: ["33.24-2025-002"],
                                                       eik: "120000005")))
    }

    @Test("The same in Bulgarian columns: semicolons, BOM, CRLF, a quoted title over two lines")
    func bulgarianColumns() throws {
        let english = try Self.parse(Self.englishFile).get()
        let bulgarian = try Self.parse(Self.bulgarianFile).get()
        #expect(bulgarian.count == 5)
        #expect(bulgarian[0].title == "Четем заедно;\nклуб \"Млад читател\"")
        #expect(bulgarian[0].applicant.name == "ОУ „Христо Ботев“, гр. Сливен")
        #expect(bulgarian[1].applicant.eik == "100000019")
        var retitled = bulgarian
        retitled[0].title = english[0].title
        #expect(retitled == english)
    }

    @Test("Header names in other words, case and punctuation; optional columns may be left out")
    func headerVariants() throws {
        let text = """
            Рег. №;РЕГИСТРИРАНО;приоритет:;Сума;Заглавие;Наименование на кандидата;ЕИК/БУЛСТАТ
            a_1;25.11.2025;2;1000;Проект;Кандидат;000696327
            """
        let proposals = try Self.parse(text).get()
        #expect(proposals.count == 1)
        #expect(proposals[0].registeredAt.text == "2025-11-25T00:00:00+02:00")
        #expect(proposals[0].applicant.eik == "000696327")
        #expect(proposals[0].applicant.type == nil)
        #expect(proposals[0].partners.isEmpty)
    }

    @Test("A procedure without priorities: the priority column may be left out")
    func implicitPriority() throws {
        let text = "id;registeredAt;requested;title;applicantName;applicantEik\np1;25.11.2025 10:00;500;Проект;Кандидат;000695114\n"
        let proposals = try Self.parse(text, procedure: Self.procedure("esf-plus-admin-004.json")).get()
        #expect(proposals.map(\.priority) == [Procedure.implicitPriorityID])
    }

    @Test("Dates and times as registers write them, in Bulgarian time", arguments: [
        ("2025-11-25T14:03:00+02:00", "2025-11-25T14:03:00+02:00"),
        ("2025-11-25T12:03:00Z", "2025-11-25T12:03:00Z"),
        ("2025-11-25 14:03:00+03:00", "2025-11-25T14:03:00+03:00"),
        ("2025-11-25T14:03:00", "2025-11-25T14:03:00+02:00"),
        ("2025-11-25 14:03", "2025-11-25T14:03:00+02:00"),
        ("25.11.2025 14:03", "2025-11-25T14:03:00+02:00"),
        ("25.11.2025 г. 14:03 ч.", "2025-11-25T14:03:00+02:00"),
        ("25.11.2025 г., 9:05 ч.", "2025-11-25T09:05:00+02:00"),
        ("5.6.2025 14:03:15", "2025-06-05T14:03:15+03:00"),
        ("25.11.2025", "2025-11-25T00:00:00+02:00"),
        ("2025-11-25", "2025-11-25T00:00:00+02:00"),
        // The changes of 2025: 30 March and 26 October, 01:00 UTC.
        ("2025-03-30 02:59", "2025-03-30T02:59:00+02:00"),
        ("2025-03-30 04:00", "2025-03-30T04:00:00+03:00"),
        ("2025-10-26 02:59", "2025-10-26T02:59:00+03:00"),
        ("2025-10-26 03:30", "2025-10-26T03:30:00+03:00"),
        ("2025-10-26 04:00", "2025-10-26T04:00:00+02:00"),
        ("2024-03-31 12:00", "2024-03-31T12:00:00+03:00"),
        ("2024-03-30 12:00", "2024-03-30T12:00:00+02:00"),
    ])
    func dateForms(written: String, stored: String) throws {
        let proposals = try Self.parse(Self.oneRow(["registeredAt": "\"\(written)\""])).get()
        #expect(proposals.first?.registeredAt.text == stored)
    }

    // MARK: - Malformed files

    /// Expects exactly one problem, at `place`, whose Bulgarian message contains `fragment`.
    static func expectOneIssue(_ issues: [ValidationIssue], place: String, fragment: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(issues.count == 1, "\(issues)", sourceLocation: sourceLocation)
        #expect(issues.first?.place == place, sourceLocation: sourceLocation)
        #expect(issues.first?.message.bulgarian.contains(fragment) == true, "\(issues)", sourceLocation: sourceLocation)
    }

    @Test("Malformed rows: one problem each, with its line and column", arguments: [
        (["applicantEik": "000695115"], "x.csv:2: applicantEik", "грешна контролна цифра на ЕИК/БУЛСТАТ (очаква се 4)"),
        (["applicantEik": "0006951140"], "x.csv:2: applicantEik", "има 9 или 13 цифри, а този има 10"),
        (["applicantEik": "ЕИК 000695114"], "x.csv:2: applicantEik", "само от цифри"),
        (["applicantEik": ""], "x.csv:2: applicantEik", "липсва ЕИК/БУЛСТАТ на кандидата"),
        (["priority": "3"], "x.csv:2: priority", "приоритет „3“ няма в процедурата; приоритетите ѝ са: 1, 2, 4"),
        (["requested": "12.345"], "x.csv:2: requested", "„12.345“ има повече от 2 знака след десетичния разделител"),
        (["requested": "1e3"], "x.csv:2: requested", "„1e3“ не е число"),
        (["requested": "-100"], "x.csv:2: requested", "исканата сума трябва да е положителна, а е „-100“"),
        (["requested": "0"], "x.csv:2: requested", "трябва да е положителна"),
        (["requested": "\"1,000.50\""], "x.csv:2: requested", "и точка, и запетая"),
        (["registeredAt": "31.02.2025 10:00"], "x.csv:2: registeredAt", "„31.02.2025 10:00“ не е дата и час на регистрация"),
        (["registeredAt": "25.11.2025 25:00"], "x.csv:2: registeredAt", "не е дата и час на регистрация"),
        (["registeredAt": "2025-11-25T14:03+2"], "x.csv:2: registeredAt", "не е дата и час на регистрация"),
        (["registeredAt": "вчера"], "x.csv:2: registeredAt", "очаква се напр. „25.11.2025 14:03“"),
        (["id": "33.24/2025"], "x.csv:2: id", "„33.24/2025“ не е допустим номер (съдържа „/“ (U+002F))"),
        (["id": ""], "x.csv:2: id", "липсва номер на проектното предложение"),
        (["title": ""], "x.csv:2: title", "липсва наименование на проектното предложение"),
        (["applicantName": " "], "x.csv:2: applicantName", "липсва наименование на кандидата"),
        (["applicantType": "фирма"], "x.csv:2: applicantType", "„фирма“ не е вид кандидат; допустими са: училище (school)"),
        (["partners": "Община Сливен 120000005"], "x.csv:2: partners",
         "партньор 1 „Община Сливен 120000005“ не е във вида „Наименование|ЕИК“"),
        (["partners": "\"Община Сливен|120000005; ЦПЛР|140000031\""], "x.csv:2: partners",
         "партньор 2 („ЦПЛР“): „140000031“: грешна контролна цифра на ЕИК/БУЛСТАТ (очаква се 0)"),
        (["partners": "|120000005"], "x.csv:2: partners", "партньор 1: липсва наименование"),
    ])
    func malformedRow(changes: [String: String], place: String, fragment: String) throws {
        Self.expectOneIssue(try Self.issues(Self.oneRow(changes)), place: place, fragment: fragment)
    }

    @Test("A repeated id names the line of its first use")
    func duplicateID() throws {
        let text = Self.oneRow() + Self.oneRow(["id": "p-2"]).split(separator: "\n")[1] + "\n"
            + Self.oneRow().split(separator: "\n")[1] + "\n"
        Self.expectOneIssue(try Self.issues(text), place: "x.csv:4: id", fragment: "номерът „p-1“ вече е даден на ред 2")
    }

    @Test("A missing required column")
    func missingColumn() throws {
        let text = "id,registeredAt,priority,requested,title,applicantName\np1,25.11.2025,1,100,Проект,Кандидат\n"
        Self.expectOneIssue(try Self.issues(text), place: "x.csv:1: applicantEik",
                            fragment: "липсва задължителната колона „ЕИК“ (applicantEik)")
    }

    @Test("An unknown column lists the allowed names")
    func unknownColumn() throws {
        let text = Self.englishHeader + ",budget\n" + Self.oneRow().split(separator: "\n")[1] + ",5\n"
        let issues = try Self.issues(text)
        Self.expectOneIssue(issues, place: "x.csv:1: budget", fragment: "непозната колона „budget“; допустимите колони са: id (номер")
        #expect(issues.first?.message.bulgarian.contains("applicantEik (ЕИК, ЕИК на кандидата, БУЛСТАТ") == true)
    }

    @Test("A column given twice, under two of its names")
    func repeatedColumn() throws {
        let text = "№;дата на регистрация;приоритет;сума;заглавие;кандидат;ЕИК;БУЛСТАТ\n"
        let issues = try Self.issues(text)
        #expect(issues.first?.place == "x.csv:1: БУЛСТАТ")
        #expect(issues.first?.message.bulgarian.contains("колона „ЕИК“ (applicantEik) е дадена два пъти") == true)
    }

    @Test("A header that neither separator splits into known names")
    func unknownSeparator() throws {
        Self.expectOneIssue(try Self.issues("id\tregisteredAt\ttitle\np1\t25.11.2025\tПроект\n"), place: "x.csv:1",
                            fragment: "не се разделя на познати имена на колони нито със запетая („,“), нито с точка и запетая („;“)")
    }

    @Test("A row with too few fields is one problem")
    func tooFewFields() throws {
        let text = Self.oneRow() + "p-2,25.11.2025,1,100,Проект\n"
        Self.expectOneIssue(try Self.issues(text), place: "x.csv:3", fragment: "редът има 5 полета, а заглавният ред — 9 колони")
    }

    @Test("Lines are counted through quoted fields with line ends inside")
    func lineAfterMultilineField() throws {
        let good = Self.oneRow().split(separator: "\n")[1]
        let text = Self.englishHeader + "\r\n"
            + "p-0,25.11.2025,1,100,\"Три\r\nреда\nзаглавие\",Кандидат,000695114,,\r\n"
            + good + "\r\n"
            + "p-2,25.11.2025,1,100,Проект,Кандидат,000695115,,\r\n"
        Self.expectOneIssue(try Self.issues(text), place: "x.csv:6: applicantEik", fragment: "очаква се 4")
    }

    @Test("Bytes that are not UTF-8 are one problem naming their line")
    func invalidUTF8() throws {
        var data = Data((Self.oneRow() + "p-2,25.11.2025,1,100,").utf8)
        data.append(contentsOf: [0xC3, 0x28, 0xFF])
        data.append(contentsOf: Array(",Кандидат,000695114,,\n".utf8))
        Self.expectOneIssue(try Self.issues(data), place: "x.csv:3", fragment: "не са текст в UTF-8")
    }

    @Test("A 10 MB field is refused, quickly")
    func hugeField() throws {
        let huge = String(repeating: "a", count: 10 * 1024 * 1024)
        let text = Self.oneRow(["title": huge])
        let clock = ContinuousClock()
        var issues: [ValidationIssue] = []
        let elapsed = try clock.measure { issues = try Self.issues(text) }
        Self.expectOneIssue(issues, place: "x.csv:2: title", fragment: "полето е по-дълго от 10 000 знака")
        #expect(issues.first?.message.bulgarian.count ?? 0 < 200)
        #expect(elapsed < .seconds(20))
    }

    @Test("Blank lines between rows are skipped but counted; places name the column as the header writes it")
    func blankLinesAndBulgarianPlaces() throws {
        let text = """
            №;дата на регистрация;приоритет;искана сума;наименование;кандидат;ЕИК на кандидата
            p1;25.11.2025;1;100;Проект;Кандидат;000695114

            ;;;;;;
            p2;25.11.2025;1;100;Проект;Кандидат;000696320
            """
        Self.expectOneIssue(try Self.issues(text), place: "x.csv:5: ЕИК на кандидата",
                            fragment: "„000696320“: грешна контролна цифра на ЕИК/БУЛСТАТ (очаква се 7)")
    }

    @Test("A file over 20 MB is refused before it is read")
    func hugeFile() throws {
        let data = Data(count: ProposalCSVImporter.maximumFileSize + 1)
        Self.expectOneIssue(try Self.issues(data), place: "x.csv", fragment: "файлът е по-голям от 20 MB")
    }

    @Test("An empty file")
    func emptyFile() throws {
        Self.expectOneIssue(try Self.issues(""), place: "x.csv:1", fragment: "файлът е празен")
        Self.expectOneIssue(try Self.issues("\u{FEFF}\r\n\r\n"), place: "x.csv:1", fragment: "файлът е празен")
    }

    @Test("A header and no proposals")
    func headerOnly() throws {
        Self.expectOneIssue(try Self.issues(Self.englishHeader + "\n\n"), place: "x.csv:2",
                            fragment: "файлът не съдържа проектни предложения")
    }

    @Test("A quote left open to the end of the file")
    func unterminatedQuote() throws {
        let text = Self.oneRow() + "p-2,25.11.2025,1,100,\"Заглавие без край,Кандидат,000695114,,\np-3,25.11.2025,1,100\n"
        Self.expectOneIssue(try Self.issues(text), place: "x.csv:3: title",
                            fragment: "кавичката в началото на полето не е затворена до края на файла")
    }

    @Test("Every problem of every row is reported, in file order")
    func allProblems() throws {
        let text = """
            \(Self.englishHeader)
            a/1,вчера,3,1e3,,,123,фирма,без черта
            p-2,25.11.2025,1,100,Проект,Кандидат,000695114,,
            p-2,25.11.2025,9,-5,Проект,Кандидат,000695115,,
            """
        let issues = try Self.issues(text)
        #expect(issues.map(\.place) == [
            "x.csv:2: id", "x.csv:2: registeredAt", "x.csv:2: priority", "x.csv:2: requested", "x.csv:2: title",
            "x.csv:2: applicantName", "x.csv:2: applicantEik", "x.csv:2: applicantType", "x.csv:2: partners",
            "x.csv:4: id", "x.csv:4: priority", "x.csv:4: requested", "x.csv:4: applicantEik",
        ])
        #expect(issues.allSatisfy { !$0.message.english.isEmpty })
    }
}
