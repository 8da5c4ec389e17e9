import EvaluationCore
import Terminal

/// The keys of every screen (Docs/architecture.md, "The interface"), as data: the update function asks which command a key
/// means here, the bottom bar and the `?` screen list the bindings. Cyrillic keys work beside the
/// Latin ones: д/н/п answer ДА/НЕ/Н/П and "е" (the same key as "e" on both the phonetic and the
/// БДС layout) edits.
public enum KeyBindings {
    /// One binding: the keys, the command, and how the bar and the help describe it.
    public struct Binding: Sendable {
        public let keys: [Key]
        public let command: Command
        /// The keys as shown, e.g. "↑↓/jk" or "y/д".
        public let label: String
        public let help: LocalizedText
        /// Whether the bottom bar shows it (the help screen shows every binding).
        public let inBar: Bool
        /// A shorter text for the bottom bar, where `help` is too long for 80 columns.
        public let short: LocalizedText?

        init(keys: [Key], command: Command, label: String, help: LocalizedText, inBar: Bool, short: LocalizedText? = nil) {
            self.keys = keys
            self.command = command
            self.label = label
            self.help = help
            self.inBar = inBar
            self.short = short
        }
    }

    private static func character(_ text: String) -> [Key] {
        text.map { Key.character($0) }
    }

    private static let movement: [Binding] = [
        Binding(keys: [.up] + character("k"), command: .moveUp, label: "↑/k",
                help: LocalizedText(bg: "нагоре", en: "up"), inBar: false),
        Binding(keys: [.down] + character("j"), command: .moveDown, label: "↓/j",
                help: LocalizedText(bg: "надолу", en: "down"), inBar: false),
        Binding(keys: [.pageUp], command: .pageUp, label: "PgUp",
                help: LocalizedText(bg: "страница нагоре", en: "page up"), inBar: false),
        Binding(keys: [.pageDown], command: .pageDown, label: "PgDn",
                help: LocalizedText(bg: "страница надолу", en: "page down"), inBar: false),
        Binding(keys: [.home] + character("g"), command: .first, label: "Home/g",
                help: LocalizedText(bg: "в началото", en: "to the top"), inBar: false),
        Binding(keys: [.end] + character("G"), command: .last, label: "End/G",
                help: LocalizedText(bg: "в края", en: "to the end"), inBar: false),
    ]

    private static let detailBinding = Binding(keys: [.enter] + character("i"), command: .showDetail, label: "Enter",
                                               help: LocalizedText(bg: "критерият изцяло (всички нива, групата, обосновката)",
                                                                   en: "the criterion in full: levels, group, justification"),
                                               inBar: true, short: LocalizedText(bg: "изцяло", en: "in full"))

    private static let nextUnfinishedBinding = Binding(keys: [.character(" ")], command: .nextUnfinished, label: "Space",
                                                       help: LocalizedText(bg: "следващият непопълнен критерий", en: "the next unfinished criterion"),
                                                       inBar: false)

    private static let undoBinding = Binding(keys: character("u"), command: .undo, label: "u",
                                             help: LocalizedText(bg: "отмяна на последната промяна", en: "undo the last change"), inBar: false)

    private static let helpBinding = Binding(keys: character("?"), command: .help, label: "?",
                                             help: LocalizedText(bg: "всички клавиши", en: "all keys"), inBar: true,
                                             short: LocalizedText(bg: "помощ", en: "help"))

    /// Tab and Esc are not in the bottom bar of a proposal's tabs: the tab header shows them.
    private static let tabs: [Binding] = [
        Binding(keys: [.tab], command: .nextTab, label: "Tab",
                help: LocalizedText(bg: "следващ раздел", en: "next tab"), inBar: false,
                short: LocalizedText(bg: "раздел", en: "tab")),
        Binding(keys: [.backTab], command: .previousTab, label: "Shift-Tab",
                help: LocalizedText(bg: "предишен раздел", en: "previous tab"), inBar: false),
        Binding(keys: [.escape], command: .back, label: "Esc",
                help: LocalizedText(bg: "към списъка", en: "back to the list"), inBar: false,
                short: LocalizedText(bg: "назад", en: "back")),
    ]

    private static let submitBinding = Binding(keys: character("S"), command: .submit, label: "S",
                                               help: LocalizedText(bg: "подаване на листа", en: "submit the sheet"), inBar: true,
                                               short: LocalizedText(bg: "подаване", en: "submit"))

    private static let editBinding = Binding(keys: character("eе"), command: .editNote, label: "e",
                                             help: LocalizedText(bg: "мотив / обосновка", en: "note / justification"), inBar: true,
                                             short: LocalizedText(bg: "текст", en: "text"))

