import EvaluationCore
import Foundation

/// `chair/exports.json`: every file the program exported, in order, with its SHA-256, so that a
/// printed protocol can be matched to the file it came from.
public struct ExportLog: Sendable, Equatable, Codable {
    public var format: Int
    public var exports: [Entry]

    public init(exports: [Entry] = []) {
        self.format = 1
        self.exports = exports
    }

    public struct Entry: Sendable, Equatable, Codable {
        /// The file, relative to the workspace when it is inside it.
        public var file: String
        public var sha256: String
        public var at: Timestamp
        public var by: String

        public init(file: String, sha256: String, at: Timestamp, by: String) {
            self.file = file
            self.sha256 = sha256
            self.at = at
            self.by = by
        }
    }
}

/// Reads `chair/exports.json` (absent: no export yet).
public enum ExportLogStore {
    public static func load(_ layout: WorkspaceLayout) -> Result<ExportLog, WorkspaceError> {
        let url = layout.exportLogFile
        guard FileManager.default.fileExists(atPath: url.path) else { return .success(ExportLog()) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.io(path: url.path, operation: "read", reason: error.localizedDescription))
        }
        let result = DocumentDecoding.decode(data) { root -> ExportLog? in
            root.rejectUnknownKeys(["format", "exports"])
            DocumentDecoding.checkFormat(root)
            var entries: [ExportLog.Entry] = []
            for element in root.array("exports") ?? [] {
                guard let entry = JSONObjectReader(element.value, at: element.path, issues: root.issues) else { continue }
                entry.rejectUnknownKeys(["file", "sha256", "at", "by"])
                if let file = entry.string("file"), let sha = entry.string("sha256"), let at = entry.timestamp("at"),
                   let by = entry.string("by") {
                    entries.append(ExportLog.Entry(file: file, sha256: sha, at: at, by: by))
                }
            }
            return ExportLog(exports: entries)
        }
        return result.mapError { .invalidFile(path: url.path, issues: $0.issues) }
    }
}
