import ArgumentParser
import Foundation
import Workspace

/// `ocenka check`: verifies every file, every audit chain and every reference.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Проверява работното пространство: формати, дневници, съответствия. / Checks the workspace: formats, logs, references.")

    @OptionGroup var options: WorkspaceOptions

    @Flag(name: .customLong("full"),
          help: "Чете и проверява всеки файл, без индекса на непроменените файлове. / Reads and checks every file, without the index of unchanged files.")
    var full = false

    func run() throws {
        let report = WorkspaceCheck.run(options.root, language: options.language, full: full, justifications: false)
        UntilExit.keep(report)
        for note in report.notes { Console.out(note) }
        if report.isClean {
            Console.out(report.summary)
        } else {
            throw CLIError(lines: report.problems)
        }
    }
}
