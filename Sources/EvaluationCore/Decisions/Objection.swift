/// An applicant's objection to not being admitted, and the head of the managing authority's
/// decision on it (seed 002: "Кандидат, чието проектно предложение е включено в списъка … може писмено
/// да възрази пред Ръководителя на Управляващия орган в едноседмичен срок от съобщаването", and the
/// head decides within a week to return the proposal or to end the proceedings,
/// 002_60dcf141085ee52b.txt:1148–1151). Recorded by the chair or the secretary in `chair/objections.json`.
public struct Objection: Sendable, Equatable, Codable {
    /// A running number, from 1.
    public var number: Int
    public var proposal: String
    /// The day the applicant was told that the proposal is not admitted; the week runs from it.
    public var notifiedOn: CalendarDate
    /// The day the objection arrived; the head's week runs from it.
    public var receivedOn: CalendarDate
    /// The applicant's grounds, as the protocol quotes them.
    public var grounds: String
    /// The member who recorded it, and when.
    public var by: String
    public var at: Timestamp
    /// Absent while the objection is open.
    public var decision: ObjectionDecision?

    public init(number: Int, proposal: String, notifiedOn: CalendarDate, receivedOn: CalendarDate, grounds: String,
                by: String, at: Timestamp, decision: ObjectionDecision? = nil) {
        self.number = number
        self.proposal = proposal
        self.notifiedOn = notifiedOn
        self.receivedOn = receivedOn
        self.grounds = grounds
        self.by = by
        self.at = at
        self.decision = decision
    }

    public var isOpen: Bool { decision == nil }
}

/// What the head of the managing authority decided on an objection.
public struct ObjectionDecision: Sendable, Equatable, Codable {
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// "връща проектното предложение за техническа и финансова оценка" (002:1150).
        case returnToEvaluation
        /// "прекратява производството по отношение на кандидата" (002:1151).
        case endProceedings

        public var label: LocalizedText {
            switch self {
            case .returnToEvaluation: LocalizedText(bg: "връща предложението за техническа и финансова оценка",
                                                    en: "returns the proposal to the technical and financial evaluation")
            case .endProceedings: LocalizedText(bg: "прекратява производството по отношение на кандидата",
                                                en: "ends the proceedings for the applicant")
            }
        }
    }

    public var outcome: Outcome
    /// The day of the head's decision.
    public var decidedOn: CalendarDate
    /// Who decided: the head of the managing authority, by name and position.
    public var decidedBy: String
    public var grounds: String
    /// The member who recorded the decision, and when.
    public var by: String
    public var at: Timestamp
    /// For a return: the number of the admission decision in `chair/decisions.json` that puts the
    /// proposal back into the evaluation.
    public var admission: Int?

    public init(outcome: Outcome, decidedOn: CalendarDate, decidedBy: String, grounds: String, by: String, at: Timestamp,
                admission: Int? = nil) {
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.grounds = grounds
        self.by = by
        self.at = at
        self.admission = admission
    }
}

/// `chair/objections.json`.
public struct ObjectionLog: Sendable, Equatable, Codable {
    public var format = 1
    public var objections: [Objection]

    public init(objections: [Objection] = []) {
        self.objections = objections
    }

    public var open: [Objection] { objections.filter(\.isOpen) }

    public var nextNumber: Int { (objections.map(\.number).max() ?? 0) + 1 }

    public func objection(number: Int) -> Objection? {
        objections.first { $0.number == number }
    }

    public func objections(of proposal: String) -> [Objection] {
        objections.filter { $0.proposal == proposal }
    }
}
