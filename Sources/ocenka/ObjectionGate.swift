import EvaluationCore
import Workspace

/// `rank` and `protocol` make no final ranking while an objection is open (ObjectionBlock).
enum ObjectionGate {
    static func check(_ snapshot: WorkspaceSnapshot, language: Language) throws {
        let refusal = try Run.workspace(language) { () throws(WorkspaceError) in try ObjectionService.finalRankingRefusal(snapshot).get() }
        if let refusal {
            throw CLIError(refusal, in: language)
        }
    }
}
