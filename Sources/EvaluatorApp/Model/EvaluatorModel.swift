import EvaluationCore

/// What the interface knows of the workspace for one evaluator: the procedure, the proposals assigned
/// to them, their own declaration and sheets, and the administrative result of each proposal. Another
/// evaluator's scores are never in it.
public struct EvaluatorModel: Sendable, Equatable {
    /// The part of the workspace the evaluator sees: the procedure, `workspace.json`, the proposals
    /// assigned to them in either stage (in register order), the draw, the chair's decisions, and of
    /// the declarations and sheets only their own (`declarations[evaluator.id]`, `adminSheets[evaluator.id]`…).
    public private(set) var contents: WorkspaceContents { didSet { countProgress() } }
    public let evaluator: CommitteeMember
    /// The proposals assigned to the evaluator for the administrative checklist and for quality, by the draw.
    public let assignedAdmin: Set<String>
    public let assignedQuality: Set<String>
    /// Proposal id → its administrative result (from every assigned evaluator's sheet and the chair's decisions).
    public var admission: [String: ProposalStanding.Admin] { didSet { countProgress() } }
    /// `progress`, counted when the model is made and when what it counts changes, not on every frame.
    private var counted = Counted()

    private struct Counted: Sendable, Equatable {
        var done = 0
        var total = 0
        var recused = 0
    }

    /// Of `contents`' declarations and sheets, the model keeps only the evaluator's own.
    public init(contents: WorkspaceContents, evaluator: CommitteeMember, admission: [String: ProposalStanding.Admin]) {
        var own = contents
        own.declarations = contents.declarations.filter { $0.key == evaluator.id }
        own.adminSheets = contents.adminSheets.filter { $0.key == evaluator.id }
        own.qualitySheets = contents.qualitySheets.filter { $0.key == evaluator.id }
        self.contents = own
        self.evaluator = evaluator
        self.assignedAdmin = Set(contents.assignments.proposals(of: evaluator.id, in: .admin))
        self.assignedQuality = Set(contents.assignments.proposals(of: evaluator.id, in: .quality))
        self.admission = admission
        countProgress()
    }

    public var procedure: Procedure {
        get { contents.procedure }
        set { contents.procedure = newValue }
    }

    /// The proposals assigned to the evaluator in either stage, in register order.
    public var proposals: [Proposal] {
        get { contents.proposals }
        set { contents.proposals = newValue }
    }

    public var declaration: Declaration? {
        get { contents.declarations[evaluator.id] }
        set { contents.declarations[evaluator.id] = newValue }
    }

    /// Proposal id → the evaluator's admin sheet.
    public var adminSheets: [String: AdminSheet] {
        get { contents.adminSheets[evaluator.id] ?? [:] }
        set { contents.adminSheets[evaluator.id] = newValue.isEmpty ? nil : newValue }
    }

    /// Proposal id → the evaluator's quality sheet.
    public var qualitySheets: [String: QualitySheet] {
        get { contents.qualitySheets[evaluator.id] ?? [:] }
        set { contents.qualitySheets[evaluator.id] = newValue.isEmpty ? nil : newValue }
    }

    public func proposal(withID id: String) -> Proposal? {
        contents.proposal(withID: id)
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
