import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// The interface as a committee uses it, in a real terminal: the keys a whole sheet takes, pastes and
/// keys that must change nothing, texts readable whole at 80×24, and the chair's screens following
/// the workspace.
@Suite(
    "Speed and safety of the interface in a real terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not on PATH; the end-to-end terminal tests need it"),
    .oneAtATime
)
struct InterfaceSafetyTests {
    static func joined(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    static func open(_ fixture: WorkspaceFixture, as member: String, environment extra: [String: String] = [:]) throws -> TmuxSession {
        let executable = OcenkaExecutable.shellQuoted(try OcenkaExecutable.path())
        var environment = TmuxSession.utf8Environment
        environment["OCENKA_NOW"] = EvaluatorInterfaceTests.now
        environment.merge(extra) { _, new in new }
        return try TmuxSession.start("\(executable) --workspace '\(fixture.root.path)' --as \(member); echo \"ocenka-exit=$?\"; exec sleep 600",
                                     environment: environment)
    }

    /// A workspace where P-1 is admitted, so that e1 opens it on the quality tab.
    static func admitted() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        try fixture.admit("P-1")
        return fixture
    }

    @Test("The 23 criteria of 33.24-2025 scored with justifications and submitted in at most 60 keys besides the text")
    func keyCount() async throws {
        let fixture = try Self.admitted()
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        var keys = 0
        func press(_ key: String) throws {
            keys += 1
            try tmux.sendKeys(key)
        }
        try await tmux.waitFor(text: "Оценени 0/3")
        try press("Enter")
        try await tmux.waitFor(text: "Конфликт на интереси")
        try press("Enter")
        try await tmux.waitFor(text: "Критерий 1 от 23")
        let method = try #require(try WorkspaceLoader.load(fixture.root).get().procedure.quality)
        for (index, criterion) in method.criteria.enumerated() {
            try press("1")
            try await tmux.waitFor(text: "оценени \(index + 1)/23")
            let text = "Обосновка по \(criterion.id)."
            try tmux.sendLiteral(text)
            try await tmux.waitFor(text: text)
            try press("Escape")
            if index + 1 < method.criteria.count { try await tmux.waitFor(text: "Критерий \(index + 2) от 23") }
        }
        try press("S")
        try await tmux.waitFor(text: "Подаване на листа за качество")
        try press("д")
        try await tmux.waitFor(text: "Листът за качество на P-1 е подаден.")
        #expect(keys <= 60, "the sheet took \(keys) keys")
        let sheet = try #require(try WorkspaceLoader.load(fixture.root).get().qualitySheet("e1", "P-1"))
        #expect(sheet.status == .submitted)
        for criterion in method.criteria {
            #expect(sheet.scores[criterion.id] == .init(points: criterion.levels[0].points, note: "Обосновка по \(criterion.id)."))
        }
    }

