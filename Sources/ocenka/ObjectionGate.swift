import EvaluationCore
import Workspace

/// `rank` and `protocol` make no final ranking while an objection is open (ObjectionBlock).
enum ObjectionGate {
    static func check(_ snapshot: WorkspaceSnapshot, language: Language) throws {
        let log = try Run.workspace(language) { () throws(WorkspaceError) in try ObjectionService.load(snapshot.layout).get() }
        if let refusal = ObjectionBlock.refusal(log, checklist: snapshot.procedure.admin) {
            throw CLIError(refusal, in: language)
        }
    }
}
