import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace
#if canImport(Glibc)
import Glibc
#endif

/// The evaluator's interface in a real terminal (tmux), on a workspace made as the commands make it:
/// the screen is read back, and the files on disk must hold exactly what was typed.
@Suite(
    "The evaluator's interface in a real terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not on PATH; the end-to-end terminal tests need it"),
    .oneAtATime
)
struct EvaluatorInterfaceTests {
    static let now = "2025-12-01T11:00:00+02:00"

    static func open(_ fixture: WorkspaceFixture, as evaluator: String, columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
        let executable = OcenkaExecutable.shellQuoted(try OcenkaExecutable.path())
        var environment = TmuxSession.utf8Environment
        environment["OCENKA_NOW"] = now
        return try TmuxSession.start("\(executable) --workspace '\(fixture.root.path)' --as \(evaluator); echo \"ocenka-exit=$?\"; exec sleep 600",
                                     columns: columns, rows: rows, environment: environment)
    }

    /// The process id of the program running in the pane.
    static func programPID(_ tmux: TmuxSession) throws -> Int32 {
        let shell = try tmux.panePID()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return try #require(children.split(separator: " ").first.flatMap { Int32($0) })
    }

    /// From the list, opens the first proposal and declares no conflict of interest.
    static func openFirstProposal(_ tmux: TmuxSession) async throws {
        try await tmux.waitFor(text: "Оценени 0/3")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Конфликт на интереси")
        try tmux.sendKeys("Enter")
    }

    /// On a proposal just opened: no conflict of interest, the checklist ДА, Н/П, ДА — one key at a
    /// time, since keys arriving together outside a text field are a paste — and submitted.
    static func declareNoConflictAndSubmitChecklist(_ tmux: TmuxSession) async throws {
        try await tmux.waitFor(text: "Конфликт на интереси")
        try tmux.sendLiteral("д")
        for (count, key) in ["д", "п", "д"].enumerated() {
            try await tmux.waitFor(text: "отговорени \(count)/3")
            try tmux.sendLiteral(key)
        }
        try await tmux.waitFor(text: "отговорени 3/3")
        try tmux.sendKeys("S")
        try await tmux.waitFor(text: "Подаване на административния лист")
        try tmux.sendLiteral("д")
        try await tmux.waitFor(text: "е подаден.")
    }

    /// The screen's lines joined with spaces, so that a wrapped sentence can be found whole.
    static func joined(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    static func justification(_ criterion: String) -> String {
        "Критерий \(criterion): целите и дейностите са описани ясно; „резултатите“ са измерими."
    }

    @Test("Declaration, conflict answer, the whole checklist with Cyrillic keys, then all 23 criteria with Cyrillic justifications, submitted")
    func wholeEvaluation() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"], declare: false)
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await tmux.waitFor(text: "ДЕКЛАРАЦИЯ ЗА БЕЗПРИСТРАСТНОСТ И ПОВЕРИТЕЛНОСТ")
        try tmux.sendKeys("End")
        try await tmux.waitFor(text: "Край на декларацията")
        try tmux.sendLiteral("д")
        try await tmux.waitFor(text: "Приемане на декларацията")
        try tmux.sendLiteral("д")
        try await tmux.waitFor(text: "Оценени 0/3")
        try tmux.sendKeys("Enter")
        try await Self.declareNoConflictAndSubmitChecklist(tmux)
        try await tmux.waitFor(text: "Административният лист на P-1 е подаден.")

        try tmux.sendKeys("Tab")
        try await tmux.waitFor(text: "Критерий 1 от 23")
        let method = try #require(try WorkspaceLoader.load(fixture.root).get().procedure.quality)
        for (index, criterion) in method.criteria.enumerated() {
            let level = index % 2 == 0 ? 1 : 2
            try tmux.sendKeys(String(level))
            try await tmux.waitFor(text: "оценени \(index + 1)/23")
            try tmux.sendLiteral(Self.justification(criterion.id))
            try await tmux.waitUntil("the justification of \(criterion.id)") {
                Self.joined($0).contains("Критерий \(criterion.id): целите и дейностите са описани ясно; „резултатите“ са измерими.")
            }
            try tmux.sendKeys("Escape")
            if index + 1 < method.criteria.count {
                try await tmux.waitFor(text: "Критерий \(index + 2) от 23")
            }
        }
        let expectedTotal = method.criteria.enumerated().reduce(Points.zero) { sum, item in
            sum + item.element.levels[min(item.offset % 2, item.element.levels.count - 1)].points
        }
        try await tmux.waitFor(text: "общо \(expectedTotal.localizedNumber)/100,00")
        try tmux.sendKeys("S")
        try await tmux.waitFor(text: "Подаване на листа за качество")
        try tmux.sendLiteral("д")
        try await tmux.waitFor(text: "Листът за качество на P-1 е подаден.")
        try tmux.sendKeys("Escape")
        let list = try await tmux.waitFor(text: "Оценени 1/3")
        let row = try #require(list.split(separator: "\n").first { $0.contains("P-1") })
        #expect(row.contains("допуснато"))
        #expect(row.contains("подаден"))
        #expect(row.contains(expectedTotal.localizedNumber))

        let snapshot = try WorkspaceLoader.load(fixture.root).get()
        let admin = try #require(snapshot.adminSheet("e1", "P-1"))
        #expect(admin.status == .submitted)
        #expect(admin.answers == ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.yes)])
        let quality = try #require(snapshot.qualitySheet("e1", "P-1"))
        #expect(quality.status == .submitted)
        for (index, criterion) in method.criteria.enumerated() {
            #expect(quality.scores[criterion.id]?.note == Self.justification(criterion.id))
            #expect(quality.scores[criterion.id]?.points == criterion.levels[min(index % 2, criterion.levels.count - 1)].points)
        }
        #expect(SheetTotals(sheet: quality, method: method).total == expectedTotal)
        #expect(snapshot.declarations["e1"] != nil)
        try tmux.sendKeys("q")
        try await tmux.waitFor(text: "ocenka-exit=0")
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }

