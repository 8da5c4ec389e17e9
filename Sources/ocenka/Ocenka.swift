import ArgumentParser

/// The `ocenka` command line: the root command and its subcommands.
@main
struct Ocenka: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocenka",
        abstract: "Оценка на проектни предложения от оценителна комисия. / Evaluation of project proposals by an evaluation committee.",
        version: OcenkaVersion.current,
        subcommands: [
            ProcedureCommand.self, InitCommand.self, CommitteeCommand.self, ProposalsCommand.self, AssignCommand.self,
            DeclareCommand.self, ScoreCommand.self, SheetCommand.self, DecideCommand.self, RankCommand.self, CheckCommand.self,
            ProtocolCommand.self, DemoCommand.self, TerminalCheckCommand.self,
        ]
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    /// `ocenka --workspace DIR --as ID` opens the interface; without `--as` the help is shown.
    func run() throws {
        guard actor.actor != nil else { throw CleanExit.helpRequest(self) }
        do {
            try InterfaceRunner.run(root: options.root, evaluator: actor.actor, language: options.language, clock: options.clock)
        } catch ExitCodeError.failure {
            throw ExitCode(1)
        }
    }
}
