import EvaluationCore
import EvaluatorApp
import Workspace

extension ChairModel {
    /// What the chair's screens show, from the workspace as read: the standings and the ranking.
    public init(_ snapshot: WorkspaceSnapshot, chair: CommitteeMember) {
        let standings = snapshot.standings()
        self.init(procedure: snapshot.procedure, chair: chair, committee: snapshot.info.committee, proposals: snapshot.proposals,
                  assignments: snapshot.assignments, declarations: snapshot.declarations, adminSheets: snapshot.adminSheets,
                  qualitySheets: snapshot.qualitySheets, decisions: snapshot.decisions, standings: standings,
                  ranking: snapshot.ranking(of: standings))
        openObjections = ((try? ObjectionService.load(snapshot.layout).get()) ?? ObjectionLog()).open
    }
}
