import Foundation

/// Making a whole workspace at once: it is built in a hidden folder beside the target and moved into
/// place only when complete, so a failure leaves nothing behind. The target must be missing or empty.
public enum StagedFolder {
    /// Builds with `body` in a staging folder named `.<target>.<purpose>-<uuid>` and moves it to `root`.
    public static func build<T>(at root: URL, purpose: String, _ body: (URL) throws(WorkspaceError) -> T) throws(WorkspaceError) -> T {
        let target = WorkspaceLayout(root: root).root
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists {
            let contents = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? ["?"]
            guard isFolder.boolValue, contents.isEmpty else { throw .notEmpty(path: target.path) }
        }
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).\(purpose)-\(UUID().uuidString)", isDirectory: true)
        do {
            try AtomicFile.createFolder(parent)
            let result = try body(staging)
            try io(target.path, "rename") {
                if exists { try fileManager.removeItem(at: target) }
                try fileManager.moveItem(at: staging, to: target)
            }
            return result
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Runs a Foundation file operation, reporting its failure as a `WorkspaceError` naming `path`.
    public static func io(_ path: String, _ operation: String, _ body: () throws -> Void) throws(WorkspaceError) {
        do {
            try body()
        } catch {
            throw .io(path: path, operation: operation, reason: error.localizedDescription)
        }
    }
}
