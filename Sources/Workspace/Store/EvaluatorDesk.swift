import EvaluationCore
import Foundation

/// An evaluator at work on their own sheets: it holds the lock of `sheets/<id>/` and enforces the
/// rules (Docs/architecture.md, "The rules") on every save: the declaration first, only assigned proposals, quality only
/// once a proposal is admitted, nothing after submission or recusal, every change audited.
public final class EvaluatorDesk {
    public let layout: WorkspaceLayout
    public let evaluator: CommitteeMember
    public let info: WorkspaceInfo
    public let procedure: Procedure
    public let proposals: [Proposal]
    public let assignments: Assignments
    public let decisions: DecisionLog
    private let session: WriterSession
    /// The place of each proposal in `proposals`, by id (the first, should an id repeat).
    private let proposalIndex: [String: Int]
    /// The index of unchanged files a check left (`WorkspaceIndex`, matched with this workspace's
    /// `workspace.json` and `procedure.json`), from which the first `sheets(of:)` takes the files
    /// whose stamps it recorded; let go after it (every later reading is from the files).
    private var index: WorkspaceIndex

    private init(layout: WorkspaceLayout, evaluator: CommitteeMember, info: WorkspaceInfo, procedure: Procedure,
                 proposals: [Proposal], assignments: Assignments, decisions: DecisionLog, session: WriterSession,
                 index: WorkspaceIndex) {
        self.index = index
        self.layout = layout
        self.evaluator = evaluator
        self.info = info
        self.procedure = procedure
        self.proposals = proposals
        self.proposalIndex = Dictionary(proposals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.assignments = assignments
        self.decisions = decisions
        self.session = session
    }

    /// Opens the evaluator's desk; a second writer of the folder waits up to `wait` for the lock (the
    /// interface does not wait: it says at once who holds it).
    /// The register, the draw and, at the first `sheets(of:)`, the sheets are taken from the index of
    /// unchanged files (`WorkspaceIndex`, in this user's cache folder) where their stamps are the ones a
    /// check recorded; the rest are read from their files, with the same results.
    public static func open(_ root: URL, evaluator id: String?, clock: WorkspaceClock,
                            wait: Duration = WriterLock.defaultWait) throws(WorkspaceError) -> EvaluatorDesk {
        try open(root, evaluator: id, clock: clock, wait: wait) { WorkspaceIndex.load(for: root, justifications: false) }
    }

    /// `index`: the index as read, not yet matched (a test's own cache folder).
    static func open(_ root: URL, evaluator id: String?, clock: WorkspaceClock, wait: Duration = WriterLock.defaultWait,
                     index: () -> WorkspaceIndex) throws(WorkspaceError) -> EvaluatorDesk {
        let layout = WorkspaceLayout(root: root)
        let (info, infoDigest) = try WorkspaceFiles.infoAndDigest(layout)
        let member = try Authorization.require(id, roles: [.evaluator], in: info,
                                               for: LocalizedText(bg: "Попълването на оценителни листове", en: "Filling in evaluation sheets"))
        let (procedure, procedureDigest) = try WorkspaceFiles.procedureAndDigest(layout, info: info)
        let index = index().matching(workspaceDigest: infoDigest, procedureDigest: procedureDigest)
        let proposals = try WorkspaceFiles.proposals(layout, procedure: procedure, index: index)
        let assignments = try WorkspaceFiles.assignments(layout, index: index)
        let decisions = try WorkspaceFiles.decisions(layout)
        let session = try WriterSession.evaluator(layout, id: member.id, clock: clock, wait: wait)
        let desk = EvaluatorDesk(layout: layout, evaluator: member, info: info, procedure: procedure, proposals: proposals,
                                 assignments: assignments, decisions: decisions, session: session, index: index)
        do {
            try desk.applyChairDecisions()
        } catch {
            desk.close()
            throw error
        }
        return desk
    }

    /// Writes into the evaluator's own sheets what the chair decided about them: a sheet returned
    /// after it was submitted becomes `returned` (editable again), a cancelled one `cancelled`; the
    /// decision's reason, author and time go into `statusChange`.
    private func applyChairDecisions() throws(WorkspaceError) {
        for decision in decisions.decisions where decision.evaluator == evaluator.id
            && (decision.kind == .returnSheet || decision.kind == .cancelSheet) {
            guard let stage = decision.stage else { continue }
            let change = StatusChange(by: decision.by, at: decision.at, reason: decision.reason, decision: decision.number)
            let action: AuditAction = decision.kind == .returnSheet ? .sheetReturned : .sheetCancelled
            switch stage {
            case .admin: try apply(change, action: action, to: try adminSheet(decision.proposal), proposal: decision.proposal, stage: stage)
            case .quality: try apply(change, action: action, to: try qualitySheet(decision.proposal), proposal: decision.proposal, stage: stage)
            }
        }
    }

    /// Writes the status the chair's decisions give `sheet`, when it differs from the one on disk.
    private func apply<Sheet: StatusCarrying & Encodable>(_ change: StatusChange, action: AuditAction, to sheet: Sheet?, proposal: String,
                                                          stage: Assignments.Stage) throws(WorkspaceError) {
        guard var sheet else { return }
        let status = decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: proposal,
                                               evaluator: evaluator.id, stage: stage)
        guard status != sheet.status else { return }
        sheet.status = status
        sheet.statusChange = change
        try session.save(sheet, to: layout.sheetFile(evaluator.id, proposal: proposal, stage: stage), action: action)
    }

