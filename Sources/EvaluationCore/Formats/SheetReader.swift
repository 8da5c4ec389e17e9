/// The sheets' direct reader: from the bytes of a sheet straight to an `AdminSheet` or a
/// `QualitySheet`, without a `JSONValue` tree and its dictionaries, for the sure case only — a
/// sheet the general path (`SheetDecoder`'s readers over `JSONScanner`) accepts as it stands, with
/// strings without escapes, no `statusChange`, `exportedFrom` or remedy request. On anything else it
/// gives `nil` and `SheetDecoder` reads the file the general way, which accepts the same documents,
/// builds the same values and words every refusal (`SheetReaderTests` compares the two on random
/// and mutated sheets). Each justification is checked on its bytes and becomes a `String` once.
enum SheetReader {
    static func quality(_ bytes: UnsafeRawBufferPointer, procedure: Procedure, expecting: SheetDecoder.Expectation) -> QualitySheet? {
        guard let method = procedure.quality else { return nil }
        var scores: [String: QualitySheet.Score] = [:]
        var header = HeaderFields()
        var cursor = JSONCursor(bytes)
        var sawScores = false
        let read = readObject(&cursor) { cursor, key in
            if key.isName("scores") {
                guard !sawScores else { return false }
                sawScores = true
                if cursor.null() { return true }
                guard let read = qualityScores(&cursor, method: method) else { return false }
                scores = read
                return true
            }
            return header.read(key, &cursor)
        }
        guard read, cursor.atEnd(), let sheetHeader = header.header(kind: QualitySheet.kindName, expecting: expecting) else { return nil }
        return QualitySheet(header: sheetHeader, scores: scores)
    }

    static func admin(_ bytes: UnsafeRawBufferPointer, procedure: Procedure, expecting: SheetDecoder.Expectation) -> AdminSheet? {
        let checklist = procedure.admin
        var answers: [String: AdminSheet.Answer] = [:]
        var header = HeaderFields()
        var cursor = JSONCursor(bytes)
        var sawAnswers = false
        var sawRemedy = false
        let read = readObject(&cursor) { cursor, key in
            if key.isName("answers") {
                guard !sawAnswers else { return false }
                sawAnswers = true
                if cursor.null() { return true }
                guard let read = adminAnswers(&cursor, checklist: checklist) else { return false }
                answers = read
                return true
            }
            if key.isName("remedy") {
                // Only an empty list (or none): a request is left to the general path, which checks its dates.
                guard !sawRemedy else { return false }
                sawRemedy = true
                if cursor.null() { return true }
                return cursor.take(0x5B) && cursor.take(0x5D)
            }
            return header.read(key, &cursor)
        }
        guard read, cursor.atEnd(), let sheetHeader = header.header(kind: AdminSheet.kindName, expecting: expecting) else { return nil }
        return AdminSheet(header: sheetHeader, answers: answers, remedy: [])
    }

    /// An object, handing each member's key to `member`, which reads the value (`false`: not the sure case).
    private static func readObject(_ cursor: inout JSONCursor, _ member: (inout JSONCursor, UnsafeRawBufferPointer) -> Bool) -> Bool {
        guard cursor.take(0x7B) else { return false }
        if cursor.take(0x7D) { return true }
        while true {
            guard let key = cursor.key(), member(&cursor, key), let last = cursor.endsContainer(0x7D) else { return false }
            if last { return true }
        }
    }

    private static func qualityScores(_ cursor: inout JSONCursor, method: QualityMethod) -> [String: QualitySheet.Score]? {
        var scores: [String: QualitySheet.Score] = Dictionary(minimumCapacity: method.groups.reduce(0) { $0 + $1.criteria.count })
        var next = (group: 0, criterion: 0)
        let read = readObject(&cursor) { cursor, key in
            let id = String(decoding: key, as: UTF8.self)
            guard key.allSatisfy({ $0 < 0x80 }), scores[id] == nil, let criterion = Self.criterion(id, in: method, after: &next) else { return false }
            var points: Points?
            var note: String?
            var sawPoints = false
            let entry = readObject(&cursor) { cursor, field in
                if field.isName("points") {
                    guard !sawPoints else { return false }
                    sawPoints = true
                    if cursor.null() { return true }
                    guard let found = Self.points(&cursor), criterion.level(withPoints: found) != nil else { return false }
                    points = found
                    return true
                }
                if field.isName("note") {
                    guard note == nil else { return false }
                    note = Self.note(&cursor)
                    return note != nil
                }
                return false
            }
            guard entry else { return false }
            scores[id] = QualitySheet.Score(points: points, note: note ?? "")
            return true
        }
        return read ? scores : nil
    }

    /// `method.criterion(withID:)`, trying first the criterion after the one found last (the files
    /// write the scores in the methodology's order).
    private static func criterion(_ id: String, in method: QualityMethod, after next: inout (group: Int, criterion: Int)) -> QualityCriterion? {
        let groups = method.groups
        if next.group < groups.count {
            let criteria = groups[next.group].criteria
            let index = next.criterion
            if index < criteria.count, criteria[index].id == id {
                next = index + 1 == criteria.count ? (next.group + 1, 0) : (next.group, index + 1)
                return criteria[index]
            }
        }
        for (groupIndex, group) in groups.enumerated() {
            if let index = group.criteria.firstIndex(where: { $0.id == id }) {
                next = index + 1 == group.criteria.count ? (groupIndex + 1, 0) : (groupIndex, index + 1)
                return group.criteria[index]
            }
        }
        return nil
    }

