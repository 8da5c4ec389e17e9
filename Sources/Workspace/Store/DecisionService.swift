import EvaluationCore
import Foundation

/// The chair's decisions (Docs/architecture.md, "The rules", issue "decide"): each checked against the rules, recorded in
/// `chair/decisions.json` with the reason, who and when, and audited in `chair/audit.jsonl`.
public enum DecisionService {
    public enum Request: Sendable {
        case assignEvaluator(evaluator: String)
        case consensusScore(Points)
        case admission(admitted: Bool)
        case budgetCorrection(Money)
        case reorder(before: String)
        case returnSheet(evaluator: String, stage: Assignments.Stage)
        case cancelSheet(evaluator: String, stage: Assignments.Stage)
    }

    /// Records `request` for `proposal` on behalf of the chair `actor`, or refuses it with the reason.
    @discardableResult
    public static func decide(_ request: Request, proposal proposalID: String, reason: String, actingAs actor: String?,
                              in root: URL, clock: WorkspaceClock) throws(WorkspaceError) -> Decision {
        let layout = WorkspaceLayout(root: root)
        // The lock first, then the reading: a second decision waits and then sees this one.
        let session = try WriterSession.chair(layout, actor: actor ?? "?", clock: clock)
        defer { session.close() }
        let info = try WorkspaceFiles.info(layout)
        let chair = try Authorization.require(actor, roles: [.chair], in: info,
                                              for: LocalizedText(bg: "Решенията на комисията", en: "The committee's decisions"))
        guard !reason.trimmingWhitespace().isEmpty else {
            throw .refused(LocalizedText(bg: "всяко решение се мотивира: посочете --reason", en: "every decision needs a reason: give --reason"))
        }
        // The reason goes into the protocol: new lines and tabs, no other control characters.
        if let scalar = ControlCharacters.firstRefused(in: reason, multiline: true) {
            let refusal = ControlCharacters.refusal(scalar, multiline: true)
            throw .refused(LocalizedText(bg: "--reason: " + refusal.bulgarian, en: "--reason: " + refusal.english))
        }
        let snapshot = try WorkspaceLoader.load(root).get()
        guard let proposal = snapshot.proposal(withID: proposalID) else {
            throw .refused(LocalizedText(bg: "няма предложение „\(proposalID)“ в регистъра", en: "there is no proposal \"\(proposalID)\" in the register"))
        }
        let standing = snapshot.standing(of: proposal)
        var assignments = snapshot.assignments
        var decision = Decision(number: snapshot.decisions.nextNumber, kind: .consensusScore, proposal: proposalID,
                                reason: reason.trimmingWhitespace(), by: chair.id, at: clock.now())
        switch request {
        case .assignEvaluator(let evaluator):
            guard info.member(withID: evaluator)?.role == .evaluator else {
                throw refusal("„\(evaluator)“ не е оценител в комисията", "\"\(evaluator)\" is not an evaluator of the committee")
            }
            guard snapshot.procedure.quality != nil else {
                throw refusal("процедурата няма оценка на качеството", "the procedure has no quality assessment")
            }
            guard case .needsDecision? = standing.quality else {
                throw refusal("допълнителен оценител се определя, когато оценките не могат да се съгласуват; \(proposalID) не е такова",
                              "an additional evaluator is for scores that cannot be reconciled; \(proposalID) is not such a case")
            }
            guard !assignments.evaluators(of: proposalID, in: .quality).contains(evaluator) else {
                throw refusal("\(evaluator) вече оценява \(proposalID)", "\(evaluator) already assesses \(proposalID)")
            }
            let recused = snapshot.qualitySheet(evaluator, proposalID)?.conflict?.declared == true
                || snapshot.adminSheet(evaluator, proposalID)?.conflict?.declared == true
            guard !recused else {
                throw refusal("\(evaluator) си е направил отвод по \(proposalID)", "\(evaluator) recused from \(proposalID)")
            }
            assignments.quality[proposalID, default: []].append(evaluator)
            decision.kind = .assignEvaluator
            decision.evaluator = evaluator
        case .consensusScore(let points):
            guard let method = snapshot.procedure.quality else {
                throw refusal("процедурата няма оценка на качеството", "the procedure has no quality assessment")
            }
            let revising = snapshot.decisions.consensus(of: proposalID) != nil
            guard revising || isNeedsDecision(standing.quality) else {
                throw refusal("консенсусна оценка се поставя, когато оценките не могат да се съгласуват; \(proposalID) не е такова",
                              "a consensus score is for scores that cannot be reconciled; \(proposalID) is not such a case")
            }
            guard points <= method.maxPoints else {
                throw refusal("\(points.localizedNumber) т. е над максимума от \(method.maxPoints.localizedNumber) т.",
                              "\(points.fixedText) is above the maximum of \(method.maxPoints.fixedText)")
            }
            decision.points = points
        case .admission(let admitted):
            let revising = snapshot.decisions.admission(of: proposalID) != nil
            var disagree = false
            if case .disagreement = standing.admin { disagree = true }
            let late = standing.limits.registeredLate
            let outOfLimits = standing.hold == .aboveMaximum || standing.hold == .belowMinimum
            guard revising || disagree || late || outOfLimits else {
                throw refusal("решение за допускане се взема, когато административните листове се разминават, предложението е подадено след срока или сумата е извън границите за проект; при \(proposalID) не е така",
                              "an admission decision is for admin sheets that disagree, a proposal registered after the deadline or an amount outside the limits per project; \(proposalID) is none of these")
            }
            if admitted && outOfLimits && !disagree && !late {
                throw refusal("допускането не отменя границите за проект: сумата се коригира (decide budget-correction) или предложението не се допуска",
                              "admitting does not lift the limits per project: correct the amount (decide budget-correction) or do not admit the proposal")
            }
            decision.kind = .admission
            decision.admitted = admitted
        case .budgetCorrection(let amount):
            guard amount > .zero else { throw refusal("корекцията трябва да е положителна сума", "the correction must be a positive amount") }
            let total = snapshot.decisions.correction(of: proposalID) + amount
            guard total <= proposal.requested else {
                throw refusal("корекциите (\(total.localizedNumber)) надвишават исканата сума (\(proposal.requested.localizedNumber))",
                              "the corrections (\(total.canonicalText)) exceed the amount requested (\(proposal.requested.canonicalText))")
            }
            decision.kind = .budgetCorrection
            decision.amount = amount
        case .reorder(let before):
            guard let other = snapshot.proposal(withID: before) else {
                throw refusal("няма предложение „\(before)“ в регистъра", "there is no proposal \"\(before)\" in the register")
            }
            let otherStanding = snapshot.standing(of: other)
            guard standing.status == .eligible, otherStanding.status == .eligible, proposal.priority == other.priority,
                  let score = standing.finalScore, score == otherStanding.finalScore else {
                throw refusal("пренареждане е възможно само между класирани предложения от един приоритет с равен брой точки",
                              "a reorder is possible only between ranked proposals of one priority with equal final scores")
            }
            decision.kind = .reorder
            decision.before = before
        case .returnSheet(let evaluator, let stage), .cancelSheet(let evaluator, let stage):
            let isReturn: Bool
            if case .returnSheet = request { isReturn = true } else { isReturn = false }
            let status: SheetStatus?
            let change: StatusChange?
            switch stage {
            case .admin:
                status = snapshot.adminSheet(evaluator, proposalID)?.status
                change = snapshot.adminSheet(evaluator, proposalID)?.statusChange
            case .quality:
                status = snapshot.qualitySheet(evaluator, proposalID)?.status
                change = snapshot.qualitySheet(evaluator, proposalID)?.statusChange
            }
            guard let status else {
                throw refusal("\(evaluator) няма лист за \(proposalID)", "\(evaluator) has no sheet for \(proposalID)")
            }
            let effective = snapshot.decisions.effectiveStatus(of: status, acknowledging: change?.decision, proposal: proposalID,
                                                               evaluator: evaluator, stage: stage)
            if isReturn {
                guard effective == .submitted else {
                    throw refusal("връща се само подаден лист; листът на \(evaluator) е \(effective.label.bulgarian)",
                                  "only a submitted sheet is returned; \(evaluator)'s sheet is \(effective.label.english)")
                }
            } else {
                guard effective != .cancelled else { throw refusal("листът вече е анулиран", "the sheet is already cancelled") }
            }
            decision.kind = isReturn ? .returnSheet : .cancelSheet
            decision.evaluator = evaluator
            decision.stage = stage
        }
        var log = snapshot.decisions
        log.decisions.append(decision)
        if assignments != snapshot.assignments {
            try session.save(assignments, to: layout.assignmentsFile, action: .decide(.assignEvaluator))
        }
        try session.save(log, to: layout.decisionsFile, action: .decide(decision.kind))
        return decision
    }

    private static func isNeedsDecision(_ result: Reconciliation.Result?) -> Bool {
        if case .needsDecision? = result { return true }
        return false
    }

    private static func refusal(_ bg: String, _ en: String) -> WorkspaceError {
        .refused(LocalizedText(bg: bg, en: en))
    }
}