    public var clock: WorkspaceClock { session.clock }

    /// The versions of a sheet an offline copy may have been exported from: the file as it is, and,
    /// when this session's opening wrote a chair's return or cancellation into it, the file as it was
    /// just before (an export reads the chair's decisions without writing them).
    public func acceptedVersions(of proposal: String, stage: Assignments.Stage) -> [String] {
        let url = layout.sheetFile(evaluator.id, proposal: proposal, stage: stage)
        let entries = session.latestEntries(of: url)
        guard let last = entries.last else { return [] }
        var versions = [last.sha256]
        if [.sheetReturned, .sheetCancelled].contains(AuditAction(recorded: last.action)), let previous = entries.previous {
            versions.append(previous.sha256)
        }
        return versions
    }

    public func close() {
        session.close()
    }

    // MARK: Declaration

    public func declaration() throws(WorkspaceError) -> Declaration? {
        let url = layout.declarationFile(evaluator.id)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try WorkspaceFiles.read(url) { DeclarationDecoder.decode($0, evaluator: evaluator.id) }
    }

    /// Records the acceptance of the declaration of impartiality and confidentiality (once).
    @discardableResult
    public func declare() throws(WorkspaceError) -> Declaration {
        if let existing = try declaration() { return existing }
        let declaration = Declaration(evaluator: evaluator.id, acceptedAt: clock.now())
        try session.save(declaration, to: layout.declarationFile(evaluator.id), action: .declarationAccept)
        return declaration
    }

    // MARK: Reading sheets

    public func adminSheet(_ proposal: String) throws(WorkspaceError) -> AdminSheet? {
        let url = layout.sheetFile(evaluator.id, proposal: proposal, stage: .admin)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try WorkspaceFiles.read(url) {
            SheetDecoder.decodeAdmin($0, procedure: procedure, expecting: .init(proposal: proposal, evaluator: evaluator.id))
        }
    }

    public func qualitySheet(_ proposal: String) throws(WorkspaceError) -> QualitySheet? {
        let url = layout.sheetFile(evaluator.id, proposal: proposal, stage: .quality)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try WorkspaceFiles.read(url) {
            SheetDecoder.decodeQuality($0, procedure: procedure, expecting: .init(proposal: proposal, evaluator: evaluator.id))
        }
    }

    /// The sheet on disk, or a fresh draft.
    public func adminSheetOrDraft(_ proposal: String) throws(WorkspaceError) -> AdminSheet {
        try adminSheet(proposal) ?? AdminSheet(proposal: proposal, evaluator: evaluator.id)
    }

    public func qualitySheetOrDraft(_ proposal: String) throws(WorkspaceError) -> QualitySheet {
        try qualitySheet(proposal) ?? QualitySheet(proposal: proposal, evaluator: evaluator.id)
    }

    /// The administrative result of `proposal`, from every assigned evaluator's sheet on disk and the
    /// chair's decisions.
    public func adminStanding(of proposal: String) -> ProposalStanding.Admin? {
        guard let index = proposalIndex[proposal] else { return nil }
        let registered = proposals[index]
        let sheets = assignments.evaluators(of: proposal, in: .admin).compactMap { evaluator -> AdminSheet? in
            let url = layout.sheetFile(evaluator, proposal: proposal, stage: .admin)
            guard let data = try? Data(contentsOf: url) else { return nil }
            return try? SheetDecoder.decodeAdmin(data, procedure: procedure, expecting: .init(proposal: proposal, evaluator: evaluator)).get()
        }
        return ProposalStanding.make(proposal: registered, procedure: procedure, assignments: assignments, adminSheets: sheets,
                                     qualitySheets: [], decisions: decisions).admin
    }

