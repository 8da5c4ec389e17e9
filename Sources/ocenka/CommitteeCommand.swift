import ArgumentParser
import EvaluationCore
import Foundation
import Reports
import Workspace

/// `ocenka committee add|list`.
struct CommitteeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "committee",
        abstract: "Членовете на комисията. / The committee members.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Добавя член на комисията. / Adds a committee member.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Option(help: "Идентификатор, напр. e1. / An id, e.g. e1.")
        var id: String

        @Option(help: "Име. / Name.")
        var name: String

        @Option(help: "chair, secretary или evaluator.")
        var role: CommitteeMember.Role

        func run() throws {
            let member = CommitteeMember(id: id, name: name, role: role)
            _ = try Run.workspace(options.language) { () throws(WorkspaceError) in
                try CommitteeEditor.add(member, actingAs: actor.actor, in: options.root, clock: options.clock)
            }
            Console.out(options.language == .bulgarian
                ? "Добавен е \(member.role.label.bulgarian) \(member.name) (\(member.id))."
                : "Added the \(member.role.label.english) \(member.name) (\(member.id)).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Изброява членовете на комисията. / Lists the committee.")

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            let language = options.language
            let info = try Run.workspace(language) { () throws(WorkspaceError) in
                try WorkspaceFiles.info(WorkspaceLayout(root: options.root))
            }
            if info.committee.isEmpty {
                Console.out(language == .bulgarian ? "Комисията още няма членове." : "The committee has no members yet.")
                return
            }
            let table = TextTable(columns: [
                .init(title: language == .bulgarian ? "№" : "Id"),
                .init(title: language == .bulgarian ? "Име" : "Name"),
                .init(title: language == .bulgarian ? "Роля" : "Role"),
            ], rows: info.committee.map { [$0.id, $0.name, $0.role.label.text(in: language)] })
            Console.out(table.render(width: 80))
        }
    }
}

extension CommitteeMember.Role: ExpressibleByArgument {}
