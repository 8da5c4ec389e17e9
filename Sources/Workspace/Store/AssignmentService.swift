import EvaluationCore
import Foundation

/// `ocenka assign`: draws the evaluators of every proposal for the checklist and for the quality
/// assessment, at random and load-balanced, and records the seed so the draw can be made again.
/// Re-running keeps every sheet already started and never puts an evaluator back on a proposal they
/// recused from.
public enum AssignmentService {
    public struct Result: Sendable {
        public let assignments: Assignments
        /// Stage → proposal → how many evaluators it is short of.
        public let shortOf: [Assignments.Stage: [String: Int]]
    }

    public static func assign(in root: URL, actingAs actor: String?, seed: UInt64?, clock: WorkspaceClock) throws(WorkspaceError) -> Result {
        let layout = WorkspaceLayout(root: root)
        let session = try WriterSession.chair(layout, actor: actor ?? "?", clock: clock)
        defer { session.close() }
        let info = try WorkspaceFiles.info(layout)
        _ = try Authorization.require(actor, roles: [.chair], in: info,
                                              for: LocalizedText(bg: "Разпределението на предложенията", en: "Assigning proposals"))
        let snapshot = try WorkspaceLoader.load(root).get()
        let evaluators = info.evaluators.map(\.id)
        guard !evaluators.isEmpty else {
            throw .refused(LocalizedText(bg: "в комисията няма оценители; добавете ги с ocenka committee add --role evaluator",
                                         en: "the committee has no evaluators; add them with ocenka committee add --role evaluator"))
        }
        guard !snapshot.proposals.isEmpty else {
            throw .refused(LocalizedText(bg: "регистърът няма предложения; внесете ги с ocenka proposals import",
                                         en: "the register has no proposals; import them with ocenka proposals import"))
        }
        let usedSeed = seed ?? UInt64.random(in: 0...UInt64(Int64.max))
        var generator = SeededGenerator(seed: usedSeed)
        let proposalIDs = snapshot.proposals.map(\.id)
        var excluded: [String: Set<String>] = [:]
        for (evaluator, sheets) in snapshot.adminSheets {
            for (proposal, sheet) in sheets where sheet.conflict?.declared == true { excluded[proposal, default: []].insert(evaluator) }
        }
        for (evaluator, sheets) in snapshot.qualitySheets {
            for (proposal, sheet) in sheets where sheet.conflict?.declared == true { excluded[proposal, default: []].insert(evaluator) }
        }
        var result = Assignments(seed: usedSeed)
        var shortOf: [Assignments.Stage: [String: Int]] = [:]
        var stages: [(Assignments.Stage, Int)] = [(.admin, snapshot.procedure.admin.evaluatorsPerProposal)]
        if let reconciliation = snapshot.procedure.reconciliation {
            stages.append((.quality, reconciliation.evaluatorsPerProposal))
        }
        for (stage, perProposal) in stages {
            var keep: [String: [String]] = [:]
            for proposal in proposalIDs {
                keep[proposal] = snapshot.assignments.evaluators(of: proposal, in: stage).filter { evaluator in
                    stage == .admin ? snapshot.adminSheet(evaluator, proposal) != nil : snapshot.qualitySheet(evaluator, proposal) != nil
                }
            }
            let outcome = AssignmentDraw.draw(proposals: proposalIDs, evaluators: evaluators, perProposal: perProposal,
                                              keep: keep, excluded: excluded, generator: &generator)
            result[stage] = outcome.assignments
            if !outcome.shortOf.isEmpty { shortOf[stage] = outcome.shortOf }
        }
        try session.save(result, to: layout.assignmentsFile, action: .assign)
        return Result(assignments: result, shortOf: shortOf)
    }
}