    /// The evaluator's own sheets of one proposal and its administrative result, as the interface
    /// reads them at its start.
    public struct ProposalSheets: Sendable {
        public let admin: AdminSheet?
        public let quality: QualitySheet?
        /// `adminStanding(of:)`.
        public let admission: ProposalStanding.Admin?
        /// Why the evaluator's sheets did not read (the quality sheet is not read after the admin one failed).
        public let problem: WorkspaceError?
        /// How many of the files read were taken from the index (for the tests).
        let fromIndex: Int
    }

    /// `adminSheet`, `qualitySheet` and `adminStanding` of each of `proposals`, read on every core, in
    /// the order given; the evaluator's own admin sheet is read once for both. The first call takes
    /// the files whose stamps a check recorded from the index (the justifications of the evaluator's
    /// own quality sheets only, each read from the texts file as it is taken), the others from disk.
    public func sheets(of proposals: [String]) -> [ProposalSheets] {
        let (layout, evaluator, procedure, assignments) = (layout, evaluator.id, procedure, assignments)
        let (registered, place) = (self.proposals, proposalIndex)
        // Each reader's folder, as a path and as the loader names it in the index (ids that are not
        // valid ones are never looked up there).
        let readers = Set(proposals.flatMap { assignments.evaluators(of: $0, in: .admin) } + [evaluator]).filter(RecordID.isValid)
        let folders = Dictionary(uniqueKeysWithValues: readers.map { reader in
            let folder = layout.evaluatorFolder(reader)
            return (reader, (path: folder.path, relative: layout.relativePath(of: folder)))
        })
        let own = folders[evaluator]
        let index = index.isEmpty || own == nil ? WorkspaceIndex.none : index.withTexts()
        self.index = .none
        /// The sheet of `reader` from the index, when its file is the one a check recorded.
        @Sendable func kept(_ proposal: String, _ stage: Assignments.Stage, by reader: String) -> IndexDocument? {
            guard !index.isEmpty, RecordID.isValid(proposal), let folder = folders[reader] else { return nil }
            let file = WorkspaceLayout.sheetFileName(proposal: proposal, stage: stage)
            return index.unchangedDocument(folder.relative + "/" + file, at: folder.path + "/" + file)
        }
        // Each proposal's decisions, grouped once: `make` asks only about its own proposal (a filter
        // of the whole log per proposal grew with the register times the log).
        let decisions = Dictionary(grouping: decisions.decisions, by: \.proposal)
        return proposals.concurrentMap(minimumCount: 32) { proposal -> ProposalSheets in
            func read<Sheet>(_ stage: Assignments.Stage, by reader: String,
                             _ decode: (Data) -> Result<Sheet, ValidationFailure>) throws(WorkspaceError) -> Sheet? {
                let url = layout.sheetFile(reader, proposal: proposal, stage: stage)
                guard FileManager.default.fileExists(atPath: url.path) else { return nil }
                return try WorkspaceFiles.read(url, decode)
            }
            func decodeAdmin(_ reader: String) -> (Data) -> Result<AdminSheet, ValidationFailure> {
                { SheetDecoder.decodeAdmin($0, procedure: procedure, expecting: .init(proposal: proposal, evaluator: reader)) }
            }
            var own: AdminSheet?
            var quality: QualitySheet?
            var problem: WorkspaceError?
            var fromIndex = 0
            do throws(WorkspaceError) {
                if case .admin(let sheet)? = kept(proposal, .admin, by: evaluator) {
                    own = sheet
                    fromIndex += 1
                } else {
                    own = try read(.admin, by: evaluator, decodeAdmin(evaluator))
                }
                if case .quality(let sheet)? = kept(proposal, .quality, by: evaluator) {
                    quality = sheet
                    fromIndex += 1
                } else {
                    quality = try read(.quality, by: evaluator) {
                        SheetDecoder.decodeQuality($0, procedure: procedure, expecting: .init(proposal: proposal, evaluator: evaluator))
                    }
                }
            } catch {
                problem = error
            }
            var admission: ProposalStanding.Admin?
            if let place = place[proposal] {
                let sheets = assignments.evaluators(of: proposal, in: .admin).compactMap { reader -> AdminSheet? in
                    if reader == evaluator && problem == nil { return own }
                    if case .admin(let sheet)? = kept(proposal, .admin, by: reader) {
                        fromIndex += 1
                        return sheet
                    }
                    guard let data = try? Data(contentsOf: layout.sheetFile(reader, proposal: proposal, stage: .admin)) else { return nil }
                    return try? decodeAdmin(reader)(data).get()
                }
                admission = ProposalStanding.make(proposal: registered[place], procedure: procedure, assignments: assignments,
                                                  adminSheets: sheets, qualitySheets: [], decisions: DecisionLog(decisions: decisions[proposal] ?? [])).admin
            }
            return ProposalSheets(admin: own, quality: quality, admission: admission, problem: problem, fromIndex: fromIndex)
        }
    }

