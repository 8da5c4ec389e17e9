import EvaluationCore
import EvaluatorApp
import Workspace

extension EvaluatorModel {
    /// What the interface of `evaluator` knows, taken from a snapshot: what `InterfaceRunner.loadModel`
    /// reads through the desk, without reading the files again.
    init?(_ snapshot: WorkspaceSnapshot, evaluator id: String) {
        guard let member = snapshot.info.member(withID: id) else { return nil }
        let admin = Set(snapshot.assignments.proposals(of: id, in: .admin))
        let quality = Set(snapshot.assignments.proposals(of: id, in: .quality))
        let proposals = snapshot.proposals.filter { admin.contains($0.id) || quality.contains($0.id) }
        let decisions = Dictionary(grouping: snapshot.decisions.decisions, by: \.proposal)
        var admission: [String: ProposalStanding.Admin] = [:]
        for proposal in proposals {
            let sheets = snapshot.assignments.evaluators(of: proposal.id, in: .admin).compactMap { snapshot.adminSheet($0, proposal.id) }
            admission[proposal.id] = ProposalStanding.make(
                proposal: proposal, procedure: snapshot.procedure, assignments: snapshot.assignments, adminSheets: sheets,
                qualitySheets: [], decisions: DecisionLog(decisions: decisions[proposal.id] ?? [])).admin
        }
        self.init(procedure: snapshot.procedure, evaluator: member, proposals: proposals, assignedAdmin: admin, assignedQuality: quality,
                  declaration: snapshot.declarations[id], adminSheets: snapshot.adminSheets[id] ?? [:],
                  qualitySheets: snapshot.qualitySheets[id] ?? [:], admission: admission)
    }

    /// What `InterfaceRunner.loadModel` reads through the desk, as `ocenka --as <evaluator>` starts.
    init(_ desk: EvaluatorDesk) throws(WorkspaceError) {
        let id = desk.evaluator.id
        let admin = Set(desk.assignments.proposals(of: id, in: .admin))
        let quality = Set(desk.assignments.proposals(of: id, in: .quality))
        let proposals = desk.proposals.filter { admin.contains($0.id) || quality.contains($0.id) }
        var adminSheets: [String: AdminSheet] = [:]
        var qualitySheets: [String: QualitySheet] = [:]
        var admission: [String: ProposalStanding.Admin] = [:]
        for proposal in proposals {
            if let sheet = try desk.adminSheet(proposal.id) { adminSheets[proposal.id] = sheet }
            if let sheet = try desk.qualitySheet(proposal.id) { qualitySheets[proposal.id] = sheet }
            admission[proposal.id] = desk.adminStanding(of: proposal.id)
        }
        self.init(procedure: desk.procedure, evaluator: desk.evaluator, proposals: proposals, assignedAdmin: admin, assignedQuality: quality,
                  declaration: try desk.declaration(), adminSheets: adminSheets, qualitySheets: qualitySheets, admission: admission)
    }
}
