import EvaluationCore
import Foundation

/// An evaluator's view of the workspace that writes nothing: no lock, no folder, no recovery, no
/// audit line. What `ocenka sheet export` and `ocenka declare --show` read; the chair's returns and
/// cancellations are applied to the sheets in memory, as `EvaluatorDesk` would write them.
public struct EvaluatorReader {
    public let layout: WorkspaceLayout
    public let evaluator: CommitteeMember
    public let procedure: Procedure
    public let proposals: [Proposal]
    public let decisions: DecisionLog

    public static func open(_ root: URL, evaluator id: String?) throws(WorkspaceError) -> EvaluatorReader {
        let layout = WorkspaceLayout(root: root)
        let info = try WorkspaceFiles.info(layout)
        let member = try Authorization.require(id, roles: [.evaluator], in: info,
                                               for: LocalizedText(bg: "Попълването на оценителни листове", en: "Filling in evaluation sheets"))
        let procedure = try WorkspaceFiles.procedure(layout, info: info)
        return EvaluatorReader(layout: layout, evaluator: member, procedure: procedure,
                               proposals: try WorkspaceFiles.proposals(layout, procedure: procedure),
                               decisions: try WorkspaceFiles.decisions(layout))
    }

    /// The sheet on disk, or a fresh draft, with the chair's decisions applied.
    public func adminSheetOrDraft(_ proposal: String) throws(WorkspaceError) -> AdminSheet {
        try sheetOrDraft(proposal, stage: .admin, draft: AdminSheet(proposal: proposal, evaluator: evaluator.id),
                         decode: SheetDecoder.decodeAdmin)
    }

    public func qualitySheetOrDraft(_ proposal: String) throws(WorkspaceError) -> QualitySheet {
        try sheetOrDraft(proposal, stage: .quality, draft: QualitySheet(proposal: proposal, evaluator: evaluator.id),
                         decode: SheetDecoder.decodeQuality)
    }

    private func sheetOrDraft<Sheet: StatusCarrying>(
        _ proposal: String, stage: Assignments.Stage, draft: @autoclosure () -> Sheet,
        decode: (Data, Procedure, SheetDecoder.Expectation) -> Result<Sheet, ValidationFailure>
    ) throws(WorkspaceError) -> Sheet {
        let url = layout.sheetFile(evaluator.id, proposal: proposal, stage: stage)
        let sheet = FileManager.default.fileExists(atPath: url.path)
            ? try WorkspaceFiles.read(url) { decode($0, procedure, .init(proposal: proposal, evaluator: evaluator.id)) }
            : draft()
        return applyingChairDecisions(to: sheet, proposal: proposal, stage: stage)
    }

    private func applyingChairDecisions<Sheet: StatusCarrying>(to sheet: Sheet, proposal: String, stage: Assignments.Stage) -> Sheet {
        var sheet = sheet
        for change in SheetEditRules.Context.chairChanges(in: decisions, evaluator: evaluator.id, proposal: proposal, stage: stage) {
            let status = decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision, proposal: proposal,
                                                   evaluator: evaluator.id, stage: stage)
            guard status != sheet.status else { continue }
            sheet.status = status
            sheet.statusChange = change
        }
        return sheet
    }
}
