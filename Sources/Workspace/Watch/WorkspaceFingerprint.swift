import Foundation

/// The names, sizes and modification times of a workspace's files: when it differs from the last one
/// taken, another process changed the workspace and the screens read it again.
public struct WorkspaceFingerprint: Equatable, Sendable {
    private var files: [String: [Double]] = [:]

    public init(_ root: URL) {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys,
                                                              options: [.skipsHiddenFiles]) else { return }
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            if url.path.contains("/exports/") { continue }
            files[url.path] = [values.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values.fileSize ?? 0)]
        }
    }
}
