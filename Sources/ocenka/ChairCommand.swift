import ArgumentParser
import Foundation

/// `ocenka chair --workspace DIR --as ID`: the chair's screens (also opened by `ocenka --workspace DIR --as <chair>`).
struct ChairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chair",
        abstract: "Екраните на председателя: напредък, решения, класиране, протокол. / The chair's screens: progress, decisions, ranking, protocol.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    func run() throws {
        try ChairRunner.run(root: options.root, chair: actor.actor, language: options.language, clock: options.clock)
    }
}
