import ArgumentParser

/// `ocenka-bench`: the benchmark of Docs/performance.md — realistic workspaces of any size, and the time and
/// memory of opening, ranking, the protocol and the evaluator's screens on them.
@main
struct OcenkaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocenka-bench",
        abstract: "Измерва скоростта на ocenka върху генерирани работни пространства. / Measures ocenka's speed on generated workspaces.",
        subcommands: [GenerateCommand.self, RunCommand.self, RunOneCommand.self])
}
