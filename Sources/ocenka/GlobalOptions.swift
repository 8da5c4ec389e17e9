import ArgumentParser
import EvaluationCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Език на съобщенията: bg или en. / Language of messages: bg or en.")
    var lang: LanguageOption = .bg

    var language: Language { lang.language }

    /// The language the command line asks for, for the checks of other option groups, which run
    /// before the options are put together: `--lang en` or `--lang=en` anywhere makes it English.
    static var languageOfArguments: Language {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" || (argument == "--lang" && arguments.dropFirst(index + 1).first == "en") {
                return .english
            }
        }
        return .bulgarian
    }
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case bg
    case en

    var language: Language { self == .bg ? .bulgarian : .english }
}
