import Foundation

/// Reads an admin or quality sheet and checks it against the frozen procedure: criteria that
/// exist, points that are one of the criterion's levels, Н/П only where allowed, remedy requests on
/// remediable criteria, consistent status and times.
public enum SheetDecoder {
    /// What the file must belong to, when the caller knows it (its name says it).
    public struct Expectation: Sendable {
        public var proposal: String?
        public var evaluator: String?

        public init(proposal: String? = nil, evaluator: String? = nil) {
            self.proposal = proposal
            self.evaluator = evaluator
        }
    }

    /// A quality sheet: the direct reader's when it is sure (`SheetReader`), else the general path's.
    public static func decodeQuality(_ data: Data, procedure: Procedure, expecting: Expectation = .init()) -> Result<QualitySheet, ValidationFailure> {
        if let sheet = data.withUnsafeBytes({ SheetReader.quality($0, procedure: procedure, expecting: expecting) }) { return .success(sheet) }
        return decodeQualityInGeneral(data, procedure: procedure, expecting: expecting)
    }

    /// An admin sheet: the direct reader's when it is sure (`SheetReader`), else the general path's.
    public static func decodeAdmin(_ data: Data, procedure: Procedure, expecting: Expectation = .init()) -> Result<AdminSheet, ValidationFailure> {
        if let sheet = data.withUnsafeBytes({ SheetReader.admin($0, procedure: procedure, expecting: expecting) }) { return .success(sheet) }
        return decodeAdminInGeneral(data, procedure: procedure, expecting: expecting)
    }

    /// `decodeQuality` through the `JSONValue` tree only: every refusal is worded here.
    static func decodeQualityInGeneral(_ data: Data, procedure: Procedure, expecting: Expectation = .init()) -> Result<QualitySheet, ValidationFailure> {
        DocumentDecoding.decode(data) { root in readQuality(root, procedure: procedure, expecting: expecting) }
    }

    /// `decodeAdmin` through the `JSONValue` tree only.
    static func decodeAdminInGeneral(_ data: Data, procedure: Procedure, expecting: Expectation = .init()) -> Result<AdminSheet, ValidationFailure> {
        DocumentDecoding.decode(data) { root in readAdmin(root, procedure: procedure, expecting: expecting) }
    }

    /// Either kind, by its `kind` field.
    public enum AnySheet: Sendable, Equatable {
        case admin(AdminSheet)
        case quality(QualitySheet)
    }

    public static func decodeAny(_ data: Data, procedure: Procedure, expecting: Expectation = .init()) -> Result<AnySheet, ValidationFailure> {
        let direct = data.withUnsafeBytes { bytes -> AnySheet? in
            if let sheet = SheetReader.quality(bytes, procedure: procedure, expecting: expecting) { return .quality(sheet) }
            return SheetReader.admin(bytes, procedure: procedure, expecting: expecting).map(AnySheet.admin)
        }
        if let direct { return .success(direct) }
        return decodeAnyInGeneral(data, procedure: procedure, expecting: expecting)
    }

    /// `decodeAny` through the `JSONValue` tree only.
    static func decodeAnyInGeneral(_ data: Data, procedure: Procedure, expecting: Expectation = .init()) -> Result<AnySheet, ValidationFailure> {
        DocumentDecoding.decode(data) { root -> AnySheet? in
            switch root.fields["kind"] {
            case .string(AdminSheet.kindName)?:
                return readAdmin(root, procedure: procedure, expecting: expecting).map(AnySheet.admin)
            case .string(QualitySheet.kindName)?:
                return readQuality(root, procedure: procedure, expecting: expecting).map(AnySheet.quality)
            default:
                root.issues.add(root.path.appending("kind"), bg: "очаква се „admin“ или „quality“",
                                en: "expected \"admin\" or \"quality\"")
                return nil
            }
        }
    }

