import EvaluationCore
import Foundation

/// Where each file of a workspace is (Docs/formats.md).
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
    /// Objections to not being admitted and the head's decisions on them.
    public var objectionsFile: URL { chairFolder.appendingPathComponent("objections.json") }
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
        evaluatorFolder(evaluator).appendingPathComponent(Self.sheetFileName(proposal: proposal, stage: stage))
    }

    /// The name of an evaluator's sheet in their folder: `<proposal>.admin.json`, `<proposal>.quality.json`.
    public static func sheetFileName(proposal: String, stage: Assignments.Stage) -> String {
        "\(proposal).\(stage.rawValue).json"
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

extension WorkspaceLayout {
    /// Refuses a symbolic link on the way from the root to `url` (the root itself may be one: the
    /// user chose it), and `url` itself when it is one. Missing parts are fine: they will be made.
    public func refuseLinks(upTo url: URL) throws(WorkspaceError) {
        let relative = relativePath(of: url)
        guard relative != url.standardizedFileURL.path else {
            throw .refused(LocalizedText(bg: "\(url.path) е извън работното пространство \(root.path)",
                                         en: "\(url.path) is outside the workspace \(root.path)"))
        }
        var current = root
        for component in relative.split(separator: "/") {
            current.appendPathComponent(String(component))
            switch Posix.entry(at: current.path) {
            case .symbolicLink: throw .symbolicLink(path: current.path)
            case .missing: return
            case .file, .folder, .other: continue
            }
        }
    }
}