    /// The bindings of `context`, in the order the help lists them.
    /// F5: `ocenka sync` from the interface, where the workspace is shared through git. The heading
    /// names the key beside the sync standing (the bar has no room for it at 80 columns).
    static let syncBinding = Binding(keys: [.function(5)], command: .sync, label: "F5",
                                     help: LocalizedText(bg: "синхронизиране с останалите (ocenka sync, при git)",
                                                         en: "sync with the others (ocenka sync, with git)"),
                                     inBar: false, short: LocalizedText(bg: "синхр.", en: "sync"))

    public static func bindings(in context: KeyContext) -> [Binding] {
        switch context {
        case .declaration:
            return movement + [
                Binding(keys: [.enter] + character("yд"), command: .accept, label: "Enter/y/д",
                        help: LocalizedText(bg: "приемане (след прочитане докрай; пита още веднъж)",
                                            en: "accept (once read to the end; asks once more)"), inBar: true,
                        short: LocalizedText(bg: "приемане", en: "accept")),
                Binding(keys: [.escape] + character("q"), command: .quit, label: "q/Esc",
                        help: LocalizedText(bg: "изход без приемане", en: "quit without accepting"), inBar: true),
            ]
        case .proposalList:
            return movement + [
                Binding(keys: [.enter], command: .open, label: "Enter",
                        help: LocalizedText(bg: "отваряне", en: "open"), inBar: true),
                Binding(keys: character("/"), command: .search, label: "/",
                        help: LocalizedText(bg: "ново търсене по номер или кандидат", en: "a new search by number or applicant"), inBar: true,
                        short: LocalizedText(bg: "търсене", en: "search")),
                Binding(keys: character("p"), command: .cyclePriorityFilter, label: "p",
                        help: LocalizedText(bg: "филтър по приоритет", en: "filter by priority"), inBar: true,
                        short: LocalizedText(bg: "приоритет", en: "priority")),
                Binding(keys: character("s"), command: .cycleStatusFilter, label: "s",
                        help: LocalizedText(bg: "филтър по състояние", en: "filter by status"), inBar: true,
                        short: LocalizedText(bg: "състояние", en: "status")),
                syncBinding,
                helpBinding,
                Binding(keys: character("q"), command: .quit, label: "q",
                        help: LocalizedText(bg: "изход", en: "quit"), inBar: true),
            ]
        case .conflictPrompt:
            return [
                Binding(keys: [.enter] + character("yд"), command: .accept, label: "Enter/y/д",
                        help: LocalizedText(bg: "нямам конфликт на интереси", en: "I have no conflict of interest"), inBar: true,
                        short: LocalizedText(bg: "нямам конфликт", en: "no conflict")),
                Binding(keys: character("r"), command: .recuse, label: "r",
                        help: LocalizedText(bg: "отвод (имам конфликт на интереси)", en: "recuse (I have a conflict of interest)"), inBar: true,
                        short: LocalizedText(bg: "отвод", en: "recuse")),
                Binding(keys: [.escape], command: .back, label: "Esc",
                        help: LocalizedText(bg: "назад", en: "back"), inBar: true),
            ]
        case .adminTab:
            return movement + [
                Binding(keys: character("yд"), command: .answer(.yes), label: "y/д",
                        help: LocalizedText(bg: "ДА", en: "YES"), inBar: true),
                Binding(keys: character("nн"), command: .answer(.no), label: "n/н",
                        help: LocalizedText(bg: "НЕ", en: "NO"), inBar: true),
                Binding(keys: character("aп"), command: .answer(.na), label: "a/п",
                        help: LocalizedText(bg: "Н/П (неприложимо)", en: "N/A (not applicable)"), inBar: true,
                        short: LocalizedText(bg: "Н/П", en: "N/A")),
                editBinding,
                Binding(keys: character("R"), command: .requestRemedy, label: "R",
                        help: LocalizedText(bg: "искане за отстраняване на нередовност", en: "request a remedy"), inBar: true,
                        short: LocalizedText(bg: "искане", en: "remedy")),
                Binding(keys: character("D"), command: .editRemedyDates, label: "D",
                        help: LocalizedText(bg: "дати на уведомлението (изпратено, получено) и на отговора",
                                            en: "dates of the notice (sent, received) and of the reply"), inBar: false),
                submitBinding,
                detailBinding, nextUnfinishedBinding, undoBinding,
            ] + tabs + [helpBinding]
        case .qualityTab:
            return movement + [
                Binding(keys: character("123456789"), command: .pickLevel(1), label: "1–9",
                        help: LocalizedText(bg: "избор на ниво (1 = най-високото)", en: "pick a level (1 = the highest)"), inBar: true,
                        short: LocalizedText(bg: "ниво", en: "level")),
                editBinding,
                submitBinding,
                detailBinding, nextUnfinishedBinding, undoBinding,
                Binding(keys: [.backspace, .delete], command: .clearLevel, label: "Backspace",
                        help: LocalizedText(bg: "изчистване на избраното ниво", en: "clear the chosen level"), inBar: false),
            ] + tabs + [helpBinding]
        case .summaryTab:
            return movement + [submitBinding] + tabs + [helpBinding]
        case .confirmation:
            return [
                Binding(keys: character("yд"), command: .confirm, label: "y/д",
                        help: LocalizedText(bg: "потвърждавам", en: "confirm"), inBar: true),
                Binding(keys: [.escape] + character("nн"), command: .cancel, label: "n/н/Esc",
                        help: LocalizedText(bg: "отказ", en: "cancel"), inBar: true),
            ]
        case .notice:
            return [
                Binding(keys: [.escape, .enter] + character("q"), command: .back, label: "Esc/Enter",
                        help: LocalizedText(bg: "назад", en: "back"), inBar: true),
            ] + movement
        case .recusalReason:
            return [
                Binding(keys: [.enter], command: .confirm, label: "Enter",
                        help: LocalizedText(bg: "напред към потвърждаването", en: "on to the confirmation"), inBar: true),
                Binding(keys: [.escape], command: .cancel, label: "Esc",
                        help: LocalizedText(bg: "назад към въпроса", en: "back to the question"), inBar: true),
            ]
        case .detail:
            return [
                Binding(keys: [.escape, .enter] + character("qi"), command: .back, label: "Esc",
                        help: LocalizedText(bg: "затваряне", en: "close"), inBar: true),
            ] + movement
        case .help:
            return [
                Binding(keys: [.escape, .enter] + character("q?"), command: .back, label: "Esc",
                        help: LocalizedText(bg: "затваряне на помощта", en: "close the help"), inBar: true),
            ] + movement
        case .chairProgress:
            return movement + chairScreens + [
                Binding(keys: [.enter], command: .open, label: "Enter",
                        help: LocalizedText(bg: "решения за избраното предложение", en: "decisions on the selected proposal"), inBar: true,
                        short: LocalizedText(bg: "решения", en: "decide")),
            ] + chairCommon
        case .chairComparison:
            return movement + [
                Binding(keys: [.left, .right] + character("hl"), command: .nextCriterion, label: "←→",
                        help: LocalizedText(bg: "предишен / следващ критерий", en: "previous / next criterion"), inBar: true,
                        short: LocalizedText(bg: "критерий", en: "criterion")),
                Binding(keys: [.escape], command: .back, label: "Esc",
                        help: LocalizedText(bg: "назад към решенията", en: "back to the decisions"), inBar: true,
                        short: LocalizedText(bg: "назад", en: "back")),
            ] + chairCommon
        case .chairDecisions:
            return movement + chairScreens + [
                Binding(keys: character("s"), command: .compareSheets, label: "s",
                        help: LocalizedText(bg: "листовете на оценителите един до друг, критерий по критерий", en: "the evaluators' sheets side by side, criterion by criterion"),
                        inBar: true, short: LocalizedText(bg: "листове", en: "sheets")),
            ] + chairActions + [
                Binding(keys: character("v"), command: .toggleAll, label: "v",
                        help: LocalizedText(bg: "всички предложения / само чакащите решение", en: "all proposals / only those needing a decision"),
                        inBar: false),
            ] + chairCommon
        case .chairRanking:
            return movement + chairScreens + [
                Binding(keys: [.left, .right], command: .nextPriority, label: "←→",
                        help: LocalizedText(bg: "друг приоритет (или цифрата му)", en: "another priority (or its digit)"), inBar: true,
                        short: LocalizedText(bg: "приоритет", en: "priority")),
                Binding(keys: character("m"), command: .reorder, label: "m",
                        help: LocalizedText(bg: "преместване пред предложение с равни точки", en: "move before a proposal with an equal score"),
                        inBar: true, short: LocalizedText(bg: "подреждане", en: "reorder")),
                Binding(keys: character("b"), command: .budgetCorrection, label: "b",
                        help: LocalizedText(bg: "корекция на бюджета", en: "budget correction"), inBar: true,
                        short: LocalizedText(bg: "корекция", en: "correction")),
            ] + chairCommon
        case .chairProtocol:
            return movement + chairScreens + [
                Binding(keys: [.left, .right], command: .nextPriority, label: "←→",
                        help: LocalizedText(bg: "наляво / надясно при редове, по-широки от екрана", en: "left / right on lines wider than the screen"),
                        inBar: false),
                Binding(keys: character("x"), command: .exportProtocol, label: "x",
                        help: LocalizedText(bg: "записване на протокола в exports/", en: "write the protocol to exports/"), inBar: true,
                        short: LocalizedText(bg: "запис", en: "export")),
            ] + chairCommon
        case .chairForm:
            return [
                Binding(keys: [.enter], command: .confirm, label: "Enter",
                        help: LocalizedText(bg: "напред / записване на решението", en: "next / record the decision"), inBar: true),
                Binding(keys: [.escape], command: .cancel, label: "Esc",
                        help: LocalizedText(bg: "отказ", en: "cancel"), inBar: true),
            ]
        }
    }