    /// The fields every sheet has (``SheetHeader``), checked against `kind` and `expecting`.
    private static func readHeader(_ root: JSONObjectReader, kind: String, expecting: Expectation) -> SheetHeader? {
        DocumentDecoding.checkFormat(root)
        if let found = root.string("kind"), found != kind {
            root.issues.add(root.path.appending("kind"), bg: "очаква се „\(kind)“, а е „\(found)“",
                            en: "expected \"\(kind)\", found \"\(found)\"")
        }
        let proposal = DocumentDecoding.id(root, "proposal")
        if let proposal, let expected = expecting.proposal, proposal != expected {
            root.issues.add(root.path.appending("proposal"),
                            bg: "листът е за предложение „\(proposal)“, а се очаква „\(expected)“",
                            en: "the sheet is for proposal \"\(proposal)\", expected \"\(expected)\"")
        }
        let evaluator = DocumentDecoding.id(root, "evaluator")
        if let evaluator, let expected = expecting.evaluator, evaluator != expected {
            root.issues.add(root.path.appending("evaluator"),
                            bg: "листът е на оценител „\(evaluator)“, а се очаква „\(expected)“",
                            en: "the sheet belongs to evaluator \"\(evaluator)\", expected \"\(expected)\"")
        }
        var conflict: ConflictDeclaration?
        if let object = root.object("conflict", required: false) {
            object.rejectUnknownKeys(["declared", "at", "reason"])
            let reason = object.string("reason", required: false)
            if let declared = object.bool("declared"), let at = object.timestamp("at") {
                conflict = ConflictDeclaration(declared: declared, at: at, reason: reason)
            }
        }
        let status = root.choice("status", SheetStatus.self)
        let updatedAt = root.timestamp("updatedAt", required: false)
        let submittedAt = root.timestamp("submittedAt", required: false)
        if status == .submitted && submittedAt == nil && !root.has("submittedAt") {
            root.issues.add(root.path.appending("submittedAt"), bg: "подаден лист без време на подаване",
                            en: "a submitted sheet without the time it was submitted")
        }
        if conflict?.declared == true && status == .submitted {
            root.issues.add(root.path.appending("status"), bg: "лист с деклариран конфликт на интереси не може да е подаден",
                            en: "a sheet with a declared conflict of interest cannot be submitted")
        }
        var statusChange: StatusChange?
        if let object = root.object("statusChange", required: false) {
            object.rejectUnknownKeys(["by", "at", "reason", "decision"])
            let decision = object.integer("decision", in: 1...Int.max, required: false)
            if let by = object.string("by"), let at = object.timestamp("at"), let reason = object.string("reason") {
                statusChange = StatusChange(by: by, at: at, reason: reason, decision: decision)
            }
        }
        guard let proposal, let evaluator, let status else { return nil }
        return SheetHeader(kind: kind, proposal: proposal, evaluator: evaluator, conflict: conflict, status: status,
                           updatedAt: updatedAt, submittedAt: submittedAt, statusChange: statusChange)
    }

