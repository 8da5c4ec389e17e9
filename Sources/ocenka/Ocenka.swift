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
            DeclareCommand.self, SheetCommand.self, DecideCommand.self, RankCommand.self, CheckCommand.self,
            TerminalCheckCommand.self,
        ]
    )
}
