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
        let report = ProtocolReport(input, width: width, language: language)
        UntilExit.keep(report)
        // Made while it is written; with the banner (a damaged workspace) made whole first, the
        // banner's end depending on the text's.
        let text = checked.isMarked ? ByteStream(checked.marked(report.renderBytes())) : report.renderStream()
        if toStandardOutput {
            text.forEachBatch { batch in
                for part in batch {
                    part.withUnsafeBytes { bytes in
                        guard let base = bytes.baseAddress else { return }
                        FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
                    }
                }
            }
            return
        }
        let output = self.output.map { URL(fileURLWithPath: $0, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL }
        let files: ProtocolExport.Files
        switch ProtocolExport.write(snapshot, input: input, text: text, output: output, actor: actor.actor, clock: options.clock) {
        case .success(let written): files = written
        case .failure(let error): throw CLIError(error, in: language)
        }
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
