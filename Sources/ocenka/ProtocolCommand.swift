import ArgumentParser
import EvaluationCore
import Foundation
import OcenkaKit
import Reports
import Workspace

/// `ocenka protocol`: the committee's evaluation protocol as text (Docs/architecture.md, "The protocol"), written under
/// `exports/` with the ranking and every criterion score as CSV beside it, or printed.
struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Протокол на оценителната комисия, с класирането и оценките в CSV. / The evaluation committee's protocol, with the ranking and the scores as CSV.")

    @OptionGroup var options: WorkspaceOptions

    /// Whose log records the export (default: the committee's chair).
    @OptionGroup var actor: ActorOption

    @Option(name: [.short, .customLong("output")],
            help: "Файлът на протокола (по подразбиране exports/protocol-<процедура>-<дата>.txt); CSV файловете се записват до него. / The protocol's file (default exports/protocol-<procedure>-<date>.txt); the CSV files go beside it.")
    var output: String?

    @Flag(name: .customLong("stdout"), help: "Отпечатва протокола, без да записва файлове. / Prints the protocol and writes no file.")
    var toStandardOutput = false

    @Option(help: "Ширина на текста в колони (поне 80). / Text width in columns (at least 80).")
    var width: Int = 100

    @Option(name: .customLong("generated-at"),
            help: "Моментът на изготвяне, ISO 8601 с часова зона, напр. 2025-12-15T12:00:00+02:00 (по подразбиране сега). / The generation moment, ISO 8601 with a zone offset (default now).")
    var generatedAt: String?

    @OptionGroup var integrity: IntegrityOptions

    func validate() throws {
        if toStandardOutput && output != nil {
            throw ValidationError("--stdout и -o/--output не се задават заедно. / --stdout and -o/--output do not go together.")
        }
        if width < ProtocolReport.minimumWidth {
            throw ValidationError("--width трябва да е поне \(ProtocolReport.minimumWidth). / --width must be at least \(ProtocolReport.minimumWidth).")
        }
    }

    func run() throws {
        let language = options.language
        let moment = try generationMoment(language)
        let checked = try IntegrityGate.check(options.root, language: language, allowDamaged: integrity.allowDamaged)
        let snapshot = checked.snapshot
        try ObjectionGate.check(snapshot, language: language)
        _ = try Run.workspace(language) { () throws(WorkspaceError) in try CommitteeSessionStore.load(snapshot.layout).get() }
        let input = ProtocolInput(snapshot, generatedAt: moment)
        let text = checked.marked(ProtocolReport(input, width: width, language: language).render())
        if toStandardOutput {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let output = self.output.map { URL(fileURLWithPath: $0, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL }
        let files = try ProtocolExport.write(snapshot, input: input, text: text, output: output, language: language,
                                             actor: actor.actor, clock: options.clock)
        Console.out((LocalizedText(bg: "Протоколът е записан в ", en: "The protocol is written to ").text(in: language)) + files.protocolFile.path)
        Console.out((LocalizedText(bg: "Класирането (CSV) е записано в ", en: "The ranking (CSV) is written to ").text(in: language)) + files.rankingFile.path)
        Console.out((LocalizedText(bg: "Оценките по критерии (CSV) са записани в ", en: "The scores per criterion (CSV) are written to ").text(in: language)) + files.scoresFile.path)
        Console.out((LocalizedText(bg: "Списъкът на недопуснатите предложения е записан в ", en: "The list of proposals not admitted is written to ").text(in: language))
            + files.notAdmittedFile.path)
        for notice in files.noticeFiles {
            Console.out((LocalizedText(bg: "Уведомлението за нередовности е записано в ", en: "The remedy notice is written to ").text(in: language)) + notice.path)
        }
        Console.out(LocalizedText(bg: "Износът е вписан в chair/exports.json с контролните суми SHA-256 на файловете.", en: "The export is recorded in chair/exports.json with the files' SHA-256 checksums.").text(in: language))
    }

    /// `--generated-at`, or now.
    private func generationMoment(_ language: Language) throws -> Timestamp {
        guard let generatedAt else { return options.clock.now() }
        return try Timestamp.value(of: generatedAt, option: "--generated-at", in: language, expected: LocalizedText(
            bg: "не е момент по ISO 8601 с часова зона; пример: 2025-12-15T12:00:00+02:00",
            en: "is not an ISO 8601 moment with a zone offset; e.g. 2025-12-15T12:00:00+02:00"))
    }
}

/// Writing the protocol, the two CSV files, the list of proposals not admitted and the remedy notices
/// beside it, atomically (for the command and the chair's screen). An export never replaces an
/// earlier one: the first of a day has the plain names, the next ones end in -2, -3, …; each file
/// written is recorded with its SHA-256 in `chair/exports.json` through the chair's log.
enum ProtocolExport {
    struct Files {
        let protocolFile: URL
        let rankingFile: URL
        let scoresFile: URL
        let notAdmittedFile: URL
        let noticeFiles: [URL]

        var all: [URL] { [protocolFile, rankingFile, scoresFile, notAdmittedFile] + noticeFiles }
    }

    /// Writes `text` to `output` (default `exports/protocol-<procedure>-<date>.txt`) and the rest beside
    /// it; problems are printed and end the command with exit code 1.
    static func write(_ snapshot: WorkspaceSnapshot, input: ProtocolInput, text: String, output: URL?, language: Language,
                      actor: String? = nil, clock: WorkspaceClock = .fromEnvironment()) throws -> Files {
        switch files(snapshot, input: input, text: text, output: output, actor: actor, clock: clock) {
        case .success(let files): return files
        case .failure(let error):
            throw CLIError(error, in: language)
        }
    }

    static func files(_ snapshot: WorkspaceSnapshot, input: ProtocolInput, text: String, output: URL?,
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
        let rankingCSV: String
        let scoresCSV: String
        do {
            rankingCSV = try RankingCSV.render(input.ranking, proposals: input.proposals)
            scoresCSV = try ScoresCSV.render(input)
        } catch {
            return .failure(.refused(LocalizedText(bg: "CSV файловете не могат да бъдат съставени: \(error)", en: "the CSV files cannot be made: \(error)")))
        }
        let report = ProtocolReport(input, language: .bulgarian)
        var contents: [(URL, Data)] = [(chosen.protocolFile, Data(text.utf8)), (chosen.rankingFile, Data(rankingCSV.utf8)),
                                       (chosen.scoresFile, Data(scoresCSV.utf8)),
                                       (chosen.notAdmittedFile, Data(NotAdmittedList(report).render().utf8))]
        for (proposal, url) in zip(noticeProposals, chosen.noticeFiles) {
            contents.append((url, Data(RemedyNotice(report, proposal: proposal).render().utf8)))
        }
        do throws(WorkspaceError) {
            let recorder = try Authorization.require(actor ?? snapshot.info.chair?.id, roles: [.chair, .secretary], in: snapshot.info,
                                                     for: LocalizedText(bg: "Вписването на износа в дневника на председателя",
                                                                        en: "Recording the export in the chair's log")).id
            try AtomicFile.createFolder(folder)
            for (url, data) in contents { try AtomicFile.write(data, to: url) }
            var log = try ExportLogStore.load(layout).get()
            let now = clock.now()
            for (url, data) in contents {
                log.exports.append(ExportLog.Entry(file: layout.relativePath(of: url), sha256: SHA256Digest.hex(data), at: now, by: recorder))
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
