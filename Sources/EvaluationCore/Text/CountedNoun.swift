/// A noun counted in a message, with the form that agrees with the number: "1 предложение",
/// "2 предложения", "3 критерия", "2 календарни дни", "двама оценители"; "1 proposal", "2 proposals".
/// Every layer counts with it (the protocol, the interface, the commands), so that no message says
/// "1 предложения".
public enum CountedNoun: Sendable, CaseIterable {
    case proposal
    case evaluator
    case criterion
    case group
    case decision
    case calendarDay
    case workingDay
    case finding
    case level
    case recusal
    /// Something still to be filled in on a sheet (a level, a justification, an answer).
    case entry
    /// An evaluation sheet or a checklist.
    case sheet
    /// A file the program wrote under `exports/`.
    case exportFile

    /// "1 предложение", "21 предложения"; people in words, as Bulgarian counts them: "двама оценители".
    public func phrase(_ count: Int, in language: Language) -> String {
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
    public func form(for count: Int, in language: Language) -> String {
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
        case (.finding, .bulgarian): ("констатация", "констатации")
        case (.finding, .english): ("finding", "findings")
        case (.level, .bulgarian): ("ниво", "нива")
        case (.level, .english): ("level", "levels")
        case (.recusal, .bulgarian): ("отвод", "отвода")
        case (.recusal, .english): ("recusal", "recusals")
        case (.entry, .bulgarian): ("попълване", "попълвания")
        case (.entry, .english): ("entry", "entries")
        case (.sheet, .bulgarian): ("лист", "листа")
        case (.sheet, .english): ("sheet", "sheets")
        case (.exportFile, .bulgarian): ("изходен файл", "изходни файла")
        case (.exportFile, .english): ("export", "exports")
        }
    }
}
