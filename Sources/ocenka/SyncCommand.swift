import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka sync --as ID` and `ocenka sync --setup REMOTE --as CHAIR`: the workspace shared through git.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Изпраща своите промени и получава чуждите през git. / Sends one's own changes and receives the others' through git.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    @Option(help: "Прави работното пространство хранилище на git с това отдалечено хранилище (председателят). / Makes the workspace a git repository with this remote (the chair).")
    var setup: String?

    func run() throws {
        let language = options.language
        if let setup {
            let message = try Run.workspace(language) { () throws(WorkspaceError) in
                try WorkspaceSync.setUp(options.root, remote: setup, actingAs: actor.actor, clock: options.clock, language: language)
            }
            Console.out(message)
            return
        }
        let outcome = try Run.workspace(language) { () throws(WorkspaceError) in
            try WorkspaceSync.sync(options.root, actingAs: actor.actor, clock: options.clock, language: language)
        }
        for part in outcome.parts(in: language) { Console.out(TextLayout.sentence(part) + ".") }
        if !outcome.problems.isEmpty {
            throw CLIError(lines: [LocalizedText(bg: "Полученото състояние не преминава проверката:", en: "The state received fails its check:").text(in: language)]
                + outcome.problems)
        }
    }
}

/// `ocenka join REMOTE DIR --as ID`: a member's own copy of a shared workspace.
struct JoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Копира споделено работно пространство на тази машина. / Copies a shared workspace to this machine.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: ActorOption

    @Argument(help: "Отдалеченото хранилище (път или адрес за git). / The remote (a git path or URL).")
    var remote: String

    @Argument(help: "Нова папка. / A new folder.")
    var folder: String

    func run() throws {
        guard let id = actor.actor else {
            throw ValidationError("--as: кой член се присъединява / which member joins")
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
        let lines = try Run.workspace(global.language) { () throws(WorkspaceError) in
            try WorkspaceSync.join(remote: remote, into: root, as: id, language: global.language)
        }
        for line in lines { Console.out(line) }
    }
}
