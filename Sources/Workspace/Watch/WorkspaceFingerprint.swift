import Foundation

/// What tells that another process changed a workspace: the modification time of every folder (a
/// save renames a finished file into its folder, which changes the folder's time, so the sheets need
/// not be read one by one) and the size and time of the files outside `sheets/` (the register, the
/// assignments, the chair's decisions, and the audit log, which grows by appending). Taking it costs
/// a few dozen `lstat` calls however many sheets there are: an evaluator's folder is not listed (it
/// was, with a `URL` and its resource values per sheet: ~0.4 s at 2 000 × 3, before the chair's
/// first frame and at every pause).
public struct WorkspaceFingerprint: Equatable, Sendable {
    /// Path → modification time (nanoseconds), and the size of a file.
    private var entries: [String: [Int64]] = [:]

    public init(_ root: URL) {
        let rootPath = root.path
        let sheetsPath = rootPath + "/sheets"
        var folders = [rootPath]
        while let folder = folders.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            entries[folder] = [Posix.identity(at: folder)?.modified ?? 0]
            for name in names where !name.hasPrefix(".") {
                let path = folder + "/" + name
                switch Posix.entry(at: path) {
                case .missing:
                    continue
                case .folder where folder == sheetsPath:
                    // An evaluator's folder: its time changes with every file saved into it.
                    entries[path] = [Posix.identity(at: path)?.modified ?? 0]
                case .folder:
                    if name != "exports" { folders.append(path) }
                default:
                    guard folder != sheetsPath, let identity = Posix.identity(at: path) else { continue }
                    entries[path] = [identity.modified, identity.size]
                }
            }
        }
    }
}