    @Test("A bracketed and an unbracketed paste outside the editor change nothing on disk; in the editor a paste is text, line breaks kept")
    func pastes() async throws {
        let fixture = try Self.admitted()
        defer { fixture.remove() }
        try fixture.score("P-1", by: "e1", levelIndex: 3, submit: false)
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Оценени 0/3")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Критерий 1 от 23")
        let before = try fixture.contents()
        try tmux.paste("Има 2 проекта", bracketed: true)
        try await tmux.waitFor(text: "Поставеният текст е пренебрегнат")
        try tmux.sendKeys("j")
        try await tmux.waitFor(text: "Критерий 2 от 23")
        try tmux.paste("Има 2 проекта", bracketed: false)
        try await tmux.waitFor(text: "Поставеният текст е пренебрегнат")
        try tmux.sendLiteral("Има 2 проекта")
        try await Task.sleep(for: .milliseconds(300))
        #expect(try tmux.capture().contains("Критерий 2 от 23"))
        #expect(try fixture.contents() == before)
        try tmux.sendKeys("e")
        try await tmux.waitFor(text: "Редактиране")
        try tmux.paste("\nРед 1\nРед 2", bracketed: true)
        try await tmux.waitFor(text: "Ред 2")
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the editor closed") { !$0.contains("Редактиране") }
        let sheet = try #require(try WorkspaceLoader.load(fixture.root).get().qualitySheet("e1", "P-1"))
        #expect(sheet.scores["1.2"]?.note == "Обосновка по критерий 1.2.\nРед 1\nРед 2")
        let criterion = try #require(try WorkspaceLoader.load(fixture.root).get().procedure.quality?.criteria.first { $0.id == "1.2" })
        #expect(sheet.scores["1.2"]?.points == criterion.levels.last?.points)
    }

    @Test("Keys typed while the window is too small change nothing")
    func tooSmall() async throws {
        let fixture = try Self.admitted()
        defer { fixture.remove() }
        try fixture.score("P-1", by: "e1", levelIndex: 0, submit: false)
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Оценени 0/3")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Критерий 1 от 23")
        let before = try fixture.contents()
        try tmux.resize(columns: 60, rows: 20)
        try await tmux.waitFor(text: "Увеличете го")
        for key in ["3", "A", "B", "C", "Escape", "q"] {
            try tmux.sendKeys(key)
            try await Task.sleep(for: .milliseconds(100))
        }
        try tmux.resize(columns: 80, rows: 24)
        let screen = try await tmux.waitFor(text: "Критерий 1 от 23")
        #expect(!screen.contains("Редактиране"))
        #expect(try fixture.contents() == before)
    }

    @Test("A motive typed before the answer is kept and saved with the НЕ")
    func motiveBeforeAnswer() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await EvaluatorInterfaceTests.openFirstProposal(tmux)
        try await tmux.waitFor(text: "отговорени 0/3")
        try tmux.sendKeys("e")
        try await tmux.waitFor(text: "Мотивът ще бъде записан с отговора")
        try tmux.sendLiteral("Кандидатът не е допустим: не е училище.")
        try await tmux.waitFor(text: "Кандидатът не е допустим: не е училище.")
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the editor closed") { !$0.contains("Редактиране") }
        try tmux.sendLiteral("н")
        try await tmux.waitFor(text: "отговорени 1/3")
        let sheet = try #require(try WorkspaceLoader.load(fixture.root).get().adminSheet("e1", "P-1"))
        #expect(sheet.answers["I.1"] == .init(.no, note: "Кандидатът не е допустим: не е училище."))
    }

    @Test("Every level text of 33.24-2025 can be read whole at 80×24: Enter shows the criterion in full, PgDn scrolls")
    func levelsReadable() async throws {
        let fixture = try Self.admitted()
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Оценени 0/3")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Конфликт на интереси")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Критерий 1 от 23")
        let method = try #require(try WorkspaceLoader.load(fixture.root).get().procedure.quality)
        for (index, criterion) in method.criteria.enumerated() {
            try tmux.sendKeys("Enter")
            // The footer is drawn last: until it is on screen, the frame may be only partly drawn.
            _ = try await tmux.waitFor(text: "Критерият изцяло")
            try await tmux.waitUntil("the detail's footer") { $0.contains("Esc затваряне") || $0.contains("Esc — затваряне") }
            let first = Self.joined(try tmux.capture())
            var seen = first
            // The "Редове …" indicator of the screen now shown; it changes with every page and
            // not at the end. A loaded machine may take a while to redraw: wait up to 3 s a page.
            func indicator(_ screen: String) -> String? {
                screen.range(of: "Редове ").map { String(screen[$0.lowerBound...].prefix(20)) }
            }
            /// Whether the indicator says the last line is shown ("Редове 18–34 от 34").
            func atEnd(_ shown: String, in screen: String) -> Bool {
                guard let range = screen.range(of: "Редове ") else { return true }
                let words = screen[range.upperBound...].split(separator: " ").prefix(3)
                guard words.count == 3, let to = words[0].split(separator: "–").last, to == words[2] else { return false }
                return true
            }
            var current = indicator(first)
            var shownScreen = first
            while let shown = current, !atEnd(shown, in: shownScreen) {
                try tmux.sendKeys("PageDown")
                var next: String?
                var screen = ""
                for _ in 0..<30 {
                    try await Task.sleep(for: .milliseconds(100))
                    screen = Self.joined(try tmux.capture())
                    if let now = indicator(screen), now != shown {
                        next = now
                        break
                    }
                }
                seen += " " + screen
                shownScreen = screen
                current = next
            }
            let flat = seen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for level in criterion.levels {
                let words = level.text.split(whereSeparator: \.isWhitespace).suffix(4).joined(separator: " ")
                #expect(flat.contains(words), "\(criterion.id): the end of a level is not shown: \(words)")
            }
            try tmux.sendKeys("Escape")
            if index + 1 < method.criteria.count {
                try await tmux.waitUntil("back on the criterion") { !$0.contains("Критерият изцяло") }
                try tmux.sendKeys("j")
                try await tmux.waitFor(text: "Критерий \(index + 2) от 23")
            }
        }
    }

    @Test("The declaration scrolls, needs an explicit confirmation, and an End sent as ESC [ 4 ~ is End, not Esc")
    func declaration() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"], declare: false)
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1", environment: ["TERM": "xterm-256color"])
        defer { tmux.kill() }
        try await tmux.waitFor(text: "ДЕКЛАРАЦИЯ ЗА БЕЗПРИСТРАСТНОСТ И ПОВЕРИТЕЛНОСТ")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Прочетете декларацията докрай")
        try tmux.sendLiteral("\u{1B}[4~")
        let end = try await tmux.waitFor(text: "Край на декларацията")
        #expect(Self.joined(end).contains("с кандидатите, партньорите или трети лица."))
        #expect(try WorkspaceLoader.load(fixture.root).get().declarations["e1"] == nil)
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Приемане на декларацията")
        #expect(try WorkspaceLoader.load(fixture.root).get().declarations["e1"] == nil)
        try tmux.sendLiteral("д")
        try await tmux.waitFor(text: "Декларацията е приета.")
        #expect(try WorkspaceLoader.load(fixture.root).get().declarations["e1"] != nil)
    }

    /// Two evaluators, P-1 admitted, e1's quality sheet submitted and the other's a draft.
    static func twoSheets() throws -> (WorkspaceFixture, String) {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1", "e2"])
        try fixture.admit("P-1")
        let evaluators = try fixture.assigned("P-1", .quality)
        try #require(evaluators.count >= 2)
        try fixture.score("P-1", by: evaluators[0], levelIndex: 0)
        try fixture.score("P-1", by: evaluators[1], levelIndex: 2, submit: false)
        return (fixture, evaluators[1])
    }

    @Test("The chair's screen shows a sheet submitted from another process within 2 seconds")
    func chairRefreshes() async throws {
        let (fixture, second) = try Self.twoSheets()
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "chair")
        defer { tmux.kill() }
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.hasPrefix(" P-1 ") }.map(String.init) ?? "" }
        let before = try await tmux.waitUntil("P-1 with a draft") { row($0).contains("\(second) ч") }
        #expect(!row(before).isEmpty)
        let desk = try EvaluatorDesk.open(fixture.root, evaluator: second, clock: fixture.clock)
        try desk.submit("P-1", stage: .quality)
        desk.close()
        let after = try await tmux.waitUntil("P-1 with both sheets submitted", timeout: .seconds(2)) { !row($0).contains("\(second) ч") }
        #expect(row(after).contains(second))
    }

    @Test("The chair sees each evaluator's score and justification for a chosen criterion")
    func chairComparesSheets() async throws {
        let (fixture, _) = try Self.twoSheets()
        defer { fixture.remove() }
        let evaluators = try fixture.assigned("P-1", .quality)
        let tmux = try Self.open(fixture, as: "chair")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Напредък")
        try tmux.sendKeys("Tab")
        try await tmux.waitFor(text: "(v — ")
        if !(try tmux.capture().contains("Всички предложения")) {
            try tmux.sendKeys("v")
            try await tmux.waitFor(text: "Всички предложения")
        }
        try tmux.sendKeys("s")
        try await tmux.waitFor(text: "листовете един до друг")
        try tmux.sendKeys("Right")
        try tmux.sendKeys("Right")
        let screen = Self.joined(try await tmux.waitFor(text: "критерий 3 от 23"))
        #expect(screen.contains("2.1 "))
        #expect(screen.contains("\(evaluators[0]) Оценител") && screen.contains("3,00 т. (ниво 1 от 4)"))
        #expect(screen.contains("\(evaluators[1]) Оценител") && screen.contains("1,00 т. (ниво 3 от 4)") && screen.contains("чернова"))
        #expect(screen.contains("Обосновка по критерий 2.1."))
    }
}
