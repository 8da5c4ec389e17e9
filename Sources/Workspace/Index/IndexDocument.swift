import EvaluationCore

/// A file of an evaluator's folder as the loader parsed it and the index keeps it: every field of the
/// value, so that what the index gives back is equal (`==`) to what parsing the file gives. The
/// justifications of the quality scores — most of a workspace's bytes — are kept apart (`notes`), so
/// that a command that prints none (`check`, `rank`) does not read them.
enum IndexDocument: Sendable, Equatable {
    case declaration(Declaration)
    case admin(AdminSheet)
    case quality(QualitySheet)

    /// The value's bytes, and the bytes of its scores' justifications, which `structure` locates
    /// (offset and length in `notes`).
    func encoded() -> (structure: [UInt8], notes: [UInt8]) {
        var writer = IndexWriter(capacity: 512)
        var notes: [UInt8] = []
        switch self {
        case .declaration(let declaration):
            writer.unsigned(0)
            writer.int(declaration.format)
            writer.text(declaration.evaluator)
            writer.timestamp(declaration.acceptedAt)
            writer.int(declaration.textVersion)
        case .admin(let sheet):
            writer.unsigned(1)
            writer.header(sheet.header)
            writer.unsigned(UInt64(sheet.answers.count))
            for (criterion, answer) in sheet.answers {
                writer.text(criterion)
                writer.text(answer.answer.rawValue)
                writer.text(answer.note)
            }
            writer.unsigned(UInt64(sheet.remedy.count))
            for request in sheet.remedy { writer.remedy(request) }
        case .quality(let sheet):
            writer.unsigned(2)
            writer.header(sheet.header)
            writer.unsigned(UInt64(sheet.scores.count))
            for (criterion, score) in sheet.scores {
                writer.text(criterion)
                writer.optional(score.points) { $0.int($1.hundredths) }
                var note = score.note
                note.withUTF8 { utf8 in
                    writer.unsigned(UInt64(notes.count))
                    writer.unsigned(UInt64(utf8.count))
                    notes.append(contentsOf: utf8)
                }
            }
        }
        return (writer.bytes, notes)
    }

    /// `notes`: the bytes of the justifications; nil leaves every score's justification empty.
    init(decoding bytes: UnsafeRawBufferPointer, notes: UnsafeRawBufferPointer?) throws(IndexCorruption) {
        var reader = IndexReader(bytes)
        switch try reader.unsigned() {
        case 0:
            let format = try reader.int()
            var declaration = Declaration(evaluator: try reader.text(), acceptedAt: try reader.timestamp(), textVersion: 0)
            declaration.format = format
            declaration.textVersion = try reader.int()
            self = .declaration(declaration)
        case 1:
            let header = try reader.header()
            let answerCount = try reader.count()
            var answers: [String: AdminSheet.Answer] = Dictionary(minimumCapacity: answerCount)
            for _ in 0 ..< answerCount {
                let criterion = try reader.text()
                guard let value = AdminSheet.AnswerValue(rawValue: try reader.text()) else { throw IndexCorruption() }
                answers[criterion] = AdminSheet.Answer(value, note: try reader.text())
            }
            let requestCount = try reader.count()
            var remedy: [RemedyRequest] = []
            remedy.reserveCapacity(requestCount)
            for _ in 0 ..< requestCount { remedy.append(try reader.remedy()) }
            self = .admin(AdminSheet(header: header, answers: answers, remedy: remedy))
        case 2:
            let header = try reader.header()
            let scoreCount = try reader.count()
            var scores: [String: QualitySheet.Score] = Dictionary(minimumCapacity: scoreCount)
            for _ in 0 ..< scoreCount {
                let criterion = try reader.text()
                let points = try reader.optional { reader throws(IndexCorruption) in Points(hundredths: try reader.int()) }
                let offset = try reader.unsigned()
                let length = try reader.unsigned()
                var note = ""
                if let notes {
                    guard offset <= UInt64(notes.count), length <= UInt64(notes.count) - offset else { throw IndexCorruption() }
                    note = String(decoding: UnsafeRawBufferPointer(rebasing: notes[Int(offset) ..< Int(offset + length)]), as: UTF8.self)
                }
                scores[criterion] = QualitySheet.Score(points: points, note: note)
            }
            self = .quality(QualitySheet(header: header, scores: scores))
        default:
            throw IndexCorruption()
        }
        guard reader.isAtEnd else { throw IndexCorruption() }
    }
}

