import EvaluationCore
import EvaluatorApp
import Workspace

extension EvaluatorModel {
    /// What the evaluator's interface knows, read through the desk (the sheets on every core): every
    /// problem with the files is reported.
    public static func load(_ desk: EvaluatorDesk) -> Result<EvaluatorModel, WorkspaceError> {
        do throws(WorkspaceError) {
            let assignments = desk.assignments
            let id = desk.evaluator.id
            let admin = Set(assignments.proposals(of: id, in: .admin))
            let quality = Set(assignments.proposals(of: id, in: .quality))
            let proposals = desk.proposals.filter { admin.contains($0.id) || quality.contains($0.id) }
            var adminSheets: [String: AdminSheet] = [:]
            var qualitySheets: [String: QualitySheet] = [:]
            var admission: [String: ProposalStanding.Admin] = [:]
            var problems: [WorkspaceError] = []
            for (proposal, read) in zip(proposals, desk.sheets(of: proposals.map(\.id))) {
                if let problem = read.problem { problems.append(problem) }
                if let sheet = read.admin { adminSheets[proposal.id] = sheet }
                if let sheet = read.quality { qualitySheets[proposal.id] = sheet }
                admission[proposal.id] = read.admission
            }
            if !problems.isEmpty { return .failure(problems.count == 1 ? problems[0] : .many(problems)) }
            let contents = WorkspaceContents(
                procedure: desk.procedure, info: desk.info, proposals: proposals, assignments: assignments,
                declarations: try desk.declaration().map { [id: $0] } ?? [:],
                adminSheets: adminSheets.isEmpty ? [:] : [id: adminSheets],
                qualitySheets: qualitySheets.isEmpty ? [:] : [id: qualitySheets], decisions: desk.decisions)
            return .success(Self(contents: contents, evaluator: desk.evaluator, admission: admission))
        } catch {
            return .failure(error)
        }
    }
}
