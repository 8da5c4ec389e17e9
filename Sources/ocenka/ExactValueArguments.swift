import ArgumentParser
import EvaluationCore

// The exact values an option can hold, read as their documents read them (Docs/formats.md): points
// and money with at most two decimals, a moment in ISO 8601 with its zone offset, a date YYYY-MM-DD.

extension Points: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let value) = Points.parse(argument) else { return nil }
        self = value
    }
}

extension Money: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let value) = Money.parse(argument) else { return nil }
        self = value
    }
}

extension Timestamp: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension ExpressibleByArgument {
    /// The value `text` of `option`, or the refusal that names the option, quotes the text and says
    /// what was `expected` ("--amount: „12.345“ не е положителна сума …").
    ///
    /// The options keep their text and are read here rather than by the parser, whose refusal is in
    /// English only and exits with 64: a bad value is refused, as every other bad input, in the run's
    /// language with exit code 1.
    static func value(of text: String, option: String, in language: Language, expected: LocalizedText,
                      accepting isAcceptable: (Self) -> Bool = { _ in true }) throws(CLIError) -> Self {
        guard let value = Self(argument: text), isAcceptable(value) else {
            throw CLIError(LocalizedText(bg: "\(option): „\(text)“ \(expected.bulgarian)",
                                         en: "\(option): \"\(text)\" \(expected.english)"), in: language)
        }
        return value
    }
}
