import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// A command's refusal: the lines for standard error, in the run's language, each naming the file,
/// the option or the place it is about and what was expected; the command exits with code 1.
///
/// ArgumentParser takes an error's text from `LocalizedError.errorDescription` and exits with
/// `ExitCode.failure`; `Ocenka.main` writes that text without the parser's "Error: " prefix, since
/// each line already begins with what it is about. Control characters are escaped, as `Console`
/// escapes them: what a file or an argument holds never drives the terminal.
struct CLIError: LocalizedError {
    let lines: [String]

    init(lines: [String]) {
        self.lines = lines
    }

    init(_ text: LocalizedText, in language: Language) {
        self.lines = [text.text(in: language)]
    }

    init(_ error: WorkspaceError, in language: Language) {
        self.lines = error.lines(in: language)
    }

    init(_ error: ProcedureStoreError, in language: Language) {
        self.lines = error.lines(in: language)
    }

    var errorDescription: String? {
        lines.map(\.escapingControlCharacters).joined(separator: "\n")
    }
}
