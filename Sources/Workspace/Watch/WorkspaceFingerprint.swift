import Foundation

/// What tells that another process changed a workspace: the modification time of every folder (a
/// save renames a finished file into its folder, which changes the folder's time, so the sheets need
/// not be read one by one) and the size and time of the files outside `sheets/` (the register, the
/// assignments, the chair's decisions, and the audit log, which grows by appending). Taking it costs
/// a few dozen `stat` calls however many sheets there are.
public struct WorkspaceFingerprint: Equatable, Sendable {
    private var entries: [String: [Double]] = [:]

    public init(_ root: URL) {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey]
        let fileManager = FileManager.default
        var folders = [root]
        while let folder = folders.popLast() {
            guard let children = try? fileManager.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
                continue
            }
            entries[folder.path] = [Self.time(folder)]
            let insideSheets = folder.pathComponents.contains("sheets")
            for child in children {
                guard let values = try? child.resourceValues(forKeys: Set(keys)) else { continue }
                if values.isDirectory == true {
                    if child.lastPathComponent != "exports" { folders.append(child) }
                } else if !insideSheets {
                    entries[child.path] = [values.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values.fileSize ?? 0)]
                }
            }
        }
    }

    private static func time(_ url: URL) -> Double {
        ((try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate?.timeIntervalSince1970) ?? 0
    }
}
