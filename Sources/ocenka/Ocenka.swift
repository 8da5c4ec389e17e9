import ArgumentParser
import Foundation
import Workspace

/// The `ocenka` command line: the root command and its subcommands.
@main
struct Ocenka: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocenka",
        abstract: "Оценка на проектни предложения от оценителна комисия. / Evaluation of project proposals by an evaluation committee.",
        version: OcenkaVersion.current,
        subcommands: [
            ProcedureCommand.self, InitCommand.self, CommitteeCommand.self, ProposalsCommand.self, AssignCommand.self,
            DeclareCommand.self, ScoreCommand.self, ChairCommand.self, SheetCommand.self, DecideCommand.self, ObjectionCommand.self, RankCommand.self, CheckCommand.self,
            ProtocolCommand.self, SessionCommand.self, DemoCommand.self, KeyCommand.self, SyncCommand.self, JoinCommand.self, TerminalCheckCommand.self,
        ]
    )

    /// As `ParsableCommand.main`, but a command's refusal (`CLIError`) is written as its lines, which
    /// name their file or option themselves, without argument-parser's "Error: "; and in a Bulgarian
    /// run argument-parser's own English "Error:" is written "Грешка:" (its messages for bad arguments
    /// are bilingual where they are ours).
    static func main() {
        // The cache folder's files are written while the command goes on; exit waits for them.
        CacheWriting.startInBackground()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let refusal as CLIError {
            let message = message(for: refusal)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(exitCode(for: refusal).rawValue)
        } catch {
            let message = fullMessage(for: error)
            guard exitCode(for: error) != .success, message.hasPrefix("Error: "), GlobalOptions.languageOfArguments == .bulgarian else {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data(("Грешка: " + message.dropFirst("Error: ".count) + "\n").utf8))
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    /// `ocenka --workspace DIR --as ID` opens the chair's screens for the chair and the evaluator's
    /// interface for an evaluator; without `--as` the help is shown.
    func run() throws {
        guard let id = actor.actor else { throw CleanExit.helpRequest(self) }
        let info = try Run.workspace(options.language) { () throws(WorkspaceError) in
            try WorkspaceFiles.info(WorkspaceLayout(root: options.root))
        }
        if info.member(withID: id)?.role == .chair {
            try ChairRunner.run(root: options.root, chair: id, language: options.language, clock: options.clock)
        } else {
            try InterfaceRunner.run(root: options.root, evaluator: id, language: options.language, clock: options.clock)
        }
    }
}