    @Test("A resize in the middle of typing keeps the text and the editor; the next keys go on")
    func resizeMidEdit() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await Self.openFirstProposal(tmux)
        try await tmux.waitFor(text: "отговорени 0/3")
        try tmux.sendLiteral("н")
        try await tmux.waitFor(text: "НЕ изисква мотив")
        try tmux.sendLiteral("Кандидатът е изпълнявал ")
        try await tmux.waitFor(text: "Кандидатът е изпълнявал")
        try tmux.resize(columns: 120, rows: 40)
        try await tmux.waitUntil("a 120-column frame") { $0.split(separator: "\n").contains { $0.count > 90 } }
        try tmux.sendLiteral("договор по 33.23-2024.")
        try await tmux.waitFor(text: "Кандидатът е изпълнявал договор по 33.23-2024.")
        try tmux.resize(columns: 80, rows: 24)
        try tmux.sendKeys("Escape")
        try await tmux.waitFor(text: "отговорени 1/3")
        let sheet = try #require(try WorkspaceLoader.load(fixture.root).get().adminSheet("e1", "P-1"))
        #expect(sheet.answers["I.1"] == .init(.no, note: "Кандидатът е изпълнявал договор по 33.23-2024."))
    }

    @Test("SIGKILL right after a keystroke: the keystroke is already on disk")
    func killedAfterAKeystroke() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        defer { fixture.remove() }
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        try await Self.openFirstProposal(tmux)
        try await tmux.waitFor(text: "отговорени 0/3")
        try tmux.sendLiteral("н")
        try await tmux.waitFor(text: "НЕ изисква мотив")
        try tmux.sendLiteral("Липсва подпис")
        try await tmux.waitFor(text: "Липсва подпис")
        try tmux.sendLiteral("ъ")
        try await tmux.waitFor(text: "Липсва подписъ")
        kill(try Self.programPID(tmux), SIGKILL)
        try await tmux.waitFor(text: "ocenka-exit=137")
        let sheet = try #require(try WorkspaceLoader.load(fixture.root).get().adminSheet("e1", "P-1"))
        #expect(sheet.answers["I.1"]?.note == "Липсва подписъ")
        #expect(try CommandRun.ocenka(["check", "--workspace", fixture.root.path]).status == 0)
    }

    @Test("A second session for the same evaluator is refused with the lock message")
    func secondSession() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        defer { fixture.remove() }
        let first = try Self.open(fixture, as: "e1")
        defer { first.kill() }
        try await first.waitFor(text: "Оценени 0/3")
        let second = try Self.open(fixture, as: "e1")
        defer { second.kill() }
        let screen = try await second.waitFor(text: "ocenka-exit=1")
        #expect(screen.contains("папката се използва от друга сесия на ocenka (e1, процес \(try Self.programPID(first))"))
    }

    @Test("A corrupted sheet file is reported on screen, not crashed on")
    func corruptedSheet() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        defer { fixture.remove() }
        let file = fixture.layout.sheetFile("e1", proposal: "P-2", stage: .quality)
        try Data("{\"format\": 1, \"kind\": \"quality\", \"proposal\": \"P-2\", \"evaluator\": \"e1\", \"status\": \"draft\", \"scores\": {\"1.1\": {\"points\": \"7\"".utf8)
            .write(to: file)
        let tmux = try Self.open(fixture, as: "e1")
        defer { tmux.kill() }
        let screen = try await tmux.waitFor(text: "Работното пространство има грешки")
        #expect(screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined().contains("P-2.quality.json"))
        #expect(screen.contains("не е валиден JSON"))
        try tmux.sendKeys("q")
        try await tmux.waitFor(text: "ocenka-exit=1")
    }
}
