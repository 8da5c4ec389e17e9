import ArgumentParser
import Foundation

/// `ocenka score --workspace DIR --as ID` (also `ocenka --workspace DIR --as ID`): the evaluator's interface.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Отваря интерфейса на оценителя. / Opens the evaluator's interface.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    func run() throws {
        try InterfaceRunner.run(root: options.root, evaluator: actor.actor, language: options.language, clock: options.clock)
    }
}
