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

    @Flag(help: "Прави работното пространство хранилище на git (за ocenka sync). / Makes the workspace a git repository (for ocenka sync).")
    var git = false

    @Option(help: "Група на Unix, чиито членове работят в споделената папка на един сървър. / The Unix group whose members work in the folder on one shared server.")
    var group: String?

    func run() throws {
        let language = global.language
        let procedureFile: ProcedureFile
        switch ProcedureCatalog.resolve(procedure, catalog: ProcedureCommand.catalog(), currentDirectory: ProcedureCommand.currentDirectory) {
        case .success(let loaded): procedureFile = loaded
        case .failure(let error):
            throw CLIError(error, in: language)
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
        let layout = try Run.workspace(language) { () throws(WorkspaceError) in
            if let group { _ = try SharedFolder.groupID(named: group) }
            let layout = try WorkspaceCreator.create(at: root, procedure: procedureFile, clock: .fromEnvironment())
            if let group { try SharedFolder.apply(group: group, to: layout) }
            if git { _ = try WorkspaceSync.setUp(root, remote: nil, actingAs: nil, clock: .fromEnvironment(), language: language) }
            return layout
        }
        Console.out(LocalizedText(bg: "Създадено е работно пространство \(layout.root.path) за „\(procedureFile.procedure.title)“ (SHA-256 \(SHA256Digest.hex(procedureFile.data))).", en: "Created the workspace \(layout.root.path) for \"\(procedureFile.procedure.title)\" (SHA-256 \(SHA256Digest.hex(procedureFile.data))).").text(in: language))
        if git {
            Console.out(LocalizedText(bg: "Работното пространство е хранилище на git; ocenka sync --setup ОТДАЛЕЧЕНО го споделя.", en: "The workspace is a git repository; ocenka sync --setup REMOTE shares it.").text(in: language))
        }
        if let group {
            Console.out(LocalizedText(bg: "Папките са за групата \(group): всеки член пише само в своята папка.", en: "The folders are for the group \(group): each member writes only in their own folder.").text(in: language))
        }
        Console.out(LocalizedText(bg: "Следва: ocenka committee add --workspace \(folder) --id … --name … --role chair", en: "Next: ocenka committee add --workspace \(folder) --id … --name … --role chair").text(in: language))
    }
}
