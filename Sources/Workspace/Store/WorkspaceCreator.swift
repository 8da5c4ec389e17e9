import EvaluationCore
import Foundation

/// `ocenka init`: a new workspace in a new or empty folder, with the procedure frozen into it.
public enum WorkspaceCreator {
    /// The actor the audit log names for what the program does before the committee exists.
    public static let systemActor = "ocenka"

    public static func create(at root: URL, procedure: ProcedureFile, clock: WorkspaceClock) throws(WorkspaceError) -> WorkspaceLayout {
        let layout = WorkspaceLayout(root: root)
        guard procedure.procedure.isComplete else {
            throw .invalidFile(path: procedure.url.path, issues: procedure.procedure.incompleteIssues)
        }
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: layout.root.path) {
            let contents = (try? fileManager.contentsOfDirectory(atPath: layout.root.path)) ?? ["?"]
            guard contents.isEmpty else { throw .notEmpty(path: layout.root.path) }
        }
        try AtomicFile.createFolder(layout.root)
        for folder in [layout.chairFolder, layout.sheetsFolder, layout.exportsFolder] {
            try AtomicFile.createFolder(folder)
        }
        let session = try WriterSession.chair(layout, actor: systemActor, clock: clock)
        defer { session.close() }
        try session.save(procedure.data, to: layout.procedureFile, action: .initProcedure)
        let info = WorkspaceInfo(procedure: procedure.procedure.id, procedureSha256: SHA256Digest.hex(procedure.data),
                                 createdAt: clock.now())
        try session.save(info, to: layout.workspaceFile, action: .initWorkspace)
        try session.save(ProposalRegisterFile(proposals: []), to: layout.proposalsFile, action: .initProposals)
        try session.save(Assignments(), to: layout.assignmentsFile, action: .initAssignments)
        return layout
    }
}

/// The shape of `proposals.json` as written.
public struct ProposalRegisterFile: Sendable, Codable {
    public var format = 1
    public var proposals: [Proposal]

    public init(proposals: [Proposal]) {
        self.proposals = proposals
    }
}