    /// A sheet's object of criterion id → entry (`scores`, `answers`): every key a criterion that
    /// `criterion` finds (else the issue `unknown` words), every entry an object of `fields` that `entry`
    /// reads; the entries with a problem are left out.
    private static func readCriteria<Criterion, Entry>(
        _ root: JSONObjectReader, _ field: String, fields: Set<String>, criterion: (String) -> Criterion?,
        unknown: (String) -> LocalizedText, entry: (JSONObjectReader, Criterion, String) -> Entry?
    ) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        guard let object = root.object(field, required: false) else { return entries }
        for key in object.fields.keys.sorted() {
            guard let found = criterion(key) else {
                object.issues.add(object.path.appending(key), unknown(key))
                continue
            }
            guard let value = object.object(key) else { continue }
            value.rejectUnknownKeys(fields)
            entries[key] = entry(value, found, key)
        }
        return entries
    }

    private static func readQuality(_ root: JSONObjectReader, procedure: Procedure, expecting: Expectation) -> QualitySheet? {
        root.rejectUnknownKeys(SheetHeader.fieldNames.union(["scores", "exportedFrom"]))
        guard let method = procedure.quality else {
            root.issues.add(root.path.appending("kind"), bg: "процедурата няма оценка на качеството",
                            en: "the procedure has no quality assessment")
            return nil
        }
        let header = readHeader(root, kind: QualitySheet.kindName, expecting: expecting)
        let scores = readCriteria(root, "scores", fields: ["points", "note"], criterion: method.criterion(withID:)) { key in
            LocalizedText(bg: "няма критерий „\(key)“ в методиката на процедурата",
                          en: "there is no criterion \"\(key)\" in the procedure's methodology")
        } entry: { score, criterion, key -> QualitySheet.Score? in
            let points = score.points("points", required: false)
            if let points, criterion.level(withPoints: points) == nil {
                let allowed = criterion.levels.map(\.points.canonicalText).joined(separator: ", ")
                score.issues.add(score.path.appending("points"),
                                 bg: "\(points.canonicalText) т. не е ниво на критерий \(key); позволени: \(allowed)",
                                 en: "\(points.canonicalText) points is not a level of criterion \(key); allowed: \(allowed)")
                return nil
            }
            guard let note = DocumentDecoding.note(score, "note") else { return nil }
            return QualitySheet.Score(points: points, note: note)
        }
        guard let header else { return nil }
        return QualitySheet(header: header, scores: scores)
    }

    private static func readAdmin(_ root: JSONObjectReader, procedure: Procedure, expecting: Expectation) -> AdminSheet? {
        root.rejectUnknownKeys(SheetHeader.fieldNames.union(["answers", "remedy", "exportedFrom"]))
        let checklist = procedure.admin
        let header = readHeader(root, kind: AdminSheet.kindName, expecting: expecting)
        let answers = readCriteria(root, "answers", fields: ["answer", "note"], criterion: checklist.criterion(withID:)) { key in
            LocalizedText(bg: "няма критерий „\(key)“ в административния контролен лист",
                          en: "there is no criterion \"\(key)\" in the administrative checklist")
        } entry: { answerObject, criterion, key -> AdminSheet.Answer? in
            guard let answer = answerObject.choice("answer", AdminSheet.AnswerValue.self),
                  let note = DocumentDecoding.note(answerObject, "note") else { return nil }
            if answer == .na && !criterion.allowsNA {
                answerObject.issues.add(answerObject.path.appending("answer"), bg: "отговорът Н/П не е допустим за критерий \(key)",
                                        en: "N/A is not allowed on criterion \(key)")
                return nil
            }
            return AdminSheet.Answer(answer, note: note)
        }
        var requests: [RemedyRequest] = []
        for element in root.array("remedy", required: false) ?? [] {
            guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues) else { continue }
            object.rejectUnknownKeys(["criterion", "requestedAt", "dueDate", "request", "noticeSentOn", "noticeReceivedOn", "reply"])
            let criterionID = object.string("criterion")
            if let criterionID {
                switch checklist.criterion(withID: criterionID)?.onNo {
                case nil:
                    object.issues.add(object.path.appending("criterion"), bg: "няма критерий „\(criterionID)“ в контролния лист",
                                      en: "there is no criterion \"\(criterionID)\" in the checklist")
                case .reject?:
                    object.issues.add(object.path.appending("criterion"),
                                      bg: "критерий \(criterionID) води до отхвърляне; по него не се иска отстраняване",
                                      en: "criterion \(criterionID) rejects; no remedy is requested on it")
                case .note?:
                    object.issues.add(object.path.appending("criterion"),
                                      bg: "критерий \(criterionID) не води до отхвърляне; по него не се иска отстраняване",
                                      en: "criterion \(criterionID) does not reject; no remedy is requested on it")
                case .remedy?:
                    break
                }
            }
            let requestedAt = object.timestamp("requestedAt")
            let dueDate = object.date("dueDate")
            let request = DocumentDecoding.note(object, "request")
            let sentOn = object.date("noticeSentOn", required: false)
            let receivedOn = object.date("noticeReceivedOn", required: false)
            var reply: RemedyRequest.Reply?
            if let replyObject = object.object("reply", required: false) {
                replyObject.rejectUnknownKeys(["receivedAt", "text", "repliedOn"])
                let repliedOn = replyObject.date("repliedOn", required: false)
                if let receivedAt = replyObject.timestamp("receivedAt"), let text = DocumentDecoding.note(replyObject, "text") {
                    reply = RemedyRequest.Reply(receivedAt: receivedAt, text: text, repliedOn: repliedOn)
                }
            }
            if let requestedAt, let dueDate, dueDate < requestedAt.localDate, receivedOn == nil {
                object.issues.add(object.path.appending("dueDate"), bg: "срокът изтича преди искането",
                                  en: "the deadline ends before the request")
            }
            if receivedOn != nil, sentOn == nil {
                object.issues.add(object.path.appending("noticeSentOn"), bg: "дадена е датата на получаване на уведомлението, но не и датата на изпращането му",
                                  en: "the notice's receipt date is given but not the date it was sent")
            }
            if let sentOn, let receivedOn, receivedOn < sentOn {
                object.issues.add(object.path.appending("noticeReceivedOn"),
                                  bg: "уведомлението е получено (\(receivedOn.bulgarianText)) преди да е изпратено (\(sentOn.bulgarianText))",
                                  en: "the notice was received (\(receivedOn.isoText)) before it was sent (\(sentOn.isoText))")
            }
            guard let criterionID, let requestedAt, let dueDate, let request else { continue }
            let remedy = RemedyRequest(criterion: criterionID, requestedAt: requestedAt, dueDate: dueDate, request: request,
                                       noticeSentOn: sentOn, noticeReceivedOn: receivedOn, reply: reply)
            if receivedOn != nil || sentOn != nil {
                let expected = remedy.expectedDueDate(checklist: checklist)
                if expected != dueDate {
                    let kind = checklist.remedyDayKind == .calendar ? ("календарни", "calendar") : ("работни", "working")
                    object.issues.add(object.path.appending("dueDate"),
                                      bg: "срокът трябва да е \(expected.bulgarianText): \(checklist.remedyDays) \(kind.0) дни от получаването на уведомлението на \(remedy.receiptDate.bulgarianText), а е \(dueDate.bulgarianText)",
                                      en: "the deadline must be \(expected.isoText): \(checklist.remedyDays) \(kind.1) days from the notice's receipt on \(remedy.receiptDate.isoText), found \(dueDate.isoText)")
                }
            }
            if let reply, reply.repliedOn != nil, reply.arrivalDate < remedy.sentDate {
                object.issues.add(object.path.appending("reply").appending("repliedOn"),
                                  bg: "отговорът (\(reply.arrivalDate.bulgarianText)) е преди изпращането на уведомлението (\(remedy.sentDate.bulgarianText))",
                                  en: "the reply (\(reply.arrivalDate.isoText)) is before the notice was sent (\(remedy.sentDate.isoText))")
            }
            requests.append(remedy)
        }
        guard let header else { return nil }
        return AdminSheet(header: header, answers: answers, remedy: requests)
    }
}
