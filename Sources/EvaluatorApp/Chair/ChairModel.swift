import EvaluationCore

/// What the chair sees: the whole workspace, every evaluator's sheets and scores, the standings of the
/// proposals and the ranking, as read after the last change.
public struct ChairModel: Sendable, Equatable {
    public var contents: WorkspaceContents { didSet { countProgress() } }
    public var chair: CommitteeMember
    /// In register order.
    public var standings: [ProposalStanding]
    public var ranking: Ranking
    /// The objections against non-admission still open (`chair/objections.json`): while there is one,
    /// no ranking is final (002_60dcf141085ee52b.txt:1148).
    public var openObjections: [Objection]
    /// The proposals whose quality sheets are held without their justifications: the screens start
    /// without them (`WorkspaceCheck.run(justifications: false)`), and the comparison reads a
    /// proposal's from its files when it opens (`mergeJustifications`). Nothing else the screens show
    /// depends on them: the standings, the ranking and the progress take the points and the status.
    public var withoutJustifications: Set<String>

    public init(contents: WorkspaceContents, chair: CommitteeMember, standings: [ProposalStanding], ranking: Ranking,
                openObjections: [Objection] = [], withoutJustifications: Set<String> = []) {
        self.contents = contents
        self.chair = chair
        self.standings = standings
        self.ranking = ranking
        self.openObjections = openObjections
        self.withoutJustifications = withoutJustifications
        countProgress()
    }

    /// Whether the model holds the justifications of every quality sheet of `proposal`.
    public func hasJustifications(of proposal: String) -> Bool {
        !withoutJustifications.contains(proposal)
    }

    /// The evaluators whose quality sheet of `proposal` the model holds.
    public func qualityEvaluators(of proposal: String) -> [String] {
        qualitySheets.keys.sorted().filter { qualitySheets[$0]?[proposal] != nil }
    }

    /// Takes the justifications of `proposal` from its quality sheets as read from their files
    /// (`sheets`, by evaluator), when they are the sheets the model holds but for the justifications;
    /// false, and nothing taken, when one differs or is missing: the workspace changed since the
    /// model was read, and is to be read again as a whole.
    public mutating func mergeJustifications(of proposal: String, from sheets: [String: QualitySheet]) -> Bool {
        let held = qualityEvaluators(of: proposal)
        guard held.count == sheets.count else { return false }
        for evaluator in held {
            guard let sheet = qualitySheets[evaluator]?[proposal], let read = sheets[evaluator],
                  Self.withoutNotes(sheet) == Self.withoutNotes(read) else { return false }
        }
        var merged = contents
        for (evaluator, sheet) in sheets { merged.qualitySheets[evaluator]?[proposal] = sheet }
        contents = merged
        withoutJustifications.remove(proposal)
        return true
    }

    private static func withoutNotes(_ sheet: QualitySheet) -> QualitySheet {
        var bare = sheet
        for criterion in bare.scores.keys { bare.scores[criterion]?.note = "" }
        return bare
    }

    public var procedure: Procedure { contents.procedure }
    public var committee: [CommitteeMember] { contents.committee }
    public var proposals: [Proposal] { contents.proposals }
    public var assignments: Assignments { contents.assignments }
    public var declarations: [String: Declaration] { contents.declarations }
    /// Evaluator id → proposal id → sheet.
    public var adminSheets: [String: [String: AdminSheet]] { contents.adminSheets }
    public var qualitySheets: [String: [String: QualitySheet]] { contents.qualitySheets }
    public var decisions: DecisionLog { contents.decisions }

    /// Evaluator id → stage → `progress(of:stage:)`, counted when the model is made or its sheets,
    /// assignments, decisions or committee change, rather than on every frame.
    private var progressByEvaluator: [String: [Assignments.Stage: Progress]] = [:]

    private mutating func countProgress() {
        var progress: [String: [Assignments.Stage: Progress]] = [:]
        for evaluator in committee where evaluator.role == .evaluator {
            for stage in Assignments.Stage.allCases {
                progress[evaluator.id, default: [:]][stage] = countProgress(of: evaluator.id, stage: stage)
            }
        }
        progressByEvaluator = progress
    }

    public var evaluators: [CommitteeMember] { contents.info.evaluators }

    public func standing(of proposal: String) -> ProposalStanding? {
        standings.first { $0.proposal.id == proposal }
    }

    public func proposal(withID id: String) -> Proposal? {
        contents.proposal(withID: id)
    }

    /// The proposals that wait for the chair, in register order.
    public var needingDecision: [ProposalStanding] {
        standings.filter { $0.status == .needsDecision }
    }

    /// Each quality evaluator's total of `proposal` (submitted or not), for the chair's side-by-side view.
    /// A recused evaluator's sheet says so (`recused`) and has no total worth showing.
    public func qualityTotals(of proposal: String) -> [(evaluator: String, total: Points, status: SheetStatus, recused: Bool)] {
        guard let method = procedure.quality else { return [] }
        return assignments.evaluators(of: proposal, in: .quality).compactMap { evaluator in
            guard let sheet = qualitySheets[evaluator]?[proposal] else { return nil }
            let status = decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: proposal,
                                                   evaluator: evaluator, stage: .quality)
            return (evaluator, SheetTotals(sheet: sheet, method: method).total, status, sheet.conflict?.declared == true)
        }
    }

    /// A quality sheet as the chair reads it: its effective status (after the chair's returns).
    public func effectiveQualityStatus(of sheet: QualitySheet) -> SheetStatus {
        decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: sheet.proposal,
                                  evaluator: sheet.evaluator, stage: .quality)
    }

    /// One evaluator's work: assigned, started, submitted and recused, per stage.
    public struct Progress: Sendable, Equatable {
        public var assigned = 0
        public var started = 0
        public var submitted = 0
        public var recused = 0

        public init(assigned: Int = 0, started: Int = 0, submitted: Int = 0, recused: Int = 0) {
            self.assigned = assigned
            self.started = started
            self.submitted = submitted
            self.recused = recused
        }
    }

    public func progress(of evaluator: String, stage: Assignments.Stage) -> Progress {
        progressByEvaluator[evaluator]?[stage] ?? countProgress(of: evaluator, stage: stage)
    }

    private func countProgress(of evaluator: String, stage: Assignments.Stage) -> Progress {
        var result = Progress()
        for proposal in assignments.proposals(of: evaluator, in: stage) {
            result.assigned += 1
            let sheet: (status: SheetStatus, conflict: ConflictDeclaration?, statusChange: StatusChange?, empty: Bool)?
            switch stage {
            case .admin:
                sheet = adminSheets[evaluator]?[proposal].map { ($0.status, $0.conflict, $0.statusChange, $0.answers.isEmpty) }
            case .quality:
                sheet = qualitySheets[evaluator]?[proposal].map { ($0.status, $0.conflict, $0.statusChange, $0.scores.isEmpty) }
            }
            guard let sheet else { continue }
            if sheet.conflict?.declared == true {
                result.recused += 1
                continue
            }
            let status = decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: proposal,
                                                   evaluator: evaluator, stage: stage)
            if status == .submitted { result.submitted += 1 } else if !sheet.empty { result.started += 1 }
        }
        return result
    }
}
