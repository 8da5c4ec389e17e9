import EvaluationCore

/// What the interface knows of the workspace for one evaluator: the procedure, the proposals assigned
/// to them, their own declaration and sheets, and the administrative result of each proposal. Another
/// evaluator's scores are never in it.
public struct EvaluatorModel: Sendable, Equatable {
    /// The part of the workspace the evaluator sees: the procedure, `workspace.json`, the proposals
    /// assigned to them in either stage (in register order), the draw, the chair's decisions, and of
    /// the declarations and sheets only their own (`declarations[evaluator.id]`, `adminSheets[evaluator.id]`…).
    /// Changed only through the setters below, which count `progress` again (a sheet set by
    /// `setAdminSheet`/`setQualitySheet` counts only its proposal again).
    public private(set) var contents: WorkspaceContents
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
        /// How many times each proposal id is in `proposals` (once, in a valid register).
        var listed: [String: Int] = [:]

        mutating func add(_ other: Counted, sign: Int = 1) {
            done += sign * other.done
            total += sign * other.total
            recused += sign * other.recused
        }
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
        set {
            contents.procedure = newValue
            countProgress()
        }
    }

    /// The proposals assigned to the evaluator in either stage, in register order.
    public var proposals: [Proposal] {
        get { contents.proposals }
        set {
            contents.proposals = newValue
            countProgress()
        }
    }

    public var declaration: Declaration? {
        get { contents.declarations[evaluator.id] }
        set {
            contents.declarations[evaluator.id] = newValue
            countProgress()
        }
    }

    /// Proposal id → the evaluator's admin sheet. To change one sheet, `setAdminSheet(_:of:)`: this
    /// setter counts every proposal again.
    public var adminSheets: [String: AdminSheet] {
        get { contents.adminSheets[evaluator.id] ?? [:] }
        set {
            contents.adminSheets[evaluator.id] = newValue.isEmpty ? nil : newValue
            countProgress()
        }
    }

    /// Proposal id → the evaluator's quality sheet. To change one sheet, `setQualitySheet(_:of:)`.
    public var qualitySheets: [String: QualitySheet] {
        get { contents.qualitySheets[evaluator.id] ?? [:] }
        set {
            contents.qualitySheets[evaluator.id] = newValue.isEmpty ? nil : newValue
            countProgress()
        }
    }

    /// `adminSheets[proposal] = sheet`, in place (the other sheets are not copied), counting only
    /// `proposal`'s progress again: what a key press does.
    public mutating func setAdminSheet(_ sheet: AdminSheet?, of proposal: String) {
        let before = tally(proposal)
        let id = evaluator.id
        if let sheet {
            contents.adminSheets[id, default: [:]][proposal] = sheet
        } else if contents.adminSheets[id]?.removeValue(forKey: proposal) != nil, contents.adminSheets[id]?.isEmpty == true {
            contents.adminSheets[id] = nil
        }
        recount(proposal, from: before)
    }

    /// `qualitySheets[proposal] = sheet`, in place, counting only `proposal`'s progress again.
    public mutating func setQualitySheet(_ sheet: QualitySheet?, of proposal: String) {
        let before = tally(proposal)
        let id = evaluator.id
        if let sheet {
            contents.qualitySheets[id, default: [:]][proposal] = sheet
        } else if contents.qualitySheets[id]?.removeValue(forKey: proposal) != nil, contents.qualitySheets[id]?.isEmpty == true {
            contents.qualitySheets[id] = nil
        }
        recount(proposal, from: before)
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
        var sum = Counted()
        var listed: [String: Int] = [:]
        let (admin, quality) = (adminSheets, qualitySheets)
        for proposal in proposals {
            sum.add(tally(proposal.id, admin: admin, quality: quality))
            listed[proposal.id, default: 0] += 1
        }
        sum.listed = listed
        counted = sum
    }

    /// Counts `proposal` again after one of its sheets changed from what gave `before`.
    private mutating func recount(_ proposal: String, from before: Counted) {
        guard let times = counted.listed[proposal] else { return }
        let after = tally(proposal)
        for _ in 0..<times {
            counted.add(before, sign: -1)
            counted.add(after)
        }
    }

    private func tally(_ proposal: String) -> Counted {
        tally(proposal, admin: contents.adminSheets[evaluator.id] ?? [:], quality: contents.qualitySheets[evaluator.id] ?? [:])
    }

    /// What one proposal adds to `progress`.
    private func tally(_ id: String, admin: [String: AdminSheet], quality: [String: QualitySheet]) -> Counted {
        if admin[id]?.conflict?.declared == true || quality[id]?.conflict?.declared == true { return Counted(recused: 1) }
        var stages = 0
        var submitted = 0
        if assignedAdmin.contains(id) {
            stages += 1
            if admin[id]?.status == .submitted { submitted += 1 }
        }
        if assignedQuality.contains(id) {
            if case .notAdmitted? = admission[id] {} else {
                stages += 1
                if quality[id]?.status == .submitted { submitted += 1 }
            }
        }
        guard stages > 0 else { return Counted() }
        return Counted(done: submitted == stages ? 1 : 0, total: 1)
    }

    /// The total of the evaluator's quality sheet of `proposal`, when it has any score.
    public func total(of proposal: String) -> SheetTotals? {
        guard let method = procedure.quality, let sheet = qualitySheets[proposal], !sheet.scores.isEmpty else { return nil }
        return SheetTotals(sheet: sheet, method: method)
    }
}
