import EvaluationCore
import Foundation

/// `ocenka procedure import`: the criteria table (Docs/procedure-format.md, "The criteria table")
/// put in place of the checklist and the methodology of a base procedure file, which gives the rest
/// (id, title, priorities, ranking). Every problem is placed as `FILE:LINE: column`; the result is a
/// procedure file that `ProcedureDecoder` accepts, or nothing.
public enum CriteriaTableImporter {
    public static let columns = ["part", "group", "groupTitle", "criterion", "text", "allowsNA", "onNo", "points", "levelText", "source"]

    /// The base procedure file's bytes with the table's parts in place of its own, pretty-printed
    /// with sorted keys; or every problem of the table, or of the result.
    public static func merge(_ data: Data, fileName: String, into base: Data) -> Result<Data, ValidationFailure> {
        var issues = CSVIssueLog(fileName: fileName)
        let text: String
        switch CSVText.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let error):
            issues.add(line: error.line, bg: "редът съдържа байтове, които не са текст в UTF-8; запишете таблицата в UTF-8",
                       en: "the line has bytes that are not UTF-8 text; save the table as UTF-8")
            return .failure(issues.failure)
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            issues.add(line: 1, bg: "файлът е празен; очаква се заглавен ред „\(columns.joined(separator: ","))“ и по ред за критерий или ниво",
                       en: "the file is empty; expected the header \"\(columns.joined(separator: ","))\" and a row per criterion or level")
            return .failure(issues.failure)
        }
        let delimiter: UnicodeScalar = CSVDocument.firstRecord(of: text, delimiter: ";").count > CSVDocument.firstRecord(of: text, delimiter: ",").count ? ";" : ","
        let document = CSVDocument(text, delimiter: delimiter)
        guard let headerRecord = document.records.first else { return .failure(issues.failure) }
        var index: [String: Int] = [:]
        for (position, name) in headerRecord.fields.enumerated() {
            guard columns.contains(name) else {
                issues.add(line: 1, column: name.isEmpty ? "\(position + 1)" : name,
                           bg: "непозната колона; колоните са: \(columns.joined(separator: ", "))",
                           en: "unknown column; the columns are: \(columns.joined(separator: ", "))")
                continue
            }
            if index[name] != nil {
                issues.add(line: 1, column: name, bg: "колоната се повтаря", en: "the column appears twice")
            }
            index[name] = position
        }
        for name in ["part", "group", "groupTitle", "criterion", "text"] where index[name] == nil {
            issues.add(line: 1, column: name, bg: "липсва задължителната колона", en: "the required column is missing")
        }
        guard issues.isEmpty else { return .failure(issues.failure) }
        var reader = Reader(index: index)
        let rows = document.records.dropFirst().filter { !$0.isBlank }
        for record in rows { reader.read(record, issues: &issues) }
        if let open = document.openQuote {
            issues.add(line: open.line, bg: "кавичката в началото на полето не е затворена до края на файла",
                       en: "the quote at the start of the field is not closed before the end of the file")
        } else if rows.isEmpty {
            issues.add(line: 2, bg: "таблицата няма нито един критерий", en: "the table has no criterion")
        }
        guard issues.isEmpty else { return .failure(issues.failure) }
        return write(reader, into: base, issues: &issues)
    }

    private static func write(_ reader: Reader, into base: Data, issues: inout CSVIssueLog) -> Result<Data, ValidationFailure> {
        guard var root = (try? JSONSerialization.jsonObject(with: base)) as? [String: Any] else {
            issues.add(bg: "основната процедура не е обект в JSON", en: "the base procedure is not a JSON object")
            return .failure(issues.failure)
        }
        if !reader.admin.isEmpty {
            var admin = root["admin"] as? [String: Any] ?? [:]
            admin["groups"] = merged(reader.admin, into: admin["groups"])
            root["admin"] = admin
        }
        if !reader.quality.isEmpty {
            guard var quality = root["quality"] as? [String: Any] else {
                issues.add(line: reader.firstQualityLine, column: "part",
                           bg: "основната процедура няма оценка на качеството („quality“), а таблицата има критерии за качество",
                           en: "the base procedure has no quality part (\"quality\") but the table has quality criteria")
                return .failure(issues.failure)
            }
            quality["groups"] = keepingGroupsToBeEntered(merged(reader.quality, into: quality["groups"]), base: quality["groups"])
            root["quality"] = quality
        }
        guard var data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            issues.add(bg: "процедурата не може да се запише като JSON", en: "the procedure cannot be written as JSON")
            return .failure(issues.failure)
        }
        data.append(0x0A)
        if case .failure(let failure) = ProcedureDecoder.decode(data) { return .failure(failure) }
        return .success(data)
    }

    /// A base group still to be entered that the table does not fill stays in its place, still to be
    /// entered: a table may bring some groups of a methodology first (seed 002's Приложение XII).
    private static func keepingGroupsToBeEntered(_ groups: [[String: Any]], base: Any?) -> [[String: Any]] {
        let old = (base as? [[String: Any]]) ?? []
        guard old.contains(where: { $0["toBeEntered"] as? Bool == true }) else { return groups }
        // In the base's order: each group as the table gives it, or still to be entered; new groups after them.
        let byID = Dictionary(groups.compactMap { group in (group["id"] as? String).map { ($0, group) } }, uniquingKeysWith: { first, _ in first })
        let baseIDs = Set(old.compactMap { $0["id"] as? String })
        var result: [[String: Any]] = []
        for group in old {
            guard let id = group["id"] as? String else { continue }
            if let entered = byID[id] {
                result.append(entered)
            } else if group["toBeEntered"] as? Bool == true {
                result.append(group)
            }
        }
        return result + groups.filter { !baseIDs.contains($0["id"] as? String ?? "") }
    }

    /// The table's groups, each keeping the other fields of the base group with its id (source,
    /// description, maxPoints) so that a table exported from the base reads back to the same file.
    private static func merged(_ groups: [Reader.Group], into base: Any?) -> [[String: Any]] {
        let old = (base as? [[String: Any]]) ?? []
        return groups.map { group in
            var object = old.first { $0["id"] as? String == group.id } ?? [:]
            // A group's maximum is a check against typing errors in the file; the table's levels decide it.
            object["maxPoints"] = nil
            // A group the base left to be entered is entered now.
            object["toBeEntered"] = nil
            object["id"] = group.id
            object["title"] = group.title
            object["criteria"] = group.criteria
            return object
        }
    }

    /// Builds the groups row by row.
    private struct Reader {
        struct Group {
            let id: String
            let title: String
            var criteria: [[String: Any]]
        }

        let index: [String: Int]
        var admin: [Group] = []
        var quality: [Group] = []
        var firstQualityLine = 0
        /// (part, group) → the line where it was first seen; (part, criterion) likewise.
        var groupLines: [String: Int] = [:]
        var criterionLines: [String: Int] = [:]
        var lastCriterion: (part: String, id: String)?

        mutating func read(_ record: CSVDocument.Record, issues: inout CSVIssueLog) {
            let line = record.line
            func field(_ name: String) -> String {
                guard let position = index[name], position < record.fields.count else { return "" }
                return record.fields[position]
            }
            func problem(_ column: String, bg: String, en: String) { issues.add(line: line, column: column, bg: bg, en: en) }
            let before = issues.issues.count
            let part: String
            switch field("part").lowercased() {
            case "admin", "административно": part = "admin"
            case "quality", "качество": part = "quality"
            default:
                problem("part", bg: "„\(field("part"))“ не е част; очаква се „admin“ или „quality“", en: "\"\(field("part"))\" is not a part; expected \"admin\" or \"quality\"")
                return
            }
            let groupID = field("group"), title = field("groupTitle"), criterionID = field("criterion"), text = field("text")
            if groupID.isEmpty { problem("group", bg: "липсва група", en: "the group is missing") }
            else if !ProcedureDecoder.isValidID(groupID) { problem("group", bg: "„\(groupID)“ може да съдържа само латински букви, цифри, „.“, „_“ и „-“", en: "\"\(groupID)\" may contain only Latin letters, digits, \".\", \"_\" and \"-\"") }
            if title.isEmpty { problem("groupTitle", bg: "липсва заглавие на групата", en: "the group's title is missing") }
            if criterionID.isEmpty { problem("criterion", bg: "липсва номер на критерия", en: "the criterion's id is missing") }
            else if !ProcedureDecoder.isValidID(criterionID) { problem("criterion", bg: "„\(criterionID)“ може да съдържа само латински букви, цифри, „.“, „_“ и „-“", en: "\"\(criterionID)\" may contain only Latin letters, digits, \".\", \"_\" and \"-\"") }
            guard issues.issues.count == before else { return }
            var groups = part == "admin" ? admin : quality
            let groupKey = part + "\u{1F}" + groupID
            if let last = groups.last, last.id == groupID {
                if last.title != title {
                    problem("groupTitle", bg: "заглавието се различава от това на ред \(groupLines[groupKey] ?? 0)", en: "the title differs from the one on line \(groupLines[groupKey] ?? 0)")
                    return
                }
            } else if let first = groupLines[groupKey] {
                problem("group", bg: "група „\(groupID)“ вече е започнала на ред \(first); редовете на група са един след друг", en: "group \"\(groupID)\" already began on line \(first); a group's rows come one after another")
                return
            } else {
                groupLines[groupKey] = line
                groups.append(Group(id: groupID, title: title, criteria: []))
            }
            // The structure is kept even when a field below is wrong, so one mistake is reported once,
            // not again on every row after it; the table is refused as a whole anyway.
            defer {
                if part == "admin" { admin = groups } else { quality = groups }
                lastCriterion = (part, criterionID)
            }
            let criterionKey = part + "\u{1F}" + criterionID
            let source = field("source")
            if part == "admin" {
                if let first = criterionLines[criterionKey] {
                    problem("criterion", bg: "критерий „\(criterionID)“ вече е на ред \(first)", en: "criterion \"\(criterionID)\" is already on line \(first)")
                }
                if text.isEmpty { problem("text", bg: "липсва текстът на критерия", en: "the criterion's text is missing") }
                let allowsNA: Bool?
                switch field("allowsNA").lowercased() {
                case "yes", "да", "true": allowsNA = true
                case "no", "не", "false": allowsNA = false
                default:
                    allowsNA = nil
                    problem("allowsNA", bg: "„\(field("allowsNA"))“: очаква се „да“ или „не“ (yes/no) — допуска ли се Н/П", en: "\"\(field("allowsNA"))\": expected \"yes\" or \"no\" — whether N/A is allowed")
                }
                let onNo: String?
                switch field("onNo").lowercased() {
                case "reject", "отхвърляне": onNo = "reject"
                case "remedy", "отстраняване": onNo = "remedy"
                case "note", "отбелязване": onNo = "note"
                default:
                    onNo = nil
                    problem("onNo", bg: "„\(field("onNo"))“: очаква се „reject“, „remedy“ или „note“ (отхвърляне, отстраняване, отбелязване)", en: "\"\(field("onNo"))\": expected \"reject\", \"remedy\" or \"note\"")
                }
                for name in ["points", "levelText"] where !field(name).isEmpty {
                    problem(name, bg: "административен критерий няма точки и нива", en: "an administrative criterion has no points or levels")
                }
                if criterionLines[criterionKey] == nil { criterionLines[criterionKey] = line }
                var criterion: [String: Any] = ["id": criterionID, "text": text, "allowsNA": allowsNA ?? false, "onNo": onNo ?? "reject"]
                if !source.isEmpty { criterion["source"] = source }
                groups[groups.count - 1].criteria.append(criterion)
            } else {
                if firstQualityLine == 0 { firstQualityLine = line }
                for name in ["allowsNA", "onNo"] where !field(name).isEmpty {
                    problem(name, bg: "критерий за качество няма „\(name)“", en: "a quality criterion has no \"\(name)\"")
                }
                let points: Points?
                switch Points.parse(field("points")) {
                case .success(let value) where value >= .zero: points = value
                default:
                    points = nil
                    problem("points", bg: "„\(field("points"))“ не е брой точки (напр. „3“ или „1,5“)", en: "\"\(field("points"))\" is not a number of points (e.g. \"3\" or \"1.5\")")
                }
                if field("levelText").isEmpty { problem("levelText", bg: "липсва описанието на нивото", en: "the level's description is missing") }
                let continues = lastCriterion.map { $0.part == part && $0.id == criterionID } ?? false
                if !continues, let first = criterionLines[criterionKey] {
                    problem("criterion", bg: "критерий „\(criterionID)“ вече е започнал на ред \(first); нивата на критерий са едно след друго", en: "criterion \"\(criterionID)\" already began on line \(first); a criterion's levels come one after another")
                }
                if !continues, text.isEmpty { problem("text", bg: "липсва въпросът на критерия (на първия му ред)", en: "the criterion's question is missing (on its first row)") }
                if continues, let current = groups[groups.count - 1].criteria.last {
                    if !text.isEmpty, text != current["question"] as? String {
                        problem("text", bg: "въпросът се различава от този на ред \(criterionLines[criterionKey] ?? 0)", en: "the question differs from the one on line \(criterionLines[criterionKey] ?? 0)")
                    }
                    let levels = current["levels"] as? [[String: Any]] ?? []
                    if levels.count == 9 {
                        problem("points", bg: "критерият има повече от 9 нива (цифрите 1–9 ги избират)", en: "the criterion has more than 9 levels (the digits 1–9 pick them)")
                    }
                    if let points, let previous = (levels.last?["points"] as? String).flatMap({ try? Points.parse($0).get() }), points >= previous {
                        problem("points", bg: "нивата се изброяват от най-високите към най-ниските точки без повторение; предходното ниво е \(previous.canonicalText) т.",
                                en: "levels are listed from the highest points to the lowest, none twice; the previous level has \(previous.canonicalText)")
                    }
                }
                let levels: [[String: Any]] = points.map { [["points": $0.canonicalText, "text": field("levelText")]] } ?? []
                if continues {
                    var current = groups[groups.count - 1].criteria.removeLast()
                    current["levels"] = (current["levels"] as? [[String: Any]] ?? []) + levels
                    groups[groups.count - 1].criteria.append(current)
                } else {
                    if criterionLines[criterionKey] == nil { criterionLines[criterionKey] = line }
                    var criterion: [String: Any] = ["id": criterionID, "question": text, "levels": levels]
                    if !source.isEmpty { criterion["source"] = source }
                    groups[groups.count - 1].criteria.append(criterion)
                }
            }
        }
    }
}
