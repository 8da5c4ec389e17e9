/// Where one proposal stands before the money is shared out: its administrative result and its
/// final score, with the chair's decisions applied (returned and cancelled sheets, admission,
/// consensus scores, budget corrections).
public struct ProposalStanding: Sendable, Equatable {
    public let proposal: Proposal
    public let admin: Admin
    /// The quality result; `nil` when the proposal is not admitted (yet) or the procedure is pass/fail.
    public let quality: Reconciliation.Result?
    /// The sum of the budget corrections.
    public let correction: Money
    /// Group id → the mean of the evaluators' group totals (submitted, active sheets), for tie-breaks.
    public let groupMeans: [String: Points]
    /// Criterion id → the mean of the evaluators' points.
    public let criterionMeans: [String: Points]

    public enum Admin: Sendable, Equatable {
        case pending(waitingFor: [String])
        case admitted(decision: Int?)
        case notAdmitted(reasons: [AdminOutcome.Reason], decision: Int?)
        /// The admin sheets disagree and the chair has not decided.
        case disagreement(admittedBy: [String], rejectedBy: [String])
    }

    /// The status before the budget is applied.
    public enum Status: String, Sendable, Equatable {
        case eligible
        case belowFloor
        case notAdmitted
        case needsDecision
        case pending
    }

    /// Why a proposal that would otherwise be ranked waits for the chair (Docs/architecture.md, "The rules", seed 001 lines 7,
    /// 134, 263, 311): registered after the submission deadline with no admission decision, or an
    /// amount (the request less the corrections) above the priority's maximum or below its minimum.
    public enum Hold: String, Sendable, Equatable {
        case late
        case aboveMaximum
        case belowMinimum
    }

    /// The priority's limits per project and whether the proposal came after the deadline.
    public struct Limits: Sendable, Equatable {
        public var maximum: Money?
        public var minimum: Money?
        public var registeredLate: Bool

        public init(maximum: Money? = nil, minimum: Money? = nil, registeredLate: Bool = false) {
            self.maximum = maximum
            self.minimum = minimum
            self.registeredLate = registeredLate
        }

        public static let none = Limits()

        public init(proposal: Proposal, procedure: Procedure) {
            let priority = procedure.priority(withID: proposal.priority)
            self.init(maximum: priority?.maxPerProject, minimum: priority?.minPerProject,
                      registeredLate: procedure.submissionDeadline.map { proposal.registeredAt > $0 } ?? false)
        }
    }

    public let limits: Limits

    /// The first reason the proposal cannot be ranked as it stands, if any (see `Hold`).
    public var hold: Hold? {
        if limits.registeredLate, !hasAdmissionDecision { return .late }
        if let maximum = limits.maximum, amount > maximum { return .aboveMaximum }
        if let minimum = limits.minimum, amount < minimum { return .belowMinimum }
        return nil
    }

    private var hasAdmissionDecision: Bool {
        switch admin {
        case .admitted(_?), .notAdmitted(_, _?): true
        default: false
        }
    }

    /// What the amount to fund is: the request less the corrections.
    public var amount: Money { proposal.requested - correction }

    public var finalScore: Points? { quality?.finalScore }

    public var status: Status {
        switch admin {
        case .pending: return .pending
        case .disagreement: return .needsDecision
        case .notAdmitted: return .notAdmitted
        case .admitted: break
        }
        if hold == .late { return .needsDecision }
        switch quality {
        case nil: break
        case .pending?: return .pending
        case .needsDecision?: return .needsDecision
        case .final(let score, _)?: if score < floor { return .belowFloor }
        }
        return hold == nil ? .eligible : .needsDecision
    }

    private let floor: Points

