import EvaluationCore
import Reports
import Workspace

extension ProtocolInput {
    /// What `ocenka protocol` writes the protocol from: the workspace as read, and the generation moment.
    init(_ snapshot: WorkspaceSnapshot, generatedAt: Timestamp) {
        self.init(
            procedure: snapshot.procedure, procedureSha256: snapshot.info.procedureSha256, committee: snapshot.info.committee,
            declarations: snapshot.declarations, proposals: snapshot.proposals, assignments: snapshot.assignments,
            adminSheets: snapshot.adminSheets, qualitySheets: snapshot.qualitySheets, decisions: snapshot.decisions,
            standings: snapshot.standings(), ranking: snapshot.ranking(), generatedAt: generatedAt)
    }
}
