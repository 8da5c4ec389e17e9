import EvaluationCore
import Foundation

/// Reading single workspace files, each checked against its format.
public enum WorkspaceFiles {
    public static func info(_ layout: WorkspaceLayout) throws(WorkspaceError) -> WorkspaceInfo {
        try infoAndDigest(layout).info
    }

    /// `info` and the hex SHA-256 of `workspace.json`'s bytes (what an index is matched with).
    static func infoAndDigest(_ layout: WorkspaceLayout) throws(WorkspaceError) -> (info: WorkspaceInfo, digest: String) {
        guard FileManager.default.fileExists(atPath: layout.workspaceFile.path) else {
            throw .notAWorkspace(path: layout.root.path)
        }
        let data = try ownData(layout.workspaceFile)
        return (try decode(data, layout.workspaceFile) { WorkspaceInfoDecoder.decode($0) }, SHA256Digest.hex(data))
    }

    public static func procedure(_ layout: WorkspaceLayout, info: WorkspaceInfo) throws(WorkspaceError) -> Procedure {
        try procedureAndDigest(layout, info: info).procedure
    }

    /// `procedure` and the hex SHA-256 of `procedure.json`'s bytes.
    static func procedureAndDigest(_ layout: WorkspaceLayout, info: WorkspaceInfo) throws(WorkspaceError) -> (procedure: Procedure, digest: String) {
        let data = try ownData(layout.procedureFile)
        let sha = SHA256Digest.hex(data)
        guard sha == info.procedureSha256 else {
            throw .procedureChanged(path: layout.procedureFile.path, expected: info.procedureSha256, found: sha)
        }
        return (try decode(data, layout.procedureFile) { ProcedureDecoder.decode($0) }, sha)
    }

    public static func proposals(_ layout: WorkspaceLayout, procedure: Procedure) throws(WorkspaceError) -> [Proposal] {
        try proposals(layout, procedure: procedure, index: .none)
    }

    /// `proposals`, taken from `index` (matched with the workspace) when `proposals.json`'s stamp is
    /// the one a check recorded.
    static func proposals(_ layout: WorkspaceLayout, procedure: Procedure, index: WorkspaceIndex) throws(WorkspaceError) -> [Proposal] {
        if let kept = index.unchanged(layout.relativePath(of: layout.proposalsFile), at: layout.proposalsFile.path, kind: .register,
                                      IndexRegister.decoded) { return kept }
        guard FileManager.default.fileExists(atPath: layout.proposalsFile.path) else { return [] }
        return try read(layout.proposalsFile) { ProposalRegisterDecoder.decode($0, procedure: procedure) }
    }

    public static func assignments(_ layout: WorkspaceLayout) throws(WorkspaceError) -> Assignments {
        try assignments(layout, index: .none)
    }

    /// `assignments`, taken from `index` (matched with the workspace) when `chair/assignments.json`'s
    /// stamp is the one a check recorded.
    static func assignments(_ layout: WorkspaceLayout, index: WorkspaceIndex) throws(WorkspaceError) -> Assignments {
        if let kept = index.unchanged(layout.relativePath(of: layout.assignmentsFile), at: layout.assignmentsFile.path, kind: .assignments,
                                      IndexAssignments.decoded) { return kept }
        guard FileManager.default.fileExists(atPath: layout.assignmentsFile.path) else { return Assignments() }
        return try read(layout.assignmentsFile) { AssignmentsDecoder.decode($0) }
    }

    public static func decisions(_ layout: WorkspaceLayout) throws(WorkspaceError) -> DecisionLog {
        guard FileManager.default.fileExists(atPath: layout.decisionsFile.path) else { return DecisionLog() }
        return try read(layout.decisionsFile) { DecisionsDecoder.decode($0) }
    }

    /// The quality sheets of `proposal` by `evaluators` as their files hold them now, justifications
    /// and all, by evaluator; an evaluator without such a file is left out. A few files: what the
    /// chair's comparison reads when the screens started without the justifications.
    public static func qualitySheets(of proposal: String, by evaluators: [String], _ layout: WorkspaceLayout,
                                     procedure: Procedure) throws(WorkspaceError) -> [String: QualitySheet] {
        var sheets: [String: QualitySheet] = [:]
        for evaluator in evaluators {
            let file = layout.sheetFile(evaluator, proposal: proposal, stage: .quality)
            guard Posix.entry(at: file.path) != .missing else { continue }
            let expectation = SheetDecoder.Expectation(proposal: proposal, evaluator: evaluator)
            sheets[evaluator] = try read(file) { SheetDecoder.decodeQuality($0, procedure: procedure, expecting: expectation) }
        }
        return sheets
    }

    public static func data(_ url: URL) throws(WorkspaceError) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { throw .missingFile(path: url.path) }
        if isFolder.boolValue {
            throw .refused(LocalizedText(bg: "\(url.path): това е папка, а се очаква файл", en: "\(url.path): this is a folder, not a file"))
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .io(path: url.path, operation: "read", reason: FileErrorText.describe(error))
        }
    }

    /// A workspace file's bytes, never through a link.
    public static func ownData(_ url: URL) throws(WorkspaceError) -> Data {
        switch Posix.entry(at: url.path) {
        case .symbolicLink: throw .symbolicLink(path: url.path)
        case .folder: throw .io(path: url.path, operation: "read", reason: "a folder, not a file")
        default: return try data(url)
        }
    }

    static func read<T>(_ url: URL, _ decode: (Data) -> Result<T, ValidationFailure>) throws(WorkspaceError) -> T {
        try self.decode(try ownData(url), url, decode)
    }

    static func decode<T>(_ data: Data, _ url: URL, _ decode: (Data) -> Result<T, ValidationFailure>) throws(WorkspaceError) -> T {
        switch decode(data) {
        case .success(let value): return value
        case .failure(let failure): throw .invalidFile(path: url.path, issues: failure.issues)
        }
    }
}
