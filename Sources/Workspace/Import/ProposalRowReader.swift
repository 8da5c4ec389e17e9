import EvaluationCore

/// Checks the records of the register one by one and turns each good one into a `Proposal`,
/// reporting every problem of every field (a record with a problem gives no proposal).
struct ProposalRowReader {
    let header: CSVHeader
    let procedure: Procedure
    /// The line of the first record with each id, to name it when the id comes again.
    private var lineOfID: [String: Int] = [:]

    init(header: CSVHeader, procedure: Procedure) {
        self.header = header
        self.procedure = procedure
    }

    mutating func read(_ record: CSVDocument.Record, issues: inout CSVIssueLog) -> Proposal? {
        let line = record.line
        let columnCount = header.names.count
        guard record.fields.count >= columnCount, record.fields[columnCount...].allSatisfy(\.isEmpty) else {
            let fields = record.fields.count == 1 ? "едно поле" : "\(record.fields.count) полета"
            let columns = columnCount == 1 ? "една колона" : "\(columnCount) колони"
            issues.add(line: line,
                       bg: "редът има \(fields), а заглавният ред — \(columns); "
                           + "проверете разделителите и кавичките на реда",
                       en: "the row has \(record.fields.count) fields and the header \(columnCount) columns; "
                           + "check the row's separators and quotes")
            return nil
        }
        let before = issues.issues.count
        var refused: Set<Int> = []
        for (index, field) in record.fields.enumerated() where Self.isTooLong(field) {
            refused.insert(index)
            let limit = DecimalText.format(Int64(ProposalCSVImporter.maximumFieldLength), fractionDigits: 0,
                                           groupSeparator: " ")
            issues.add(line: line, column: header.label(ofField: index),
                       bg: "полето е по-дълго от \(limit) знака и не се приема",
                       en: "the field is longer than \(limit) characters and is refused")
        }
        for (index, field) in record.fields.enumerated() where !refused.contains(index) {
            // The title may run over lines and the partners be one a line; every other field is a single line.
            let multiline = header.indices[.partners] == index || header.indices[.title] == index
            if let bad = ControlCharacters.firstRefused(in: field, multiline: multiline) {
                refused.insert(index)
                issues.add(line: line, column: header.label(ofField: index), ControlCharacters.refusal(bad, multiline: multiline))
            }
        }
        func field(_ column: ProposalColumn) -> Field? {
            guard let index = header.indices[column] else {
                // A required column that is missing was reported with the header; an optional one reads as empty.
                return column.isRequired(by: procedure) ? nil : Field(text: "", column: column.rawValue)
            }
            return refused.contains(index) ? nil : Field(text: record.fields[index], column: header.names[index])
        }
        func problem(_ field: Field, bg: String, en: String) {
            issues.add(line: line, column: field.column, bg: bg, en: en)
        }
        func problem(_ field: Field, _ message: LocalizedText) {
            issues.add(line: line, column: field.column, message)
        }

        var id: String?
        if let field = field(.id) {
            id = checkedID(field.text, line: line) { problem(field, $0) }
        }

        var registeredAt: Timestamp?
        if let field = field(.registeredAt) {
            if field.text.isEmpty {
                problem(field, bg: "липсват дата и час на регистрация", en: "the registration date and time are missing")
            } else if let timestamp = RegistrationTimeParser.parse(field.text) {
                registeredAt = timestamp
            } else {
                problem(field,
                        bg: "\(field.text.quotedForMessage()) не е дата и час на регистрация; очаква се напр. "
                            + "„25.11.2025 14:03“, „25.11.2025 г. 14:03 ч.“, „2025-11-25 14:03“ "
                            + "или „2025-11-25T14:03:00+02:00“",
                        en: "\(field.text.quotedForEnglishMessage()) is not a registration date and time; expected e.g. "
                            + "\"25.11.2025 14:03\", \"2025-11-25 14:03\" or \"2025-11-25T14:03:00+02:00\"")
            }
        }

        var priority: String?
        if let field = field(.priority) {
            priority = checkedPriority(field.text) { problem(field, $0) }
        }

        var requested: Money?
        if let field = field(.requested) {
            switch Money.parse(field.text) {
            case .failure(let error):
                problem(field, error.message)
            case .success(let amount) where amount <= .zero:
                problem(field, bg: "исканата сума трябва да е положителна, а е \(field.text.quotedForMessage())",
                        en: "the amount requested must be positive, not \(field.text.quotedForEnglishMessage())")
            case .success(let amount):
                requested = amount
            }
        }

        var title: String?
        if let field = field(.title) {
            if field.text.isEmpty {
                problem(field, bg: "липсва наименование на проектното предложение", en: "the proposal's title is missing")
            }
            title = field.text
        }

        var applicantName: String?
        if let field = field(.applicantName) {
            if field.text.isEmpty {
                problem(field, bg: "липсва наименование на кандидата", en: "the applicant's name is missing")
            }
            applicantName = field.text
        }

        var applicantEik: EIK?
        if let field = field(.applicantEik) {
            if field.text.isEmpty {
                problem(field, bg: "липсва ЕИК/БУЛСТАТ на кандидата", en: "the applicant's EIK/BULSTAT code is missing")
            } else {
                switch EIK.validate(field.text) {
                case .success(let eik): applicantEik = eik
                case .failure(let error): problem(field, Self.eikMessage(field.text, error))
                }
            }
        }

        var applicantType: String?
        if let field = field(.applicantType), !field.text.isEmpty {
            if let kind = OrganisationKind(text: field.text) {
                applicantType = kind.rawValue
            } else {
                let kinds = OrganisationKind.allCases
                problem(field,
                        bg: "\(field.text.quotedForMessage()) не е вид кандидат; допустими са: "
                            + kinds.map { "\($0.label.bulgarian) (\($0.rawValue))" }.joined(separator: ", ")
                            + ", както и съкращенията ОУ, СУ, ПГ, ДГ, ЦПЛР, РУО",
                        en: "\(field.text.quotedForEnglishMessage()) is not a kind of applicant; allowed: "
                            + kinds.map(\.rawValue).joined(separator: ", "))
            }
        }

        var partners: [Organisation] = []
        if let field = field(.partners) {
            partners = checkedPartners(field.text) { problem(field, $0) }
        }

        var population: Int?
        if let field = field(.settlementPopulation), !field.text.isEmpty {
            let digits = field.text.filter { $0 != " " && $0 != "\u{00A0}" }
            if digits.count <= 9, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let value = Int(digits) {
                population = value
            } else {
                problem(field, bg: "\(field.text.quotedForMessage()) не е брой жители (цяло число, напр. 1 250)",
                        en: "\(field.text.quotedForEnglishMessage()) is not a number of inhabitants (a whole number, e.g. 1250)")
            }
        }
        let activities = field(.activities).flatMap { field in Self.activities(field.text) { problem(field, $0) } }
        let duration = field(.durationMonths).flatMap { field in Self.duration(field.text) { problem(field, $0) } }
        let budgetLines = field(.budgetLines).flatMap { field in Self.budgetLines(field.text) { problem(field, $0) } }
        func optional(_ column: ProposalColumn) -> String? {
            guard let text = field(column)?.text, !text.isEmpty else { return nil }
            return text
        }

        guard issues.issues.count == before, let id, let registeredAt, let priority, let requested, let title,
              let applicantName, let applicantEik else { return nil }
        var proposal = Proposal(id: id, registeredAt: registeredAt, title: title, priority: priority, requested: requested,
                                applicant: Organisation(name: applicantName, eik: applicantEik.digits, type: applicantType),
                                partners: partners)
        proposal.settlement = optional(.settlement)
        proposal.settlementPopulation = population
        proposal.nuts3 = optional(.nuts3)
        proposal.network = optional(.network)
        proposal.activities = activities
        proposal.durationMonths = duration
        proposal.budgetLines = budgetLines
        return proposal
    }

