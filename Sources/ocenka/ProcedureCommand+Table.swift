import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace

extension ProcedureCommand {
    /// `ocenka procedure export-criteria`: the criteria as the table `procedure import` reads.
    struct ExportCriteria: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-criteria",
            abstract: "Извежда критериите на процедура като таблица CSV. / Prints a procedure's criteria as a CSV table.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Идентификатор на процедура или път до файл. / A procedure id or a file path.")
        var procedure: String

        func run() throws {
            switch ProcedureCatalog.resolve(procedure, catalog: ProcedureCommand.catalog(), currentDirectory: ProcedureCommand.currentDirectory) {
            case .success(let loaded):
                FileHandle.standardOutput.write(Data(try CriteriaTableCSV.render(loaded.procedure).utf8))
            case .failure(let error):
                throw CLIError(error, in: global.language)
            }
        }
    }

    /// `ocenka procedure import`: a procedure file from the criteria table and a base procedure.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Процедура от таблица с критериите (CSV) и основна процедура. / A procedure from a criteria table (CSV) and a base procedure.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Таблицата с критериите (CSV). / The criteria table (CSV).")
        var table: String

        @Option(help: "Процедурата, която дава останалото (id, приоритети, класиране). / The procedure that gives the rest (id, priorities, ranking).")
        var base: String

        @Option(name: .shortAndLong, help: "Новият файл (по подразбиране: стандартния изход); съществуващ файл не се заменя. / The new file (default: standard output); an existing file is not replaced.")
        var output: String?

        func run() throws {
            let language = global.language
            let tableURL = URL(fileURLWithPath: table, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
            let base: ProcedureFile
            switch ProcedureCatalog.resolve(self.base, catalog: ProcedureCommand.catalog(), currentDirectory: ProcedureCommand.currentDirectory) {
            case .success(let loaded): base = loaded
            case .failure(let error):
                throw CLIError(error, in: language)
            }
            guard let data = FileManager.default.contents(atPath: tableURL.path) else {
                throw CLIError(LocalizedText(bg: "\(table): файлът не може да се прочете", en: "\(table): the file cannot be read"), in: language)
            }
            switch CriteriaTableImporter.merge(data, fileName: table, into: base.data) {
            case .failure(let failure):
                throw CLIError(lines: failure.issues.map { issue in
                    issue.place.hasPrefix(table) ? "\(issue.place): \(issue.message.text(in: language))"
                                                 : "\(output ?? "-"): \(issue.place): \(issue.message.text(in: language))"
                })
            case .success(let procedure):
                guard let output else {
                    FileHandle.standardOutput.write(procedure)
                    return
                }
                let url = URL(fileURLWithPath: output, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
                guard !FileManager.default.fileExists(atPath: url.path) else {
                    throw CLIError(LocalizedText(bg: "\(output): файлът съществува и не се заменя", en: "\(output): the file exists and is not replaced"),
                                   in: language)
                }
                try procedure.write(to: url, options: .withoutOverwriting)
                Console.out(LocalizedText(bg: "Записана е процедура \(output).", en: "Wrote the procedure \(output).").text(in: language))
            }
        }
    }
}