    /// The chair's screens are switched with Tab; their header shows it, so the bar does not.
    private static let chairScreens: [Binding] = [
        Binding(keys: [.tab], command: .nextTab, label: "Tab",
                help: LocalizedText(bg: "следващ екран", en: "next screen"), inBar: false),
        Binding(keys: [.backTab], command: .previousTab, label: "Shift-Tab",
                help: LocalizedText(bg: "предишен екран", en: "previous screen"), inBar: false),
    ]

    private static let chairCommon: [Binding] = [
        syncBinding,
        helpBinding,
        Binding(keys: character("q"), command: .quit, label: "q", help: LocalizedText(bg: "изход", en: "quit"), inBar: true),
    ]

    private static let chairActions: [Binding] = [
        Binding(keys: character("o"), command: .assignEvaluator, label: "o",
                help: LocalizedText(bg: "още един оценител", en: "one more evaluator"), inBar: true, short: LocalizedText(bg: "оценител", en: "evaluator")),
        Binding(keys: character("c"), command: .consensusScore, label: "c",
                help: LocalizedText(bg: "консенсусна оценка", en: "consensus score"), inBar: true, short: LocalizedText(bg: "консенсус", en: "consensus")),
        Binding(keys: character("a"), command: .decideAdmission, label: "a",
                help: LocalizedText(bg: "решение за допускане", en: "admission decision"), inBar: true, short: LocalizedText(bg: "допускане", en: "admit")),
        Binding(keys: character("r"), command: .returnSheet, label: "r",
                help: LocalizedText(bg: "връщане на лист на оценителя", en: "return a sheet to its evaluator"), inBar: true,
                short: LocalizedText(bg: "връщане", en: "return")),
        Binding(keys: character("b"), command: .budgetCorrection, label: "b",
                help: LocalizedText(bg: "корекция на бюджета", en: "budget correction"), inBar: false, short: LocalizedText(bg: "корекция", en: "correction")),
    ]