    /// A field's text and the name of its column as the header writes it.
    private struct Field {
        let text: String
        let column: String
    }

    /// A well-formed id not used before in the file.
    private mutating func checkedID(_ text: String, line: Int, problem: (LocalizedText) -> Void) -> String? {
        if text.isEmpty {
            problem(LocalizedText(bg: "липсва номер на проектното предложение", en: "the proposal's id is missing"))
            return nil
        }
        if let idProblem = RecordID.problem(text) {
            problem(LocalizedText(
                bg: "\(idProblem.bulgarian) (от него се образуват имената на файловете на оценителите)",
                en: "\(idProblem.english) (it names the evaluators' files)"))
            return nil
        }
        if let first = lineOfID[text] {
            problem(LocalizedText(
                bg: "номерът \(text.quotedForMessage()) вече е даден на ред \(first); всяко предложение има свой номер",
                en: "the id \(text.quotedForEnglishMessage()) is already used on line \(first); every proposal has its own id"))
            return nil
        }
        lineOfID[text] = line
        return text
    }

    /// A priority of the procedure; an empty one is the implicit priority of a procedure that has none.
    private func checkedPriority(_ text: String, problem: (LocalizedText) -> Void) -> String? {
        if text.isEmpty && !procedure.hasExplicitPriorities { return Procedure.implicitPriorityID }
        if procedure.priority(withID: text) != nil { return text }
        let known = procedure.priorities.map(\.id).joined(separator: ", ")
        if text.isEmpty {
            problem(LocalizedText(bg: "липсва приоритет; приоритетите на процедурата са: \(known)",
                                  en: "the priority is missing; the procedure's priorities are: \(known)"))
        } else {
            problem(LocalizedText(
                bg: "приоритет \(text.quotedForMessage()) няма в процедурата; приоритетите ѝ са: \(known)",
                en: "the procedure has no priority \(text.quotedForEnglishMessage()); its priorities are: \(known)"))
        }
        return nil
    }

