import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka sheet export|import|submit`: scoring from scripts and editors.
struct SheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "Оценителни листове: извеждане, внасяне, подаване. / Sheets: export, import, submit.",
        subcommands: [Export.self, Import.self, Submit.self, Return.self, Cancel.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Извежда листа като JSON (нова чернова, ако няма). / Prints the sheet as JSON (a fresh draft if none).")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Option(help: "Номер на предложението. / The proposal's id.")
        var proposal: String

        @Option(help: "admin или quality (по подразбиране: quality, ако процедурата има оценка на качеството). / admin or quality.")
        var stage: Assignments.Stage?

        func run() throws {
            let language = options.language
            // Reading only: nothing is written, not even the chair's returns the next session applies.
            let desk = try Run.workspace(language) { () throws(WorkspaceError) in
                try EvaluatorReader.open(options.root, evaluator: actor.actor)
            }
            let chosen = stage ?? (desk.procedure.quality == nil ? .admin : .quality)
            let data = try Run.workspace(language) { () throws(WorkspaceError) -> Data in
                guard desk.proposals.contains(where: { $0.id == proposal }) else {
                    let shown = proposal.escapingControlCharacters
                    throw .refused(LocalizedText(bg: "няма предложение „\(shown)“ в регистъра", en: "there is no proposal \"\(shown)\" in the register"))
                }
                let file = desk.layout.sheetFile(desk.evaluator.id, proposal: proposal, stage: chosen)
                switch chosen {
                case .admin: return try OfflineSheet.exportData(try desk.adminSheetOrDraft(proposal), from: file)
                case .quality: return try OfflineSheet.exportData(try desk.qualitySheetOrDraft(proposal), from: file)
                }
            }
            FileHandle.standardOutput.write(data)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Проверява лист спрямо процедурата и го записва. / Checks a sheet against the procedure and saves it.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Argument(help: "JSON файл на лист. / A sheet JSON file.")
        var file: String

        @Flag(help: "Внася файл без версия (exportedFrom) върху чернова на диска. / Imports a file with no version (exportedFrom) over a draft on disk.")
        var force = false

        func run() throws {
            let language = options.language
            let url = URL(fileURLWithPath: file, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
            // The file is checked before the evaluator's session opens: a bad file touches nothing.
            let sheet = try Run.workspace(language) { () throws(WorkspaceError) -> SheetDecoder.AnySheet in
                let reader = try EvaluatorReader.open(options.root, evaluator: actor.actor)
                let data = try WorkspaceFiles.data(url)
                switch SheetDecoder.decodeAny(data, procedure: reader.procedure, expecting: .init(evaluator: reader.evaluator.id)) {
                case .success(let sheet): return sheet
                case .failure(let failure): throw .invalidFile(path: file, issues: failure.issues)
                }
            }
            let desk = try Run.workspace(language) { () throws(WorkspaceError) in
                try EvaluatorDesk.open(options.root, evaluator: actor.actor, clock: options.clock)
            }
            defer { desk.close() }
            try Run.workspace(language) { () throws(WorkspaceError) in
                // Under the lock: the sheet on disk cannot change between this check and the save.
                let (proposal, stage): (String, Assignments.Stage) = switch sheet {
                case .admin(let admin): (admin.proposal, .admin)
                case .quality(let quality): (quality.proposal, .quality)
                }
                try OfflineSheet.checkVersion(of: try WorkspaceFiles.data(url), named: file,
                                              against: desk.layout.sheetFile(desk.evaluator.id, proposal: proposal, stage: stage),
                                              alsoAccepted: desk.acceptedVersions(of: proposal, stage: stage), force: force)
                switch sheet {
                case .admin(let admin):
                    guard desk.proposals.contains(where: { $0.id == admin.proposal }) else {
                        throw .refused(LocalizedText(bg: "няма предложение „\(admin.proposal)“ в регистъра", en: "there is no proposal \"\(admin.proposal)\" in the register"))
                    }
                    try desk.save(admin, action: .sheetImport)
                case .quality(let quality):
                    guard desk.proposals.contains(where: { $0.id == quality.proposal }) else {
                        throw .refused(LocalizedText(bg: "няма предложение „\(quality.proposal)“ в регистъра", en: "there is no proposal \"\(quality.proposal)\" in the register"))
                    }
                    try desk.save(quality, action: .sheetImport)
                }
            }
            Console.out(LocalizedText(bg: "Листът е записан.", en: "The sheet was saved.").text(in: language))
        }
    }

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Подава лист; отказва, ако нещо липсва, и казва какво. / Submits a sheet; refuses, listing what is missing.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Option(help: "Номер на предложението. / The proposal's id.")
        var proposal: String

        @Option(help: "admin или quality. / admin or quality.")
        var stage: Assignments.Stage

        func run() throws {
            let language = options.language
            let desk = try Run.workspace(language) { () throws(WorkspaceError) in
                try EvaluatorDesk.open(options.root, evaluator: actor.actor, clock: options.clock)
            }
            defer { desk.close() }
            try Run.workspace(language) { () throws(WorkspaceError) in try desk.submit(proposal, stage: stage) }
            Console.out(LocalizedText(bg: "Листът е подаден.", en: "The sheet was submitted.").text(in: language))
        }
    }

    /// The chair's decision on one sheet: who, which stage, and the decision's common options.
    struct SheetDecisionOptions: ParsableArguments {
        @OptionGroup var common: DecideCommand.Common

        @Option(help: "Оценителят. / The evaluator.")
        var evaluator: String

        @Option(help: "admin или quality (по подразбиране quality). / admin or quality (default quality).")
        var stage: Assignments.Stage = .quality
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return",
            abstract: "Председателят връща подаден лист на оценителя, с мотиви. / The chair returns a submitted sheet, with a reason.")

        @OptionGroup var options: SheetDecisionOptions

        func run() throws { try options.common.record(.returnSheet(evaluator: options.evaluator, stage: options.stage)) }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Председателят анулира лист, с мотиви. / The chair cancels a sheet, with a reason.")

        @OptionGroup var options: SheetDecisionOptions

        func run() throws { try options.common.record(.cancelSheet(evaluator: options.evaluator, stage: options.stage)) }
    }
}

extension Assignments.Stage: ExpressibleByArgument {}