    /// The command `key` means in `context`, if any. A digit on the quality tab carries its number.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        if context == .qualityTab, case .character(let character) = key,
           let digit = character.wholeNumberValue, character.isASCII, (1...9).contains(digit) {
            return .pickLevel(digit)
        }
        return bindings(in: context).first { $0.keys.contains(key) }?.command
    }

    /// The `?` screen's lines for `context`: every binding with its help; the movement keys, when
    /// there are several, on one line so that the list fits 80×24.
    public static func helpLines(in context: KeyContext, language: Language) -> [String] {
        let all = bindings(in: context)
        let moving: Set<Command> = [.moveUp, .moveDown, .pageUp, .pageDown, .first, .last]
        let movement = all.filter { moving.contains($0.command) }
        var lines: [String] = []
        if movement.count > 2 {
            lines.append(TextLayout.padRight("↑↓ jk", to: 12) + LocalizedText(bg: "нагоре / надолу, PgUp PgDn, Home/g и End/G — краищата",
                                                                              en: "up / down, PgUp PgDn, Home/g and End/G — the ends").text(in: language))
        }
        for binding in all where movement.count <= 2 || !moving.contains(binding.command) {
            lines.append(TextLayout.padRight(binding.label, to: 12) + binding.help.text(in: language))
        }
        return lines
    }

    /// The bottom bar of `context`: "Enter отваряне  / търсене  q изход", without the commands in
    /// `hiding` (those that do not apply where the cursor is).
    public static func bar(for context: KeyContext, language: Language, hiding: Set<Command> = []) -> String {
        bindings(in: context).filter { $0.inBar && !hiding.contains($0.command) }
            .map { "\($0.label) \(($0.short ?? $0.help).text(in: language))" }
            .joined(separator: "  ")
    }
}
