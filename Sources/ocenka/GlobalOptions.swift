import ArgumentParser
import EvaluationCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Език на съобщенията: bg или en. / Language of messages: bg or en.")
    var lang: LanguageOption = .bg

    var language: Language { lang.language }
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case bg
    case en

    var language: Language { self == .bg ? .bulgarian : .english }
}
