import EvaluationCore

/// The register's optional columns about the proposal's plan: its activities, its duration and its
/// budget by line (Docs/formats.md, "The CSV register"). An empty field is "not given".
extension ProposalRowReader {
    /// `1.1; 1.4; 2.2` (also `,` or new lines between them).
    static func activities(_ text: String, problem: (LocalizedText) -> Void) -> [String]? {
        let items = text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !items.isEmpty else { return nil }
        if let bad = items.first(where: { !ProcedureDecoder.isValidID($0) }) {
            problem(LocalizedText(bg: "„\(bad)“ не е номер на дейност (напр. 1.1; 2.3)", en: "\"\(bad)\" is not an activity number (e.g. 1.1; 2.3)"))
            return nil
        }
        return items
    }

    /// Whole months, `8`.
    static func duration(_ text: String, problem: (LocalizedText) -> Void) -> Int? {
        guard !text.isEmpty else { return nil }
        guard text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let months = Int(text), months >= 1 else {
            problem(LocalizedText(bg: "„\(text)“ не е продължителност в месеци (цяло число, напр. 8)",
                                  en: "\"\(text)\" is not a duration in months (a whole number, e.g. 8)"))
            return nil
        }
        return months
    }

    /// `management=3 000,00; publicity=450` — a line's name, `=`, its amount; lines separated by `;`
    /// or new lines, each name once.
    static func budgetLines(_ text: String, problem: (LocalizedText) -> Void) -> [String: Money]? {
        let parts = text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var lines: [String: Money] = [:]
        var good = true
        for part in parts {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard pieces.count == 2, ProcedureDecoder.isValidID(pieces[0]) else {
                problem(LocalizedText(bg: "„\(part)“: очаква се ред=сума, напр. management=3000,00",
                                      en: "\"\(part)\": expected line=amount, e.g. management=3000.00"))
                good = false
                continue
            }
            guard case .success(let amount) = Money.parse(pieces[1]), amount >= .zero else {
                problem(LocalizedText(bg: "„\(pieces[1])“ (ред \(pieces[0])) не е сума с до два знака след десетичния разделител",
                                      en: "\"\(pieces[1])\" (line \(pieces[0])) is not an amount with at most two decimals"))
                good = false
                continue
            }
            guard lines[pieces[0]] == nil else {
                problem(LocalizedText(bg: "бюджетният ред „\(pieces[0])“ е посочен два пъти", en: "the budget line \"\(pieces[0])\" is given twice"))
                good = false
                continue
            }
            lines[pieces[0]] = amount
        }
        return good ? lines : nil
    }
}