    /// Whether `proposal` has passed the administrative check, so its quality may be assessed.
    public func isAdmitted(_ proposal: String) -> Bool {
        if case .admitted? = adminStanding(of: proposal) { return true }
        return false
    }

    // MARK: Writing sheets

    /// Saves `sheet` as the evaluator's admin sheet, after checking that the change is allowed.
    public func save(_ sheet: AdminSheet, action: AuditAction) throws(WorkspaceError) {
        let url = layout.sheetFile(evaluator.id, proposal: sheet.proposal, stage: .admin)
        try checkWritable(proposal: sheet.proposal, stage: .admin, current: try adminSheet(sheet.proposal).map(SheetEditRules.Sheet.init),
                          new: SheetEditRules.Sheet(sheet))
        var stamped = sheet
        stamped.updatedAt = clock.now()
        try session.save(stamped, to: url, action: action)
    }

    /// Saves `sheet` as the evaluator's quality sheet, after checking that the change is allowed.
    public func save(_ sheet: QualitySheet, action: AuditAction) throws(WorkspaceError) {
        let url = layout.sheetFile(evaluator.id, proposal: sheet.proposal, stage: .quality)
        try checkWritable(proposal: sheet.proposal, stage: .quality, current: try qualitySheet(sheet.proposal).map(SheetEditRules.Sheet.init),
                          new: SheetEditRules.Sheet(sheet))
        guard sheet.scores.isEmpty || isAdmitted(sheet.proposal) else {
            throw .refused(LocalizedText(
                bg: "оценката на качеството на \(sheet.proposal) започва, след като предложението е допуснато след административната проверка",
                en: "the quality assessment of \(sheet.proposal) opens once the proposal is admitted after the administrative check"))
        }
        var stamped = sheet
        stamped.updatedAt = clock.now()
        try session.save(stamped, to: url, action: action)
    }

    /// Submits a sheet: refused, with the list of what is missing, unless it is complete.
    public func submit(_ proposal: String, stage: Assignments.Stage) throws(WorkspaceError) {
        let url = layout.sheetFile(evaluator.id, proposal: proposal, stage: stage)
        let now = clock.now()
        switch stage {
        case .admin:
            guard var sheet = try adminSheet(proposal) else { throw .missingFile(path: url.path) }
            let missing = SubmissionCheck.missing(sheet, checklist: procedure.admin, today: now.localDate)
            guard missing.isEmpty else { throw .incomplete(path: url.path, items: missing) }
            sheet.status = .submitted
            sheet.submittedAt = now
            try writeSubmitted(sheet, to: url)
        case .quality:
            guard let method = procedure.quality else { throw .refused(Self.noQuality) }
            guard var sheet = try qualitySheet(proposal) else { throw .missingFile(path: url.path) }
            let missing = SubmissionCheck.missing(sheet, method: method)
            guard missing.isEmpty else { throw .incomplete(path: url.path, items: missing) }
            sheet.status = .submitted
            sheet.submittedAt = now
            try writeSubmitted(sheet, to: url)
        }
    }

    private func writeSubmitted<T: Encodable>(_ sheet: T, to url: URL) throws(WorkspaceError) {
        try session.save(sheet, to: url, action: .sheetSubmit)
    }

    private static let noQuality = LocalizedText(bg: "процедурата няма оценка на качеството", en: "the procedure has no quality assessment")

    /// Refuses the save of `new` over `current` unless `SheetEditRules` allow it.
    private func checkWritable(proposal: String, stage: Assignments.Stage, current: SheetEditRules.Sheet?,
                               new: SheetEditRules.Sheet) throws(WorkspaceError) {
        let context = SheetEditRules.Context(evaluator: evaluator.id, proposal: proposal, stage: stage, declarationAccepted: try declaration() != nil,
                                             assignments: assignments, procedure: procedure, decisions: decisions)
        if let refusal = SheetEditRules.saveRefusal(of: new, over: current, in: context) { throw .refused(refusal.message) }
    }
}
