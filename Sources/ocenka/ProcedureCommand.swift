import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace

/// `ocenka procedure …`: checking, showing and listing procedure files.
struct ProcedureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procedure",
        abstract: "Процедури: проверка, преглед, списък. / Procedures: check, show, list.",
        subcommands: [Check.self, Show.self, List.self, ExportCriteria.self, Import.self]
    )

    static func catalog() -> Result<ProcedureCatalog, ProcedureStoreError> {
        ConfigLocator.forCurrentProcess.locate().map(ProcedureCatalog.init(configFolder:))
    }

    static var currentDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Проверява файл на процедура и извежда всяка грешка с пътя ѝ в JSON. / Checks a procedure file and prints every error with its JSON path.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Файлове на процедури. / Procedure files.")
        var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                let url = URL(fileURLWithPath: file, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
                switch ProcedureFile.load(url) {
                case .success(let loaded):
                    Console.out("\(file): " + ProcedureSummary.line(loaded.procedure).text(in: global.language))
                    for issue in loaded.procedure.incompleteIssues {
                        Console.out("\(file): " + issue.text(in: global.language))
                    }
                case .failure(let error):
                    failed = true
                    Console.error(lines: error.lines(in: global.language).map { line in
                        line.hasPrefix(url.path) ? file + line.dropFirst(url.path.count) : line
                    })
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Показва критериите на процедура с точките, максимумите и правилата. / Shows a procedure's criteria with points, maxima and rules.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Идентификатор на процедура или път до файл. / A procedure id or a file path.")
        var procedure: String

        @Option(help: "Ширина на текста в колони. / Text width in columns.")
        var width: Int = 80

        func run() throws {
            switch ProcedureCatalog.resolve(procedure, catalog: ProcedureCommand.catalog(), currentDirectory: ProcedureCommand.currentDirectory) {
            case .success(let loaded):
                Console.out(ProcedureOutline(procedure: loaded.procedure, width: width, language: global.language).render())
            case .failure(let error):
                throw CLIError(error, in: global.language)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Изброява процедурите в Config/procedures. / Lists the procedures in Config/procedures.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = global.language
            let catalog: ProcedureCatalog
            switch ProcedureCommand.catalog() {
            case .success(let found): catalog = found
            case .failure(let error):
                throw CLIError(error, in: language)
            }
            let entries: [(url: URL, result: Result<ProcedureFile, ProcedureStoreError>)]
            switch catalog.entries() {
            case .success(let found): entries = found
            case .failure(let error):
                throw CLIError(error, in: language)
            }
            Console.out(LocalizedText(bg: "Процедури в \(catalog.proceduresFolder.path):", en: "Procedures in \(catalog.proceduresFolder.path):").text(in: language))
            var broken = false
            for entry in entries {
                switch entry.result {
                case .success(let loaded):
                    Console.out("  \(loaded.procedure.id)  —  \(loaded.procedure.title)")
                    Console.out("    " + ProcedureSummary.line(loaded.procedure).text(in: language) + " [\(entry.url.lastPathComponent)]")
                case .failure(let error):
                    broken = true
                    Console.error(LocalizedText(bg: "  \(entry.url.lastPathComponent): файлът има грешки (вижте ocenka procedure check \(entry.url.path)):", en: "  \(entry.url.lastPathComponent): the file has errors (see ocenka procedure check \(entry.url.path)):").text(in: language))
                    Console.error(lines: error.lines(in: language).prefix(5).map { "    " + $0 })
                }
            }
            if entries.isEmpty {
                Console.out(LocalizedText(bg: "  (няма файлове *.json)", en: "  (no *.json files)").text(in: language))
            }
            if broken { throw ExitCode.failure }
        }
    }
}
