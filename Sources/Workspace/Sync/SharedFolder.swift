import EvaluationCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The deployment on one shared server: every member logs in with their own Unix account, all in
/// one group. `ocenka init --group NAME` gives the workspace to that group so that Unix permissions
/// keep the one-writer rule: the root, `chair/` and `exports/` are the chair's account's (the group
/// reads), `sheets/` lets every member of the group make their own folder but not touch another's
/// (set-group-id and sticky, as `/tmp`), and nobody outside the group reads anything.
public enum SharedFolder {
    /// The modes `apply` sets.
    public static let rootMode: mode_t = 0o2750
    public static let sheetsMode: mode_t = 0o3770
    public static let fileMode: mode_t = 0o640

    /// The id of the group `name`, or a refusal naming it.
    public static func groupID(named name: String) throws(WorkspaceError) -> gid_t {
        guard let entry = getgrnam(name) else {
            throw .refused(LocalizedText(bg: "няма група на Unix „\(name)“ (създайте я с groupadd \(name))",
                                         en: "there is no Unix group \"\(name)\" (create it with groupadd \(name))"))
        }
        return entry.pointee.gr_gid
    }

    public static func apply(group name: String, to layout: WorkspaceLayout) throws(WorkspaceError) {
        let group = try groupID(named: name)
        let folders: [(URL, mode_t)] = [(layout.root, rootMode), (layout.chairFolder, rootMode), (layout.exportsFolder, rootMode),
                                        (layout.sheetsFolder, sheetsMode)]
        for (folder, mode) in folders {
            try set(folder, group: group, mode: mode)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let url = folder.appendingPathComponent(name)
                if Posix.entry(at: url.path) == .file { try set(url, group: group, mode: fileMode) }
            }
        }
    }

    private static func set(_ url: URL, group: gid_t, mode: mode_t) throws(WorkspaceError) {
        guard lchown(url.path, uid_t.max, group) == 0 else {
            throw .io(path: url.path, operation: "chown", reason: String(cString: strerror(errno)))
        }
        guard chmod(url.path, mode) == 0 else {
            throw .io(path: url.path, operation: "chmod", reason: String(cString: strerror(errno)))
        }
    }
}
