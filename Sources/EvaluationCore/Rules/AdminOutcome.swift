/// The administrative result of one proposal, from its assigned admin sheets (Docs/architecture.md, "The rules").
public enum AdminOutcome: Sendable, Equatable {
    /// Not every assigned sheet is submitted yet (or none is assigned).
    case pending(waitingFor: [String])
    /// Every assigned sheet submitted and every criterion ДА or Н/П.
    case admitted
    /// A НЕ stands in a submitted sheet: the criteria and their notes.
    case notAdmitted(reasons: [Reason])
    /// Several evaluators reached different results: the chair decides.
    case evaluatorsDisagree(admittedBy: [String], rejectedBy: [String])

    public struct Reason: Sendable, Equatable {
        public let criterion: String
        public let evaluator: String
        public let note: String
        /// The remedy asked for, when there was one, and whether the reply came too late or not at all.
        public let remedy: RemedyRequest?

        public init(criterion: String, evaluator: String, note: String, remedy: RemedyRequest?) {
            self.criterion = criterion
            self.evaluator = evaluator
            self.note = note
            self.remedy = remedy
        }
    }

    /// The outcome for a proposal assigned to `assigned` evaluators, from the sheets they wrote.
    /// Sheets of evaluators not assigned, and cancelled sheets, do not count.
    public static func of(assigned: [String], sheets: [AdminSheet], checklist: AdminChecklist) -> AdminOutcome {
        guard !assigned.isEmpty else { return .pending(waitingFor: []) }
        let byEvaluator = Dictionary(sheets.map { ($0.evaluator, $0) }, uniquingKeysWith: { first, _ in first })
        let waiting = assigned.filter { byEvaluator[$0]?.status != .submitted }
        guard waiting.isEmpty else { return .pending(waitingFor: waiting) }
        var admittedBy: [String] = []
        var rejectedBy: [String] = []
        var reasons: [Reason] = []
        for evaluator in assigned {
            let sheet = byEvaluator[evaluator]!
            let sheetReasons = noReasons(sheet, checklist: checklist)
            if sheetReasons.isEmpty {
                admittedBy.append(evaluator)
            } else {
                rejectedBy.append(evaluator)
                reasons += sheetReasons
            }
        }
        if rejectedBy.isEmpty { return .admitted }
        if admittedBy.isEmpty { return .notAdmitted(reasons: reasons) }
        return .evaluatorsDisagree(admittedBy: admittedBy, rejectedBy: rejectedBy)
    }

    /// The criteria of a submitted sheet that stop the proposal: a НЕ (except on a criterion whose НЕ
    /// is only noted), a Н/П where it is not allowed, or no answer at all.
    public static func noReasons(_ sheet: AdminSheet, checklist: AdminChecklist) -> [Reason] {
        // The criteria group by group, in the order of `checklist.criteria`, without gathering them first.
        var reasons: [Reason] = []
        for group in checklist.groups {
            for criterion in group.criteria {
                let answer = sheet.answers[criterion.id]
                switch answer?.answer {
                case .yes?:
                    continue
                case .na? where criterion.allowsNA:
                    continue
                case .no? where criterion.onNo == .note:
                    continue
                default:
                    reasons.append(Reason(criterion: criterion.id, evaluator: sheet.evaluator, note: answer?.note ?? "",
                                          remedy: sheet.remedyRequest(for: criterion.id)))
                }
            }
        }
        return reasons
    }

    /// The НЕ answers of a sheet on criteria whose НЕ is only noted (`onNo: note`): recorded and
    /// reported, but they do not stop the proposal.
    public static func notedNos(_ sheet: AdminSheet, checklist: AdminChecklist) -> [Reason] {
        checklist.criteria.compactMap { criterion in
            guard criterion.onNo == .note, let answer = sheet.answers[criterion.id], answer.answer == .no else { return nil }
            return Reason(criterion: criterion.id, evaluator: sheet.evaluator, note: answer.note, remedy: nil)
        }
    }

    public var isAdmitted: Bool { self == .admitted }
}
