import EvaluationCore
import EvaluatorApp
import Workspace

extension ChairModel {
    /// What the chair's screens show, from the workspace as read: the standings and the ranking (and
    /// which proposals' justifications the snapshot left out).
    public init(_ snapshot: WorkspaceSnapshot, chair: CommitteeMember) {
        let standings = snapshot.standings()
        self.init(contents: snapshot.contents, chair: chair, standings: standings, ranking: snapshot.ranking(of: standings),
                  openObjections: ((try? ObjectionService.load(snapshot.layout).get()) ?? ObjectionLog()).open,
                  withoutJustifications: snapshot.withoutJustifications)
    }
}
