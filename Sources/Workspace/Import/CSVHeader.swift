import EvaluationCore

/// The header line of the register: the separator it is written with and which field holds which column.
struct CSVHeader {
    let delimiter: UnicodeScalar
    /// The header cells as written, trailing empty cells left out.
    let names: [String]
    /// The field index of each column found (the first, when a column is given twice).
    let indices: [ProposalColumn: Int]

    /// The separators a register may use, in the order they are tried.
    static let delimiters: [UnicodeScalar] = [",", ";"]

    /// Chooses the separator that splits the first line into the most known column names, and
    /// reports unknown, repeated, unnamed and missing columns. `nil` when neither separator gives
    /// a single known name (one issue says so).
    static func read(_ text: String, procedure: Procedure, issues: inout CSVIssueLog) -> CSVHeader? {
        if CSVDocument.firstRecord(of: text, delimiter: ",").allSatisfy(\.isEmpty) {
            issues.add(line: 1, bg: "първият ред на файла е празен; той трябва да е заглавният ред с имената на колоните",
                       en: "the first line of the file is empty; it must be the header line naming the columns")
            return nil
        }
        var best: (delimiter: UnicodeScalar, cells: [String], known: Int)?
        for delimiter in delimiters {
            let cells = CSVDocument.firstRecord(of: text, delimiter: delimiter)
            let known = cells.filter { ProposalColumn.named($0) != nil }.count
            if known > 0, known > best?.known ?? 0 {
                best = (delimiter, cells, known)
            }
        }
        guard let best else {
            issues.add(line: 1, bg: "заглавният ред не се разделя на познати имена на колони нито със запетая („,“), "
                           + "нито с точка и запетая („;“); първият ред на файла трябва да съдържа имената на колоните, "
                           + "напр. „id,registeredAt,priority,requested,title,applicantName,applicantEik“ или "
                           + "„номер;дата на регистрация;приоритет;искана сума;наименование на проекта;кандидат;ЕИК“",
                       en: "the header line does not split into known column names with either a comma (\",\") or a "
                           + "semicolon (\";\"); the first line of the file must name the columns, e.g. "
                           + "\"id,registeredAt,priority,requested,title,applicantName,applicantEik\"")
            return nil
        }
        var names = best.cells
        while names.last?.isEmpty == true { names.removeLast() }
        var indices: [ProposalColumn: Int] = [:]
        for (index, name) in names.enumerated() {
            guard !name.isEmpty else {
                issues.add(line: 1, bg: "колона \(index + 1) няма име; всяка колона трябва да има име в заглавния ред",
                           en: "column \(index + 1) has no name; every column needs a name in the header line")
                continue
            }
            guard let column = ProposalColumn.named(name) else {
                issues.add(line: 1, column: name,
                           bg: "непозната колона \(name.quotedForMessage()); допустимите колони са: \(ProposalColumn.allowedNames)",
                           en: "unknown column \(name.quotedForEnglishMessage()); the allowed columns are: "
                               + ProposalColumn.allCases.map(\.rawValue).joined(separator: ", "))
                continue
            }
            if let first = indices[column] {
                issues.add(line: 1, column: name,
                           bg: "колона \(column.label) е дадена два пъти: като \(names[first].quotedForMessage()) "
                               + "(колона \(first + 1)) и като \(name.quotedForMessage()) (колона \(index + 1)); "
                               + "всяка колона се дава само веднъж",
                           en: "column \(column.rawValue) is given twice: as \(names[first].quotedForEnglishMessage()) "
                               + "(column \(first + 1)) and as \(name.quotedForEnglishMessage()) (column \(index + 1)); "
                               + "give each column only once")
                continue
            }
            indices[column] = index
        }
        for column in ProposalColumn.allCases where indices[column] == nil && column.isRequired(by: procedure) {
            issues.add(line: 1, column: column.rawValue,
                       bg: "липсва задължителната колона \(column.label)",
                       en: "the required column \(column.rawValue) (\(column.bulgarianNames[0])) is missing")
        }
        return CSVHeader(delimiter: best.delimiter, names: names, indices: indices)
    }

    /// How an issue names the column of field `index`: its header name, or its number when it has none.
    func label(ofField index: Int) -> String {
        index < names.count && !names[index].isEmpty ? names[index] : "колона \(index + 1)"
    }
}
