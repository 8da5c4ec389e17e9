import EvaluationCore
import Foundation
import Reports
import Workspace

/// Writing the protocol, the two CSV files, the list of proposals not admitted and the remedy notices
/// beside it, atomically (for `ocenka protocol` and the chair's screen). An export never replaces an
/// earlier one: the first of a day has the plain names, the next ones end in -2, -3, …; each file
/// written is recorded with its SHA-256 in `chair/exports.json` through the chair's log, once every
/// file is complete on disk (`AtomicFile.writeAll`).
public enum ProtocolExport {
    public struct Files: Sendable {
        public let protocolFile: URL
        public let rankingFile: URL
        public let scoresFile: URL
        public let notAdmittedFile: URL
        public let noticeFiles: [URL]

        public var all: [URL] { [protocolFile, rankingFile, scoresFile, notAdmittedFile] + noticeFiles }
    }

    /// Writes `text` (the protocol's bytes, made while they are written) to `output` (default `exports/protocol-<procedure>-<date>.txt`)
    /// and the rest beside it, and records them in `chair/exports.json` as `actor` (default the chair).
    public static func write(_ snapshot: WorkspaceSnapshot, input: ProtocolInput, text: ByteStream, output: URL?,
                             actor: String? = nil, clock: WorkspaceClock = .fromEnvironment()) -> Result<Files, WorkspaceError> {
        let layout = snapshot.layout
        let base = "\(snapshot.procedure.id)-\(input.generatedAt.localDate.isoText)"
        let folder = output?.deletingLastPathComponent() ?? layout.exportsFolder
        let noticeProposals = RemedyNotice.proposals(input)
        func files(_ suffix: String) -> Files {
            let name = base + suffix
            return Files(protocolFile: output ?? folder.appendingPathComponent("protocol-\(name).txt"),
                         rankingFile: folder.appendingPathComponent("ranking-\(name).csv"),
                         scoresFile: folder.appendingPathComponent("scores-\(name).csv"),
                         notAdmittedFile: folder.appendingPathComponent("not-admitted-\(name).txt"),
                         noticeFiles: noticeProposals.map { folder.appendingPathComponent("remedy-notice-\($0)-\(name).txt") })
        }
        func taken(_ files: Files) -> Bool {
            files.all.contains { FileManager.default.fileExists(atPath: $0.path) }
        }
        if let output, FileManager.default.fileExists(atPath: output.path) {
            return .failure(.refused(LocalizedText(bg: "\(output.path) вече съществува; износът не презаписва файлове — посочете друго име",
                                                   en: "\(output.path) already exists; an export never overwrites a file — give another name")))
        }
        var number = 1
        var chosen = files("")
        while taken(chosen) {
            number += 1
            chosen = files("-\(number)")
        }
        let report = ProtocolReport(input, language: .bulgarian)
        // The protocol and the scores CSV are made while they are written (each batch on every
        // core); the ranking, the list and the notices now, each on a core of its own where there
        // are several.
        enum Part: Sendable { case ranking, notAdmitted, notice(String) }
        let parts: [Part] = [.ranking, .notAdmitted] + noticeProposals.map { .notice($0) }
        let made = parts.concurrentMap(minimumCount: 2) { part -> Result<ByteStream, WorkspaceError> in
            do {
                switch part {
                case .ranking: return .success(ByteStream(try RankingCSV.renderBytes(input.ranking, proposals: input.proposals)))
                case .notAdmitted: return .success(ByteStream(NotAdmittedList(report).renderBytes()))
                case .notice(let proposal): return .success(ByteStream(RemedyNotice(report, proposal: proposal).renderBytes()))
                }
            } catch {
                return .failure(.refused(LocalizedText(bg: "CSV файловете не могат да бъдат съставени: \(error)", en: "the CSV files cannot be made: \(error)")))
            }
        }
        var small: [ByteStream] = []
        for part in made {
            switch part {
            case .success(let bytes): small.append(bytes)
            case .failure(let error): return .failure(error)
            }
        }
        let contents = [(chosen.protocolFile, text), (chosen.rankingFile, small[0]), (chosen.scoresFile, ScoresCSV.renderStream(input)),
                        (chosen.notAdmittedFile, small[1])] + zip(chosen.noticeFiles, small.dropFirst(2))
        do throws(WorkspaceError) {
            let recorder = try Authorization.require(actor ?? snapshot.info.chair?.id, roles: [.chair, .secretary], in: snapshot.info,
                                                     for: LocalizedText(bg: "Вписването на износа в дневника на председателя",
                                                                        en: "Recording the export in the chair's log")).id
            try AtomicFile.createFolder(folder)
            // Every file complete on disk (and its folder flushed) before the log records it.
            let digests = try AtomicFile.writeAll(contents)
            var log = try ExportLogStore.load(layout).get()
            let now = clock.now()
            for ((url, _), digest) in zip(contents, digests) {
                log.exports.append(ExportLog.Entry(file: layout.relativePath(of: url), sha256: digest, at: now, by: recorder))
            }
            let session = try WriterSession.chair(layout, actor: recorder, clock: clock)
            defer { session.close() }
            try session.save(log, to: layout.exportLogFile, action: .protocolExport)
        } catch {
            return .failure(error)
        }
        return .success(chosen)
    }
}