extension IndexWriter {
    mutating func timestamp(_ value: Timestamp) {
        text(value.text)
    }

    mutating func date(_ value: CalendarDate) {
        int(value.year)
        int(value.month)
        int(value.day)
    }

    mutating func header(_ header: SheetHeader) {
        int(header.format)
        text(header.kind)
        text(header.proposal)
        text(header.evaluator)
        optional(header.conflict) { writer, conflict in
            writer.bool(conflict.declared)
            writer.timestamp(conflict.at)
            writer.optional(conflict.reason) { $0.text($1) }
        }
        text(header.status.rawValue)
        optional(header.updatedAt) { $0.timestamp($1) }
        optional(header.submittedAt) { $0.timestamp($1) }
        optional(header.statusChange) { writer, change in
            writer.text(change.by)
            writer.timestamp(change.at)
            writer.text(change.reason)
            writer.optional(change.decision) { $0.int($1) }
        }
    }

    mutating func remedy(_ request: RemedyRequest) {
        text(request.criterion)
        timestamp(request.requestedAt)
        date(request.dueDate)
        text(request.request)
        optional(request.noticeSentOn) { $0.date($1) }
        optional(request.noticeReceivedOn) { $0.date($1) }
        optional(request.reply) { writer, reply in
            writer.timestamp(reply.receivedAt)
            writer.text(reply.text)
            writer.optional(reply.repliedOn) { $0.date($1) }
        }
    }
}

extension IndexReader {
    mutating func timestamp() throws(IndexCorruption) -> Timestamp {
        guard let timestamp = Timestamp(try text()) else { throw IndexCorruption() }
        return timestamp
    }

    mutating func date() throws(IndexCorruption) -> CalendarDate {
        guard let date = CalendarDate(year: try int(), month: try int(), day: try int()) else { throw IndexCorruption() }
        return date
    }

    mutating func header() throws(IndexCorruption) -> SheetHeader {
        let format = try int()
        let kind = try text()
        let proposal = try text()
        let evaluator = try text()
        let conflict = try optional { reader throws(IndexCorruption) in
            ConflictDeclaration(declared: try reader.bool(), at: try reader.timestamp(),
                                reason: try reader.optional { reader throws(IndexCorruption) in try reader.text() })
        }
        guard let status = SheetStatus(rawValue: try text()) else { throw IndexCorruption() }
        let updatedAt = try optional { reader throws(IndexCorruption) in try reader.timestamp() }
        let submittedAt = try optional { reader throws(IndexCorruption) in try reader.timestamp() }
        let statusChange = try optional { reader throws(IndexCorruption) in
            StatusChange(by: try reader.text(), at: try reader.timestamp(), reason: try reader.text(),
                         decision: try reader.optional { reader throws(IndexCorruption) in try reader.int() })
        }
        var header = SheetHeader(kind: kind, proposal: proposal, evaluator: evaluator, conflict: conflict, status: status,
                                 updatedAt: updatedAt, submittedAt: submittedAt, statusChange: statusChange)
        header.format = format
        return header
    }

    mutating func remedy() throws(IndexCorruption) -> RemedyRequest {
        RemedyRequest(criterion: try text(), requestedAt: try timestamp(), dueDate: try date(), request: try text(),
                      noticeSentOn: try optional { reader throws(IndexCorruption) in try reader.date() },
                      noticeReceivedOn: try optional { reader throws(IndexCorruption) in try reader.date() },
                      reply: try optional { reader throws(IndexCorruption) in
                          RemedyRequest.Reply(receivedAt: try reader.timestamp(), text: try reader.text(),
                                              repliedOn: try reader.optional { reader throws(IndexCorruption) in try reader.date() })
                      })
    }
}
