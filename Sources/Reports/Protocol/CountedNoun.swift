import EvaluationCore

/// A noun the protocol counts, with the form that agrees with the number: "1 предложение",
/// "2 предложения", "3 критерия", "2 календарни дни", "двама оценители"; "1 proposal", "2 proposals".
enum CountedNoun {
    case proposal
    case evaluator
    case criterion
    case group
    case decision
    case calendarDay
    case workingDay

    /// "1 предложение", "21 предложения"; people in words, as Bulgarian counts them: "двама оценители".
    func phrase(_ count: Int, in language: Language) -> String {
        let number = self == .evaluator ? Self.personalNumerals(in: language)[count] ?? "\(count)" : "\(count)"
        return number + " " + form(for: count, in: language)
    }

    private static func personalNumerals(in language: Language) -> [Int: String] {
        switch language {
        case .bulgarian: [1: "един", 2: "двама", 3: "трима", 4: "четирима", 5: "петима", 6: "шестима"]
        case .english: [1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"]
        }
    }

    /// The noun alone, in the form `count` takes.
    func form(for count: Int, in language: Language) -> String {
        let (one, many) = forms(in: language)
        return count == 1 ? one : many
    }

    private func forms(in language: Language) -> (String, String) {
        switch (self, language) {
        case (.proposal, .bulgarian): ("предложение", "предложения")
        case (.proposal, .english): ("proposal", "proposals")
        case (.evaluator, .bulgarian): ("оценител", "оценители")
        case (.evaluator, .english): ("evaluator", "evaluators")
        case (.criterion, .bulgarian): ("критерий", "критерия")
        case (.criterion, .english): ("criterion", "criteria")
        case (.group, .bulgarian): ("група", "групи")
        case (.group, .english): ("group", "groups")
        case (.decision, .bulgarian): ("решение", "решения")
        case (.decision, .english): ("decision", "decisions")
        case (.calendarDay, .bulgarian): ("календарен ден", "календарни дни")
        case (.calendarDay, .english): ("calendar day", "calendar days")
        case (.workingDay, .bulgarian): ("работен ден", "работни дни")
        case (.workingDay, .english): ("working day", "working days")
        }
    }
}
