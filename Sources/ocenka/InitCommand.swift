import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka init DIR --procedure ID|FILE`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Създава работно пространство и замразява процедурата в него. / Creates a workspace with the procedure frozen in it.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Нова или празна папка. / A new or empty folder.")
    var folder: String

    @Option(help: "Идентификатор на процедура или път до файл. / A procedure id or file.")
    var procedure: String

    func run() throws {
        let language = global.language
        let procedureFile: ProcedureFile
        switch ProcedureCatalog.resolve(procedure, catalog: ProcedureCommand.catalog(), currentDirectory: ProcedureCommand.currentDirectory) {
        case .success(let loaded): procedureFile = loaded
        case .failure(let error):
            Console.error(lines: error.lines(in: language))
            throw ExitCode(1)
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
        let layout = try Run.workspace(language) { () throws(WorkspaceError) in
            try WorkspaceCreator.create(at: root, procedure: procedureFile, clock: .fromEnvironment())
        }
        Console.out(language == .bulgarian
            ? "Създадено е работно пространство \(layout.root.path) за „\(procedureFile.procedure.title)“ (SHA-256 \(SHA256Digest.hex(procedureFile.data)))."
            : "Created the workspace \(layout.root.path) for \"\(procedureFile.procedure.title)\" (SHA-256 \(SHA256Digest.hex(procedureFile.data))).")
        Console.out(language == .bulgarian
            ? "Следва: ocenka committee add --workspace \(folder) --id … --name … --role chair"
            : "Next: ocenka committee add --workspace \(folder) --id … --name … --role chair")
    }
}