    /// "Name|EIK; Name|EIK" (or one partner a line); empty means no partners. The partners that are
    /// well written; the others are reported.
    private func checkedPartners(_ text: String, problem: (LocalizedText) -> Void) -> [Organisation] {
        var partners: [Organisation] = []
        let entries = text.split { $0 == ";" || $0.isNewline }.map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        for (number, written) in zip(1..., entries) {
            // "Name|EIK|type": an optional kind after the code (ОУ, ДГ, school …), for the procedure's partnerTypes check.
            var entry = written
            var type: String?
            if let last = written.lastIndex(of: "|"), written[..<last].contains("|"),
               let kind = OrganisationKind(text: String(written[written.index(after: last)...]).trimmingWhitespace()) {
                type = kind.rawValue
                entry = String(written[..<last])
            }
            guard let bar = entry.lastIndex(of: "|") else {
                problem(LocalizedText(
                    bg: "партньор \(number) \(entry.quotedForMessage()) не е във вида „Наименование|ЕИК“; "
                        + "партньорите се пишат „Наименование|ЕИК; Наименование|ЕИК“",
                    en: "partner \(number) \(entry.quotedForEnglishMessage()) is not written as \"Name|EIK\"; "
                        + "partners are written \"Name|EIK; Name|EIK\""))
                continue
            }
            let name = String(entry[..<bar]).trimmingWhitespace()
            let code = String(entry[entry.index(after: bar)...]).trimmingWhitespace()
            if name.isEmpty {
                problem(LocalizedText(bg: "партньор \(number): липсва наименование преди „|“",
                                      en: "partner \(number): the name before \"|\" is missing"))
            }
            switch EIK.validate(code) {
            case .success(let eik):
                partners.append(Organisation(name: name, eik: eik.digits, type: type))
            case .failure(let error):
                let message = code.isEmpty
                    ? LocalizedText(bg: "липсва ЕИК/БУЛСТАТ след „|“", en: "the EIK/BULSTAT code after \"|\" is missing")
                    : Self.eikMessage(code, error)
                problem(LocalizedText(bg: "партньор \(number) (\(name.quotedForMessage())): \(message.bulgarian)",
                                      en: "partner \(number) (\(name.quotedForEnglishMessage())): \(message.english)"))
            }
        }
        return partners
    }

    private static func eikMessage(_ text: String, _ problem: EIK.Problem) -> LocalizedText {
        LocalizedText(bg: "\(text.quotedForMessage()): \(problem.message.bulgarian)",
                      en: "\(text.quotedForEnglishMessage()): \(problem.message.english)")
    }

    /// Longer than the limit, counted in characters; the byte count rules most fields out at once.
    static func isTooLong(_ field: String) -> Bool {
        let limit = ProposalCSVImporter.maximumFieldLength
        return field.utf8.count > limit && !field.dropFirst(limit).isEmpty
    }
}
