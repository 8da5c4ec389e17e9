import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace

/// `ocenka rank [--priority ID] [--format text|json|csv]`.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Класиране по приоритети до изчерпване на бюджета. / The ranking per priority until the budget runs out.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "Само този приоритет. / Only this priority.")
    var priority: String?

    @Option(help: "text, json или csv.")
    var format: Format = .text

    @Option(help: "Ширина на текста. / Text width.")
    var width: Int = 100

    @OptionGroup var integrity: IntegrityOptions

    func run() throws {
        let language = options.language
        let checked = try IntegrityGate.check(options.root, language: language, allowDamaged: integrity.allowDamaged,
                                                 justifications: false)
        let snapshot = checked.snapshot
        UntilExit.keep(snapshot)
        try ObjectionGate.check(snapshot, language: language)
        var ranking = snapshot.ranking()
        UntilExit.keep(ranking)
        if let priority {
            guard let only = ranking.onlyPriority(priority) else {
                let known = ranking.groups.map(\.id).joined(separator: ", ")
                throw CLIError(LocalizedText(bg: "няма приоритет „\(priority)“ (има: \(known))",
                                             en: "there is no priority \"\(priority)\" (there are: \(known))"), in: language)
            }
            ranking = only
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(try RankingJSON.encode(ranking, procedure: snapshot.procedure))
        case .csv:
            FileHandle.standardOutput.write(Data(try RankingCSV.render(ranking, proposals: snapshot.proposals).escapingControlCharacters.utf8))
        case .text:
            Console.out(checked.marked(RankingText(ranking: ranking, procedure: snapshot.procedure, proposals: snapshot.proposals,
                                                   width: width, language: language).render()))
        }
    }
}
