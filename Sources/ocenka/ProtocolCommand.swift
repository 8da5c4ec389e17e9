import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace

/// `ocenka protocol`: the committee's evaluation protocol as text (DESIGN §5), written under
/// `exports/` with the ranking and every criterion score as CSV beside it, or printed.
struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Протокол на оценителната комисия, с класирането и оценките в CSV. / The evaluation committee's protocol, with the ranking and the scores as CSV.")

    @OptionGroup var options: WorkspaceOptions

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
        let input = ProtocolInput(snapshot, generatedAt: moment)
        let text = checked.marked(ProtocolReport(input, width: width, language: language).render())
        if toStandardOutput {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let output = self.output.map { URL(fileURLWithPath: $0, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL }
        let files = try ProtocolExport.write(snapshot, input: input, text: text, output: output, language: language)
        let bg = language == .bulgarian
        Console.out((bg ? "Протоколът е записан в " : "The protocol is written to ") + files.protocolFile.path)
        Console.out((bg ? "Класирането (CSV) е записано в " : "The ranking (CSV) is written to ") + files.rankingFile.path)
        Console.out((bg ? "Оценките по критерии (CSV) са записани в " : "The scores per criterion (CSV) are written to ") + files.scoresFile.path)
    }

    /// `--generated-at`, or now.
    private func generationMoment(_ language: Language) throws -> Timestamp {
        guard let generatedAt else { return options.clock.now() }
        guard let moment = Timestamp(generatedAt) else {
            Console.error(language == .bulgarian
                ? "--generated-at: „\(generatedAt)“ не е момент по ISO 8601 с часова зона; пример: 2025-12-15T12:00:00+02:00"
                : "--generated-at: \"\(generatedAt)\" is not an ISO 8601 moment with a zone offset; e.g. 2025-12-15T12:00:00+02:00")
            throw ExitCode(1)
        }
        return moment
    }
}

/// Writing the protocol and the two CSV files beside it, atomically (for the command and the chair's screen).
enum ProtocolExport {
    struct Files {
        let protocolFile: URL
        let rankingFile: URL
        let scoresFile: URL
    }

    /// Writes `text` to `output` (default `exports/protocol-<procedure>-<date>.txt`) and the ranking and
    /// scores CSV beside it; problems are printed and end the command with exit code 1.
    static func write(_ snapshot: WorkspaceSnapshot, input: ProtocolInput, text: String, output: URL?, language: Language) throws -> Files {
        switch files(snapshot, input: input, text: text, output: output) {
        case .success(let files): return files
        case .failure(let error):
            Console.error(lines: error.lines(in: language))
            throw ExitCode(1)
        }
    }

    static func files(_ snapshot: WorkspaceSnapshot, input: ProtocolInput, text: String, output: URL?) -> Result<Files, WorkspaceError> {
        let name = "\(snapshot.procedure.id)-\(input.generatedAt.localDate.isoText)"
        let protocolFile = output ?? snapshot.layout.exportsFolder.appendingPathComponent("protocol-\(name).txt")
        let folder = protocolFile.deletingLastPathComponent()
        let files = Files(protocolFile: protocolFile, rankingFile: folder.appendingPathComponent("ranking-\(name).csv"),
                          scoresFile: folder.appendingPathComponent("scores-\(name).csv"))
        let rankingCSV: String
        let scoresCSV: String
        do {
            rankingCSV = try RankingCSV.render(input.ranking, proposals: input.proposals)
            scoresCSV = try ScoresCSV.render(input)
        } catch {
            return .failure(.refused(LocalizedText(bg: "CSV файловете не могат да бъдат съставени: \(error)", en: "the CSV files cannot be made: \(error)")))
        }
        do throws(WorkspaceError) {
            try AtomicFile.createFolder(folder)
            try AtomicFile.write(Data(text.utf8), to: protocolFile)
            try AtomicFile.write(Data(rankingCSV.utf8), to: files.rankingFile)
            try AtomicFile.write(Data(scoresCSV.utf8), to: files.scoresFile)
        } catch {
            return .failure(error)
        }
        return .success(files)
    }
}

extension ProtocolInput {
    /// What the protocol is written from: the workspace as read, and the generation moment.
    init(_ snapshot: WorkspaceSnapshot, generatedAt: Timestamp) {
        self.init(
            procedure: snapshot.procedure, procedureSha256: snapshot.info.procedureSha256, committee: snapshot.info.committee,
            declarations: snapshot.declarations, proposals: snapshot.proposals, assignments: snapshot.assignments,
            adminSheets: snapshot.adminSheets, qualitySheets: snapshot.qualitySheets, decisions: snapshot.decisions,
            standings: snapshot.standings(), ranking: snapshot.ranking(), generatedAt: generatedAt)
    }
}
