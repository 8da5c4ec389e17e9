import EvaluationCore

/// What the interface knows of the workspace for one evaluator: the procedure, the proposals assigned
/// to them, their own sheets and the administrative result of each proposal. Another evaluator's
/// scores are never in it.
public struct EvaluatorModel: Sendable, Equatable {
    public var procedure: Procedure
    public var evaluator: CommitteeMember
    /// The proposals assigned to the evaluator in either stage, in register order.
    public var proposals: [Proposal] { didSet { countProgress() } }
    public var assignedAdmin: Set<String> { didSet { countProgress() } }
    public var assignedQuality: Set<String> { didSet { countProgress() } }
    public var declaration: Declaration?
    public var adminSheets: [String: AdminSheet] { didSet { countProgress() } }
    public var qualitySheets: [String: QualitySheet] { didSet { countProgress() } }
    /// Proposal id → its administrative result (from every assigned evaluator's sheet and the chair's decisions).
    public var admission: [String: ProposalStanding.Admin] { didSet { countProgress() } }
    /// `progress`, counted when the model is made and when what it counts changes, not on every frame.
    private var counted = Counted()

    private struct Counted: Sendable, Equatable {
        var done = 0
        var total = 0
        var recused = 0
    }

    public init(procedure: Procedure, evaluator: CommitteeMember, proposals: [Proposal], assignedAdmin: Set<String>,
                assignedQuality: Set<String>, declaration: Declaration?, adminSheets: [String: AdminSheet],
                qualitySheets: [String: QualitySheet], admission: [String: ProposalStanding.Admin]) {
        self.procedure = procedure
        self.evaluator = evaluator
        self.proposals = proposals
        self.assignedAdmin = assignedAdmin
        self.assignedQuality = assignedQuality
        self.declaration = declaration
        self.adminSheets = adminSheets
        self.qualitySheets = qualitySheets
        self.admission = admission
        countProgress()
    }

    public func proposal(withID id: String) -> Proposal? {
        proposals.first { $0.id == id }
    }

    public func isAdmitted(_ proposal: String) -> Bool {
        if case .admitted? = admission[proposal] { return true }
        return false
    }

    /// The evaluator's admin sheet of `proposal`, or a fresh draft.
    public func adminSheet(_ proposal: String) -> AdminSheet {
        adminSheets[proposal] ?? AdminSheet(proposal: proposal, evaluator: evaluator.id)
    }

    public func qualitySheet(_ proposal: String) -> QualitySheet {
        qualitySheets[proposal] ?? QualitySheet(proposal: proposal, evaluator: evaluator.id)
    }

    /// Whether the evaluator still has to say whether they have a conflict of interest with `proposal`.
    /// A proposal not admitted asks nothing of its quality evaluators.
    public func needsConflictAnswer(_ proposal: String) -> Bool {
        if assignedAdmin.contains(proposal) && adminSheets[proposal]?.conflict == nil { return true }
        if case .notAdmitted? = admission[proposal] { return false }
        return assignedQuality.contains(proposal) && qualitySheets[proposal]?.conflict == nil
    }

    /// The chair's reason for returning the evaluator's sheet of `proposal` in `stage`, while it is returned.
    public func returnReason(_ proposal: String, stage: Assignments.Stage) -> StatusChange? {
        switch stage {
        case .admin: adminSheets[proposal].flatMap { $0.status == .returned ? $0.statusChange : nil }
        case .quality: qualitySheets[proposal].flatMap { $0.status == .returned ? $0.statusChange : nil }
        }
    }

    /// Whether the evaluator recused from `proposal`.
    public func hasRecused(_ proposal: String) -> Bool {
        adminSheets[proposal]?.conflict?.declared == true || qualitySheets[proposal]?.conflict?.declared == true
    }

    /// The evaluator's work by proposal: `total` counts the proposals with something to do (a
    /// checklist, or a quality sheet unless the proposal is not admitted), `done` those whose sheets
    /// are all submitted; a recusal closes a proposal without assessing it and counts in `recused` only.
    public var progress: (done: Int, total: Int, recused: Int) {
        (counted.done, counted.total, counted.recused)
    }

    private mutating func countProgress() {
        var done = 0
        var total = 0
        var recused = 0
        for proposal in proposals {
            let id = proposal.id
            if hasRecused(id) {
                recused += 1
                continue
            }
            var stages = 0
            var submitted = 0
            if assignedAdmin.contains(id) {
                stages += 1
                if adminSheets[id]?.status == .submitted { submitted += 1 }
            }
            if assignedQuality.contains(id) {
                if case .notAdmitted? = admission[id] {} else {
                    stages += 1
                    if qualitySheets[id]?.status == .submitted { submitted += 1 }
                }
            }
            guard stages > 0 else { continue }
            total += 1
            if submitted == stages { done += 1 }
        }
        counted = Counted(done: done, total: total, recused: recused)
    }

    /// The total of the evaluator's quality sheet of `proposal`, when it has any score.
    public func total(of proposal: String) -> SheetTotals? {
        guard let method = procedure.quality, let sheet = qualitySheets[proposal], !sheet.scores.isEmpty else { return nil }
        return SheetTotals(sheet: sheet, method: method)
    }
}
