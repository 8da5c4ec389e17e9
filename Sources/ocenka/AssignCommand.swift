import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka assign [--seed N]`.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Разпределя предложенията между оценителите на случаен принцип. / Assigns the proposals to evaluators at random.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    @Option(help: "Начално число на жребия (записва се, за да може жребият да се повтори). / The draw's seed (recorded so the draw can be repeated).")
    var seed: UInt64?

    func run() throws {
        let language = options.language
        let result = try Run.workspace(language) { () throws(WorkspaceError) in
            try AssignmentService.assign(in: options.root, actingAs: actor.actor, seed: seed, clock: options.clock)
        }
        for stage in Assignments.Stage.allCases where !result.assignments[stage].isEmpty {
            var load: [String: Int] = [:]
            for evaluators in result.assignments[stage].values { for evaluator in evaluators { load[evaluator, default: 0] += 1 } }
            let summary = load.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            Console.out("\(stage.label.text(in: language)): \(summary)")
            for (proposal, missing) in (result.shortOf[stage] ?? [:]).sorted(by: { $0.key < $1.key }) {
                Console.error("  " + CountedMessages.evaluatorsShort(proposal, missing: missing).text(in: language))
            }
        }
        Console.out(LocalizedText(bg: "Жребий с начално число \(result.assignments.seed ?? 0); записан в chair/assignments.json.", en: "Drawn with seed \(result.assignments.seed ?? 0); written to chair/assignments.json.").text(in: language))
    }
}
