import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `--workspace DIR` (default `$OCENKA_WORKSPACE`, else the current folder) and `--lang`.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "Папка на работното пространство (по подразбиране $OCENKA_WORKSPACE или текущата). / The workspace folder (default $OCENKA_WORKSPACE or the current folder).")
    var workspace: String?

    @OptionGroup var global: GlobalOptions

    var language: Language { global.language }

    var root: URL {
        let path = workspace ?? ProcessInfo.processInfo.environment["OCENKA_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
    }

    var clock: WorkspaceClock { .fromEnvironment() }
}

/// `--as ID`: the committee member on whose behalf a command acts.
struct ActorOption: ParsableArguments {
    @Option(name: .customLong("as"), help: "Членът на комисията, от чието име се действа. / The committee member acting.")
    var actor: String?

    func validate() throws {
        if let actor, let problem = RecordID.problem(actor) {
            throw ValidationError("--as: " + problem.text(in: GlobalOptions.languageOfArguments))
        }
    }
}

/// Running a workspace operation: its errors become the command's refusal, one per line, exit code 1.
enum Run {
    static func workspace<T>(_ language: Language, _ body: () throws(WorkspaceError) -> T) throws(CLIError) -> T {
        do {
            return try body()
        } catch {
            throw CLIError(error, in: language)
        }
    }
}
