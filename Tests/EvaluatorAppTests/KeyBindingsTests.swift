import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

@Suite("The keys of every screen")
struct KeyBindingsTests {
    @Test("Latin and Cyrillic keys answer the checklist")
    func answers() {
        for (keys, answer) in [("yд", AdminSheet.AnswerValue.yes), ("nн", .no), ("aп", .na)] {
            for key in keys {
                #expect(KeyBindings.command(for: .character(key), in: .adminTab) == .answer(answer), "key \(key)")
            }
        }
        #expect(KeyBindings.command(for: .character("y"), in: .qualityTab) == nil)
    }

    @Test("Digits pick levels on the quality tab only; 0 picks nothing")
    func digits() {
        for digit in 1...9 {
            #expect(KeyBindings.command(for: .character(Character("\(digit)")), in: .qualityTab) == .pickLevel(digit))
        }
        #expect(KeyBindings.command(for: .character("0"), in: .qualityTab) == nil)
        #expect(KeyBindings.command(for: .character("٣"), in: .qualityTab) == nil)
        #expect(KeyBindings.command(for: .character("3"), in: .adminTab) == nil)
    }

    @Test func movementEditingAndSubmitting() {
        for context in [KeyContext.proposalList, .adminTab, .qualityTab] {
            #expect(KeyBindings.command(for: .down, in: context) == .moveDown)
            #expect(KeyBindings.command(for: .character("j"), in: context) == .moveDown)
            #expect(KeyBindings.command(for: .character("k"), in: context) == .moveUp)
        }
        #expect(KeyBindings.command(for: .character("e"), in: .qualityTab) == .editNote)
        #expect(KeyBindings.command(for: .character("е"), in: .adminTab) == .editNote)
        #expect(KeyBindings.command(for: .character("S"), in: .qualityTab) == .submit)
        #expect(KeyBindings.command(for: .character("s"), in: .qualityTab) == nil)
        #expect(KeyBindings.command(for: .tab, in: .adminTab) == .nextTab)
        #expect(KeyBindings.command(for: .escape, in: .qualityTab) == .back)
        #expect(KeyBindings.command(for: .character("q"), in: .proposalList) == .quit)
        #expect(KeyBindings.command(for: .character("q"), in: .qualityTab) == nil)
    }

    @Test("The declaration and the conflict question: Enter, y or д accept; r recuses")
    func prompts() {
        for key in [Key.enter, .character("y"), .character("д")] {
            #expect(KeyBindings.command(for: key, in: .declaration) == .accept)
            #expect(KeyBindings.command(for: key, in: .conflictPrompt) == .accept)
        }
        #expect(KeyBindings.command(for: .character("r"), in: .conflictPrompt) == .recuse)
        #expect(KeyBindings.command(for: .character("д"), in: .confirmation) == .confirm)
        #expect(KeyBindings.command(for: .character("н"), in: .confirmation) == .cancel)
        #expect(KeyBindings.command(for: .enter, in: .confirmation) == nil)
    }

    @Test("No key means two things on one screen", arguments: KeyContext.allCases)
    func unambiguous(context: KeyContext) {
        var seen: [Key: Command] = [:]
        for binding in KeyBindings.bindings(in: context) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound twice in \(context)")
                seen[key] = binding.command
            }
        }
    }

    @Test("Every screen's bar fits in 80 columns, in both languages", arguments: KeyContext.allCases)
    func barFits(context: KeyContext) {
        for language in Language.allCases {
            let bar = KeyBindings.bar(for: context, language: language)
            #expect(!bar.isEmpty)
            #expect(DisplayWidth.of(bar) <= 80, "\(context) \(language): \(bar)")
        }
    }

    @Test("The ? screen of every context fits 80×24 and names every binding", arguments: KeyContext.allCases)
    func helpFits(context: KeyContext) {
        for language in Language.allCases {
            let lines = KeyBindings.helpLines(in: context, language: language)
            #expect(lines.count <= 18, "\(context) \(language): \(lines.count) lines")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 72 }, "\(context) \(language): \(lines.filter { DisplayWidth.of($0) > 72 })")
            for binding in KeyBindings.bindings(in: context) where ![Command.moveUp, .moveDown, .pageUp, .pageDown, .first, .last].contains(binding.command) {
                #expect(lines.contains { $0.hasPrefix(binding.label) }, "\(context): \(binding.label)")
            }
        }
    }
}