    /// Works out the standing of `proposal` from the sheets written for it and the decisions.
    public static func make(
        proposal: Proposal, procedure: Procedure, assignments: Assignments, adminSheets: [AdminSheet],
        qualitySheets: [QualitySheet], decisions: DecisionLog
    ) -> ProposalStanding {
        // Every question asked of the decisions below is about this proposal, and the log finds a
        // proposal's decisions through its index: no pass over every decision, per proposal.
        func effective(_ status: SheetStatus, _ change: StatusChange?, _ evaluator: String, _ stage: Assignments.Stage) -> SheetStatus {
            decisions.effectiveStatus(of: status, acknowledging: change?.decision, proposal: proposal.id, evaluator: evaluator, stage: stage)
        }
        let admins = adminSheets.map { sheet -> AdminSheet in
            var copy = sheet
            copy.status = effective(sheet.status, sheet.statusChange, sheet.evaluator, .admin)
            return copy
        }
        let qualities = qualitySheets.map { sheet -> QualitySheet in
            var copy = sheet
            copy.status = effective(sheet.status, sheet.statusChange, sheet.evaluator, .quality)
            return copy
        }
        let outcome = AdminOutcome.of(assigned: assignments.evaluators(of: proposal.id, in: .admin), sheets: admins,
                                      checklist: procedure.admin)
        let admin: Admin
        var disagreement = false
        if case .evaluatorsDisagree = outcome { disagreement = true }
        let late = procedure.submissionDeadline.map { proposal.registeredAt > $0 } ?? false
        if late, let decision = decisions.admission(of: proposal.id), let admitted = decision.admitted,
           admitted, !disagreement {
            // Admitting a late proposal lifts only its lateness: its checklists still decide.
            switch outcome {
            case .pending(let waiting): admin = .pending(waitingFor: waiting)
            case .notAdmitted(let reasons): admin = .notAdmitted(reasons: reasons, decision: decision.number)
            case .admitted, .evaluatorsDisagree: admin = .admitted(decision: decision.number)
            }
        } else if let decision = decisions.admission(of: proposal.id), let admitted = decision.admitted {
            if admitted {
                admin = .admitted(decision: decision.number)
            } else {
                let reasons: [AdminOutcome.Reason]
                if case .evaluatorsDisagree = outcome {
                    reasons = admins.flatMap { AdminOutcome.noReasons($0, checklist: procedure.admin) }
                } else {
                    reasons = []
                }
                admin = .notAdmitted(reasons: reasons, decision: decision.number)
            }
        } else {
            switch outcome {
            case .pending(let waiting): admin = .pending(waitingFor: waiting)
            case .admitted: admin = .admitted(decision: nil)
            case .notAdmitted(let reasons): admin = .notAdmitted(reasons: reasons, decision: nil)
            case .evaluatorsDisagree(let yes, let no): admin = .disagreement(admittedBy: yes, rejectedBy: no)
            }
        }
        var quality: Reconciliation.Result?
        var groupMeans: [String: Points] = [:]
        var criterionMeans: [String: Points] = [:]
        if case .admitted = admin, let method = procedure.quality, let policy = procedure.reconciliation {
            let assigned = assignments.evaluators(of: proposal.id, in: .quality)
            let relevant = qualities.filter { assigned.contains($0.evaluator) }
            // Each submitted sheet's totals once, for the reconciliation and the group means.
            let sheetTotals = relevant.map { $0.status == .submitted ? SheetTotals(sheet: $0, method: method) : nil }
            quality = Reconciliation.result(assigned: assigned, sheets: relevant, method: method, policy: policy,
                                            consensus: decisions.consensus(of: proposal.id)) { sheetTotals[$0]!.total }
            let counted = relevant.indices.filter { relevant[$0].status == .submitted && relevant[$0].conflict?.declared != true }
            // The means as `Points.mean` of the values found, summed in place rather than gathered into arrays.
            groupMeans.reserveCapacity(method.groups.count)
            criterionMeans.reserveCapacity(method.groups.reduce(0) { $0 + $1.criteria.count })
            for group in method.groups {
                var sum: Int64 = 0
                var count = 0
                for index in counted {
                    if let points = sheetTotals[index]!.groups[group.id] { sum += Int64(points.hundredths); count += 1 }
                }
                groupMeans[group.id] = Points.mean(sum: sum, count: count)
                for criterion in group.criteria {
                    sum = 0
                    count = 0
                    for index in counted {
                        if let points = relevant[index].scores[criterion.id]?.points { sum += Int64(points.hundredths); count += 1 }
                    }
                    criterionMeans[criterion.id] = Points.mean(sum: sum, count: count)
                }
            }
        }
        return ProposalStanding(proposal: proposal, admin: admin, quality: quality, correction: decisions.correction(of: proposal.id),
                                groupMeans: groupMeans, criterionMeans: criterionMeans, floor: procedure.quality?.floor ?? .zero,
                                limits: Limits(proposal: proposal, procedure: procedure))
    }

    public init(proposal: Proposal, admin: Admin, quality: Reconciliation.Result?, correction: Money, groupMeans: [String: Points],
         criterionMeans: [String: Points], floor: Points, limits: Limits = .none) {
        self.limits = limits
        self.proposal = proposal
        self.admin = admin
        self.quality = quality
        self.correction = correction
        self.groupMeans = groupMeans
        self.criterionMeans = criterionMeans
        self.floor = floor
    }
}
