import EvaluationCore
import Foundation

/// Where each file of a workspace is (DESIGN §3).
public struct WorkspaceLayout: Sendable, Equatable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var workspaceFile: URL { root.appendingPathComponent("workspace.json") }
    public var procedureFile: URL { root.appendingPathComponent("procedure.json") }
    public var proposalsFile: URL { root.appendingPathComponent("proposals.json") }
    public var chairFolder: URL { root.appendingPathComponent("chair", isDirectory: true) }
    public var assignmentsFile: URL { chairFolder.appendingPathComponent("assignments.json") }
    public var decisionsFile: URL { chairFolder.appendingPathComponent("decisions.json") }
    public var chairAuditFile: URL { chairFolder.appendingPathComponent("audit.jsonl") }
    public var sheetsFolder: URL { root.appendingPathComponent("sheets", isDirectory: true) }
    public var exportsFolder: URL { root.appendingPathComponent("exports", isDirectory: true) }

    public func evaluatorFolder(_ evaluator: String) -> URL {
        sheetsFolder.appendingPathComponent(evaluator, isDirectory: true)
    }

    public func declarationFile(_ evaluator: String) -> URL {
        evaluatorFolder(evaluator).appendingPathComponent("declaration.json")
    }

    public func sheetFile(_ evaluator: String, proposal: String, stage: Assignments.Stage) -> URL {
        evaluatorFolder(evaluator).appendingPathComponent("\(proposal).\(stage.rawValue).json")
    }

    public func auditFile(_ evaluator: String) -> URL {
        evaluatorFolder(evaluator).appendingPathComponent("audit.jsonl")
    }

    /// `url` relative to the root, as audit lines name their targets: "sheets/e1/P-7.admin.json".
    public func relativePath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    public func url(forRelativePath path: String) -> URL {
        root.appendingPathComponent(path)
    }

}