    private static func adminAnswers(_ cursor: inout JSONCursor, checklist: AdminChecklist) -> [String: AdminSheet.Answer]? {
        var answers: [String: AdminSheet.Answer] = [:]
        let read = readObject(&cursor) { cursor, key in
            let id = String(decoding: key, as: UTF8.self)
            guard key.allSatisfy({ $0 < 0x80 }), answers[id] == nil, let criterion = checklist.criterion(withID: id) else { return false }
            var answer: AdminSheet.AnswerValue?
            var note: String?
            let entry = readObject(&cursor) { cursor, field in
                if field.isName("answer") {
                    guard answer == nil, let text = cursor.string(), let value = AdminSheet.AnswerValue(rawValue: text) else { return false }
                    answer = value
                    return true
                }
                if field.isName("note") {
                    guard note == nil else { return false }
                    note = Self.note(&cursor)
                    return note != nil
                }
                return false
            }
            guard entry, let answer, answer != .na || criterion.allowsNA else { return false }
            answers[id] = AdminSheet.Answer(answer, note: note ?? "")
            return true
        }
        return read ? answers : nil
    }

    /// A note as `DocumentDecoding.note` takes it: `null` is none (""), otherwise a string with no
    /// control character but a new line or a tab (JSON's plain strings have none below U+0020) and
    /// at most `maxTextLength` characters.
    private static func note(_ cursor: inout JSONCursor) -> String? {
        if cursor.null() { return "" }
        guard let (text, mayContainControl) = cursor.text() else { return nil }
        if mayContainControl, ControlCharacters.firstRefused(in: text, multiline: true) != nil { return nil }
        guard text.utf8.count <= DocumentDecoding.maxTextLength || text.count <= DocumentDecoding.maxTextLength else { return nil }
        return text
    }

    /// Points as `JSONObjectReader.points` takes them, in the forms the files write: a whole JSON
    /// number, or a string of a whole number or one with one or two decimals after a point.
    private static func points(_ cursor: inout JSONCursor) -> Points? {
        if cursor.peek(0x22) {
            guard let text = cursor.string() else { return nil }
            return JSONObjectReader.simplePoints(text)
        }
        guard let whole = cursor.smallInteger(), whole <= 9999 else { return nil }
        return Points(whole)
    }

    /// The header's fields as they come, each at most once; `header` checks them as `readHeader`
    /// does and gives `nil` where it would report a problem.
    private struct HeaderFields {
        var seen: Set<String> = []
        var format: Int?
        var kind: String?
        var proposal: String?
        var evaluator: String?
        var conflict: ConflictDeclaration?
        var status: SheetStatus?
        var updatedAt: Timestamp?
        var submittedAt: Timestamp?

        mutating func read(_ key: UnsafeRawBufferPointer, _ cursor: inout JSONCursor) -> Bool {
            let name: String
            if key.isName("format") { name = "format" } else if key.isName("kind") { name = "kind" }
            else if key.isName("proposal") { name = "proposal" } else if key.isName("evaluator") { name = "evaluator" }
            else if key.isName("conflict") { name = "conflict" } else if key.isName("status") { name = "status" }
            else if key.isName("updatedAt") { name = "updatedAt" } else if key.isName("submittedAt") { name = "submittedAt" }
            else { return false }
            guard seen.insert(name).inserted else { return false }
            switch name {
            case "format":
                format = cursor.smallInteger()
                return format == 1
            case "kind":
                kind = cursor.string()
                return kind != nil
            case "proposal":
                proposal = cursor.string()
                return proposal.map { RecordID.problem($0) == nil } ?? false
            case "evaluator":
                evaluator = cursor.string()
                return evaluator.map { RecordID.problem($0) == nil } ?? false
            case "conflict":
                if cursor.null() { return true }
                return readConflict(&cursor)
            case "status":
                status = cursor.string().flatMap(SheetStatus.init(rawValue:))
                return status != nil
            case "updatedAt":
                if cursor.null() { return true }
                updatedAt = cursor.string().flatMap(Timestamp.init)
                return updatedAt != nil
            default:
                if cursor.null() { return true }
                submittedAt = cursor.string().flatMap(Timestamp.init)
                return submittedAt != nil
            }
        }

        private mutating func readConflict(_ cursor: inout JSONCursor) -> Bool {
            var declared: Bool?
            var at: Timestamp?
            var reason: String?
            var sawReason = false
            let read = SheetReader.readObject(&cursor) { cursor, key in
                if key.isName("declared") {
                    guard declared == nil else { return false }
                    declared = cursor.bool()
                    return declared != nil
                }
                if key.isName("at") {
                    guard at == nil else { return false }
                    at = cursor.string().flatMap(Timestamp.init)
                    return at != nil
                }
                if key.isName("reason") {
                    guard !sawReason else { return false }
                    sawReason = true
                    if cursor.null() { return true }
                    // `JSONObjectReader.string` refuses a reason of only white space.
                    reason = cursor.string()
                    return reason.map { !$0.trimmingWhitespace().isEmpty } ?? false
                }
                return false
            }
            guard read, let declared, let at else { return false }
            conflict = ConflictDeclaration(declared: declared, at: at, reason: reason)
            return true
        }

        func header(kind expected: String, expecting: SheetDecoder.Expectation) -> SheetHeader? {
            guard format == 1, kind == expected, let proposal, let evaluator, let status else { return nil }
            if let wanted = expecting.proposal, wanted != proposal { return nil }
            if let wanted = expecting.evaluator, wanted != evaluator { return nil }
            if status == .submitted && submittedAt == nil { return nil }
            if conflict?.declared == true && status == .submitted { return nil }
            return SheetHeader(kind: expected, proposal: proposal, evaluator: evaluator, conflict: conflict, status: status,
                               updatedAt: updatedAt, submittedAt: submittedAt)
        }
    }
}
