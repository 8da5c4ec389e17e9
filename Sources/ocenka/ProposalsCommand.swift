import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace

/// `ocenka proposals import|list`.
struct ProposalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposals",
        abstract: "Регистърът на предложенията. / The register of proposals.",
        subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Внася предложения от CSV файл — всички или нито едно. / Imports proposals from a CSV file, all or nothing.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Argument(help: "CSV файл (UTF-8, разделител запетая или точка и запетая). / A CSV file (UTF-8, comma or semicolon).")
        var file: String

        func run() throws {
            let url = URL(fileURLWithPath: file, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
            let imported = try Run.workspace(options.language) { () throws(WorkspaceError) in
                try RegisterImporter.importCSV(url, into: options.root, actingAs: actor.actor, clock: options.clock)
            }
            let flagged = imported.filter { !$0.findings.isEmpty }.count
            Console.out(CountedMessages.imported(imported.count, flagged: flagged).text(in: options.language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Изброява предложенията. / Lists the proposals.")

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            let language = options.language
            let layout = WorkspaceLayout(root: options.root)
            let (procedure, proposals) = try Run.workspace(language) { () throws(WorkspaceError) in
                let info = try WorkspaceFiles.info(layout)
                let procedure = try WorkspaceFiles.procedure(layout, info: info)
                return (procedure, try WorkspaceFiles.proposals(layout, procedure: procedure))
            }
            Console.out(ProposalListText(proposals: proposals, procedure: procedure, language: language).render())
        }
    }
}
