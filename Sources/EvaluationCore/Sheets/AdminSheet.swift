/// One evaluator's administrative-compliance checklist for one proposal (`<proposalId>.admin.json`).
public struct AdminSheet: EvaluationSheet, Sendable, Equatable, Codable {
    public var header: SheetHeader
    /// Criterion id → ДА / НЕ / Н/П and a note.
    public var answers: [String: Answer]
    /// The requests to remedy a НЕ, in the order they were made.
    public var remedy: [RemedyRequest]

    public static let kindName = "admin"

    public init(proposal: String, evaluator: String, conflict: ConflictDeclaration? = nil, status: SheetStatus = .draft,
                answers: [String: Answer] = [:], remedy: [RemedyRequest] = [], updatedAt: Timestamp? = nil,
                submittedAt: Timestamp? = nil, statusChange: StatusChange? = nil) {
        self.init(header: SheetHeader(kind: AdminSheet.kindName, proposal: proposal, evaluator: evaluator, conflict: conflict,
                                      status: status, updatedAt: updatedAt, submittedAt: submittedAt, statusChange: statusChange),
                  answers: answers, remedy: remedy)
    }

    public init(header: SheetHeader, answers: [String: Answer], remedy: [RemedyRequest]) {
        self.header = header
        self.answers = answers
        self.remedy = remedy
    }

    public enum AnswerValue: String, Sendable, Codable, CaseIterable {
        case yes
        case no
        case na

        public var label: LocalizedText {
            switch self {
            case .yes: LocalizedText(bg: "ДА", en: "YES")
            case .no: LocalizedText(bg: "НЕ", en: "NO")
            case .na: LocalizedText(bg: "Н/П", en: "N/A")
            }
        }
    }

    public struct Answer: Sendable, Equatable, Codable {
        public var answer: AnswerValue
        public var note: String

        public init(_ answer: AnswerValue, note: String = "") {
            self.answer = answer
            self.note = note
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            answer = try container.decode(AnswerValue.self, forKey: .answer)
            note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
        }

        private enum CodingKeys: String, CodingKey {
            case answer, note
        }
    }

    /// The latest remedy request for `criterion`, if any.
    public func remedyRequest(for criterion: String) -> RemedyRequest? {
        remedy.last { $0.criterion == criterion }
    }

    public init(from decoder: any Decoder) throws {
        header = try SheetHeader(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        answers = try container.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:]
        remedy = try container.decodeIfPresent([RemedyRequest].self, forKey: .remedy) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        try header.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(answers, forKey: .answers)
        try container.encode(remedy, forKey: .remedy)
    }

    private enum CodingKeys: String, CodingKey {
        case answers, remedy
    }
}

/// A request to the applicant to remedy a НЕ (a missing document, a clarification), its deadline and
/// the applicant's reply. `requestedAt` and `reply.receivedAt` are the moments the evaluator recorded
/// them; the dates of the notice (sent, received by the applicant) and of the reply are the real
/// ones, entered by the evaluator — the deadline runs from the receipt (seed 001 line 512). A sheet
/// written before those dates existed has none: the recorded moments stand in for them.
public struct RemedyRequest: Sendable, Equatable, Codable {
    public var criterion: String
    /// When the evaluator recorded the request.
    public var requestedAt: Timestamp
    /// The last day of the deadline, computed from the procedure's remedy rule.
    public var dueDate: CalendarDate
    /// What was asked of the applicant.
    public var request: String
    /// The day the notice was sent to the applicant.
    public var noticeSentOn: CalendarDate?
    /// The day the applicant received the notice; the deadline runs from it.
    public var noticeReceivedOn: CalendarDate?
    public var reply: Reply?

    public init(criterion: String, requestedAt: Timestamp, dueDate: CalendarDate, request: String,
                noticeSentOn: CalendarDate? = nil, noticeReceivedOn: CalendarDate? = nil, reply: Reply? = nil) {
        self.criterion = criterion
        self.requestedAt = requestedAt
        self.dueDate = dueDate
        self.request = request
        self.noticeSentOn = noticeSentOn
        self.noticeReceivedOn = noticeReceivedOn
        self.reply = reply
    }

    public struct Reply: Sendable, Equatable, Codable {
        /// When the evaluator recorded the reply.
        public var receivedAt: Timestamp
        public var text: String
        /// The day the applicant's reply arrived.
        public var repliedOn: CalendarDate?

        public init(receivedAt: Timestamp, text: String, repliedOn: CalendarDate? = nil) {
            self.receivedAt = receivedAt
            self.text = text
            self.repliedOn = repliedOn
        }

        /// The day the reply arrived: the one entered, else the day it was recorded.
        public var arrivalDate: CalendarDate { repliedOn ?? receivedAt.localDate }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            receivedAt = try container.decode(Timestamp.self, forKey: .receivedAt)
            text = try container.decode(String.self, forKey: .text)
            repliedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .repliedOn)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(receivedAt, forKey: .receivedAt)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(repliedOn, forKey: .repliedOn)
        }

        private enum CodingKeys: String, CodingKey {
            case receivedAt, text, repliedOn
        }
    }

    /// The day the notice was sent: the one entered, else the day the request was recorded.
    public var sentDate: CalendarDate { noticeSentOn ?? requestedAt.localDate }

    /// The day the deadline runs from: the receipt of the notice, else the day it was sent.
    public var receiptDate: CalendarDate { noticeReceivedOn ?? sentDate }

    /// The deadline the procedure's rule gives from `receiptDate`.
    public func expectedDueDate(checklist: AdminChecklist) -> CalendarDate {
        RemedyDeadline.dueDate(requestedOn: receiptDate, checklist: checklist)
    }

    /// Sets the notice's dates and the deadline that follows from them.
    public mutating func setNotice(sentOn sent: CalendarDate, receivedOn received: CalendarDate, checklist: AdminChecklist) {
        noticeSentOn = sent
        noticeReceivedOn = received
        dueDate = expectedDueDate(checklist: checklist)
    }

    /// Whether the applicant can still answer on `today`: no reply yet and the deadline not over.
    public func isPending(on today: CalendarDate) -> Bool {
        reply == nil && today <= dueDate
    }

    /// Whether the reply came after the deadline.
    public var replyWasLate: Bool {
        guard let reply else { return false }
        return reply.arrivalDate > dueDate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        criterion = try container.decode(String.self, forKey: .criterion)
        requestedAt = try container.decode(Timestamp.self, forKey: .requestedAt)
        dueDate = try container.decode(CalendarDate.self, forKey: .dueDate)
        request = try container.decode(String.self, forKey: .request)
        noticeSentOn = try container.decodeIfPresent(CalendarDate.self, forKey: .noticeSentOn)
        noticeReceivedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .noticeReceivedOn)
        reply = try container.decodeIfPresent(Reply.self, forKey: .reply)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(criterion, forKey: .criterion)
        try container.encode(requestedAt, forKey: .requestedAt)
        try container.encode(dueDate, forKey: .dueDate)
        try container.encode(request, forKey: .request)
        try container.encodeIfPresent(noticeSentOn, forKey: .noticeSentOn)
        try container.encodeIfPresent(noticeReceivedOn, forKey: .noticeReceivedOn)
        try container.encodeIfPresent(reply, forKey: .reply)
    }

    private enum CodingKeys: String, CodingKey {
        case criterion, requestedAt, dueDate, request, noticeSentOn, noticeReceivedOn, reply
    }
}
