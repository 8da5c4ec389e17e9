import EvaluationCore
import Foundation
import Workspace
import WorkspaceFixtures

/// A demo workspace in a temporary folder of its own, for one test.
struct DemoFolder {
    let parent: URL
    var root: URL { parent.appendingPathComponent("demo", isDirectory: true) }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The demo's moment: its sheets and decisions are dated before it.
    static let clock = WorkspaceClock(fixed: Timestamp("2025-12-20T10:00:00+02:00"))

    static func make() throws -> DemoFolder {
        let folder = DemoFolder(parent: FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-kit-\(UUID().uuidString)"))
        let procedure = try ProcedureCatalog(configFolder: packageRoot.appendingPathComponent("Config"))
            .procedure(withID: DemoWorkspace.procedureID).get()
        _ = try DemoWorkspace.create(at: folder.root, procedure: procedure)
        return folder
    }

    func remove() {
        try? FileManager.default.removeItem(at: parent)
    }
}
