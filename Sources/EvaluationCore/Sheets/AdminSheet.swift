/// One evaluator's administrative-compliance checklist for one proposal (`<proposalId>.admin.json`).
public struct AdminSheet: Sendable, Equatable, Codable {
    public var format: Int
    public var kind: String
    public var proposal: String
    public var evaluator: String
    public var conflict: ConflictDeclaration?
    public var status: SheetStatus
    /// Criterion id → ДА / НЕ / Н/П and a note.
    public var answers: [String: Answer]
    /// The requests to remedy a НЕ, in the order they were made.
    public var remedy: [RemedyRequest]
    public var updatedAt: Timestamp?
    public var submittedAt: Timestamp?
    public var statusChange: StatusChange?

    public static let kindName = "admin"

    public init(proposal: String, evaluator: String, conflict: ConflictDeclaration? = nil, status: SheetStatus = .draft,
                answers: [String: Answer] = [:], remedy: [RemedyRequest] = [], updatedAt: Timestamp? = nil,
                submittedAt: Timestamp? = nil, statusChange: StatusChange? = nil) {
        self.format = 1
        self.kind = AdminSheet.kindName
        self.proposal = proposal
        self.evaluator = evaluator
        self.conflict = conflict
        self.status = status
        self.answers = answers
        self.remedy = remedy
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
        self.statusChange = statusChange
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
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        kind = try container.decode(String.self, forKey: .kind)
        proposal = try container.decode(String.self, forKey: .proposal)
        evaluator = try container.decode(String.self, forKey: .evaluator)
        conflict = try container.decodeIfPresent(ConflictDeclaration.self, forKey: .conflict)
        status = try container.decode(SheetStatus.self, forKey: .status)
        answers = try container.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:]
        remedy = try container.decodeIfPresent([RemedyRequest].self, forKey: .remedy) ?? []
        updatedAt = try container.decodeIfPresent(Timestamp.self, forKey: .updatedAt)
        submittedAt = try container.decodeIfPresent(Timestamp.self, forKey: .submittedAt)
        statusChange = try container.decodeIfPresent(StatusChange.self, forKey: .statusChange)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(kind, forKey: .kind)
        try container.encode(proposal, forKey: .proposal)
        try container.encode(evaluator, forKey: .evaluator)
        try container.encode(conflict, forKey: .conflict)
        try container.encode(status, forKey: .status)
        try container.encode(answers, forKey: .answers)
        try container.encode(remedy, forKey: .remedy)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(submittedAt, forKey: .submittedAt)
        try container.encodeIfPresent(statusChange, forKey: .statusChange)
    }

    private enum CodingKeys: String, CodingKey {
        case format, kind, proposal, evaluator, conflict, status, answers, remedy, updatedAt, submittedAt, statusChange
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
