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
        subcommands: [Add.self, List.self, Key.self])

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

        @Option(help: "Публичният ключ на члена от ocenka key new (ed25519:…); без него ключът се създава на тази машина. / The member's public key from ocenka key new (ed25519:…); without it the key is made on this machine.")
        var key: String?

        func run() throws {
            let member = CommitteeMember(id: id, name: name, role: role, publicKey: key)
            let outcome = try Run.workspace(options.language) { () throws(WorkspaceError) in
                try CommitteeEditor.add(member, actingAs: actor.actor, in: options.root, clock: options.clock)
            }
            Console.out(LocalizedText(bg: "Добавен е \(member.role.label.bulgarian) \(member.name) (\(member.id)).", en: "Added the \(member.role.label.english) \(member.name) (\(member.id)).").text(in: options.language))
            if let made = outcome.madeKey { KeyCommand.reportMadeKey(made, for: member.id, language: options.language) }
        }
    }

    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Регистрира ключа за подпис на член на комисията. / Registers a committee member's signing key.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Argument(help: "Членът. / The member.")
        var member: String

        @Option(help: "Публичният ключ от ocenka key new (ed25519:…); без него ключът се създава на тази машина. / The public key from ocenka key new; without it the key is made on this machine.")
        var key: String?

        func run() throws {
            let outcome = try Run.workspace(options.language) { () throws(WorkspaceError) in
                try CommitteeEditor.registerKey(key, for: member, actingAs: actor.actor, in: options.root, clock: options.clock)
            }
            let registered = outcome.info.member(withID: member)?.publicKey ?? ""
            let fingerprint = PublicKeyText.fingerprint(registered) ?? ""
            Console.out(LocalizedText(bg: "Регистриран е ключът на \(member): \(registered) (отпечатък \(fingerprint)).", en: "Registered the key of \(member): \(registered) (fingerprint \(fingerprint)).").text(in: options.language))
            if let made = outcome.madeKey { KeyCommand.reportMadeKey(made, for: member, language: options.language) }
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
                Console.out(LocalizedText(bg: "Комисията още няма членове.", en: "The committee has no members yet.").text(in: language))
                return
            }
            let table = TextTable(columns: [
                .init(title: LocalizedText(bg: "№", en: "Id").text(in: language)),
                .init(title: LocalizedText(bg: "Име", en: "Name").text(in: language)),
                .init(title: LocalizedText(bg: "Роля", en: "Role").text(in: language)),
                .init(title: LocalizedText(bg: "Ключ", en: "Key").text(in: language)),
            ], rows: info.committee.map {
                [$0.id, $0.name, $0.role.label.text(in: language),
                 $0.publicKey.flatMap(PublicKeyText.fingerprint) ?? (LocalizedText(bg: "няма", en: "none").text(in: language))]
            })
            Console.out(table.render(width: 80))
        }
    }
}

extension CommitteeMember.Role: ExpressibleByArgument {}
