import Foundation
import Workspace

/// The floor of the benchmark: reading the bytes of the files a step reads, and nothing more — the
/// same folders listed and the same files read whole, as `WorkspaceLoader` does.
enum WorkspaceBytes {
    /// Reads every JSON file of the workspace (and the audit logs with `logs`); returns how many
    /// files and bytes.
    static func read(_ root: URL, logs: Bool) -> (files: Int, bytes: Int) {
        let layout = WorkspaceLayout(root: root)
        var files = [layout.workspaceFile, layout.procedureFile, layout.proposalsFile, layout.assignmentsFile, layout.decisionsFile]
        if logs { files.append(layout.chairAuditFile) }
        let evaluators = (try? FileManager.default.contentsOfDirectory(atPath: layout.sheetsFolder.path)) ?? []
        for evaluator in evaluators.sorted() where !evaluator.hasPrefix(".") {
            let folder = layout.evaluatorFolder(evaluator)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") && (name.hasSuffix(".json") || (logs && name == "audit.jsonl")) {
                files.append(folder.appendingPathComponent(name))
            }
        }
        var bytes = 0
        for file in files {
            bytes += (try? Data(contentsOf: file))?.count ?? 0
        }
        return (files.count, bytes)
    }
}
