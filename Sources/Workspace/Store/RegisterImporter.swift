import EvaluationCore
import Foundation

/// `ocenka proposals import`: adds the proposals of a CSV file to the register, all or nothing.
/// Any bad row, or an id the register already has, and nothing is written.
public enum RegisterImporter {
    /// The size above which a CSV file is refused before it is read.
    public static let sizeLimit = 20 * 1024 * 1024

    public static func importCSV(_ file: URL, into root: URL, actingAs actor: String?,
                                 clock: WorkspaceClock) throws(WorkspaceError) -> [Proposal] {
        let layout = WorkspaceLayout(root: root)
        let session = try WriterSession.chair(layout, actor: actor ?? "?", clock: clock)
        defer { session.close() }
        let info = try WorkspaceFiles.info(layout)
        _ = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                               for: LocalizedText(bg: "Внасянето на предложения", en: "Importing proposals"))
        let procedure = try WorkspaceFiles.procedure(layout, info: info)
        let existing = try WorkspaceFiles.proposals(layout, procedure: procedure)
        let size = ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= sizeLimit else {
            throw .refused(LocalizedText(bg: "\(file.lastPathComponent): файлът е \(size) байта; най-много \(sizeLimit)",
                                         en: "\(file.lastPathComponent): the file has \(size) bytes; at most \(sizeLimit)"))
        }
        let data = try WorkspaceFiles.data(file)
        let imported: [Proposal]
        switch ProposalCSVImporter.parse(data, fileName: file.lastPathComponent, procedure: procedure) {
        case .success(let proposals): imported = proposals
        case .failure(let failure):
            // Each issue names the file and its line already ("register.csv:7: eik: …").
            throw .many(failure.issues.map { .refused(LocalizedText(bg: $0.text(in: .bulgarian), en: $0.text(in: .english))) })
        }
        let known = Set(existing.map(\.id))
        let clashes = imported.filter { known.contains($0.id) }.map(\.id)
        guard clashes.isEmpty else {
            throw .refused(LocalizedText(bg: "\(file.lastPathComponent): регистърът вече съдържа: \(clashes.joined(separator: ", ")); нищо не е внесено",
                                         en: "\(file.lastPathComponent): the register already has: \(clashes.joined(separator: ", ")); nothing was imported"))
        }
        let all = RegisterFindings.apply(to: existing + imported, procedure: procedure)
        try session.save(ProposalRegisterFile(proposals: all), to: layout.proposalsFile, action: .proposalsImport)
        return Array(all.suffix(imported.count))
    }
}
