import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

/// The admin tab's remedy form: the real dates of the notice and the reply (seed 001 line 512: the
/// deadline runs from the receipt), readable at 80×24 with its reply visible.
@Suite("The remedy form on the admin tab")
struct RemedyFormTests {
    typealias F = AppFixtures

    /// The checklist of 33.24-2025-001 with a НЕ on II.1 and a remedy requested on 02.12.2025.
    static func requested() throws -> AppState {
        var state = try F.state()
        // НЕ opens the motive's editor at once; the motive is written, then the request.
        F.press([.enter, .enter, .character("y"), .character("a"), .character("n")] + F.type("Липсват подписаните автобиографии.")
                + [.escape], &state)
        F.press([.character("R")] + F.type("Представете подписаните автобиографии.") + [.escape], &state)
        return state
    }

    static func request(_ state: AppState) throws -> RemedyRequest {
        try #require(state.model.adminSheets["33.24-2025-001"]?.remedy.first)
    }

    static func dates(_ text: String, _ state: inout AppState) -> [Effect] {
        F.press([.character("D")] + Array(repeating: Key.backspace, count: 40) + F.type(text) + [.escape], &state)
    }

    @Test("A new request is sent and received today by default; D sets the real dates and the deadline follows the receipt")
    func datesFromReceipt() throws {
        var state = try Self.requested()
        #expect(try Self.request(state).noticeSentOn == CalendarDate("2025-12-02"))
        #expect(try Self.request(state).dueDate == CalendarDate("2025-12-04"))
        // Sent 29.12.2025, received 29.12.2025: 2 calendar days end on 31.12.2025, declared non-working ⇒ 05.01.2026.
        let effects = Self.dates("29.12.2025 29.12.2025", &state)
        #expect(effects.contains { if case .saveAdmin = $0 { return true } else { return false } })
        let request = try Self.request(state)
        #expect(request.noticeSentOn == CalendarDate("2025-12-29"))
        #expect(request.noticeReceivedOn == CalendarDate("2025-12-29"))
        #expect(request.dueDate == CalendarDate("2026-01-05"))
        // Received a day later: 30.12 + 2 = 01.01.2026, a holiday; 02.01 non-working; the weekend ⇒ 05.01.2026.
        _ = Self.dates("29.12.2025 30.12.2025", &state)
        #expect(try Self.request(state).dueDate == CalendarDate("2026-01-05"))
        _ = Self.dates("22.12.2025 23.12.2025", &state)
        #expect(try Self.request(state).dueDate == CalendarDate("2025-12-29"))
    }

    @Test("Dates out of order or unreadable are not saved, with a message")
    func refused() throws {
        var state = try Self.requested()
        let before = try Self.request(state)
        let effects = Self.dates("03.12.2025 01.12.2025", &state)
        #expect(!effects.contains { if case .saveAdmin = $0 { return true } else { return false } })
        #expect(try Self.request(state) == before)
        _ = Self.dates("вчера", &state)
        #expect(try Self.request(state) == before)
        #expect(state.message?.text.contains("ДД.ММ.ГГГГ") == true)
        // A reply date before the reply is recorded is refused.
        _ = Self.dates("01.12.2025 01.12.2025 02.12.2025", &state)
        #expect(try Self.request(state).reply == nil)
    }

    @Test("The reply's date is entered, and a reply after the deadline shows as late")
    func replyDate() throws {
        var state = try Self.requested()
        F.press([.character("R")] + F.type("Автобиографиите са представени.") + [.escape], &state)
        #expect(try Self.request(state).reply?.repliedOn == CalendarDate("2025-12-02"))
        _ = Self.dates("01.12.2025 01.12.2025 04.12.2025", &state)
        let request = try Self.request(state)
        #expect(request.dueDate == CalendarDate("2025-12-03"))
        #expect(request.reply?.repliedOn == CalendarDate("2025-12-04"))
        #expect(request.replyWasLate)
        let screen = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("Отговор от 04.12.2025 (след срока)"))
    }

    @Test("At 80×24 the notice, the request and the reply are all on the screen")
    func readableAt80x24() throws {
        var state = try Self.requested()
        F.press([.character("R")] + F.type("Автобиографиите са представени в системата.") + [.escape], &state)
        _ = Self.dates("01.12.2025 01.12.2025 02.12.2025", &state)
        try F.expectSnapshot(state, "admin-remedy-80x24")
        let screen = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("Изпратено 01.12.2025 · получено 01.12.2025 · срок до 03.12.2025 (D — дати)"))
        #expect(screen.contains("Искане: Представете подписаните автобиографии."))
        #expect(screen.contains("Отговор от 02.12.2025: Автобиографиите са представени в системата."))
    }

    @Test("The summary tab measures a remedy's deadline against today, as the submit question does")
    func summaryAgainstToday() throws {
        var state = try Self.requested()
        state.size = ScreenSize(rows: 40, columns: 120)
        F.press([.tab, .tab], &state)
        #expect(state.openProposal?.tab == .summary)
        let pending = "срокът за отстраняване тече до 04.12.2025"
        func summary() -> String { AppView.render(state).buffer.lines.joined(separator: "\n") }
        func asked(on day: String) throws -> [MissingItem] {
            var asking = state
            _ = AppUpdate.handle(.character("S"), in: &asking, now: try #require(Timestamp(day + "T10:00:00+02:00")))
            guard case .submit(_, .admin, let missing, _)? = asking.overlay else { return [] }
            return missing
        }
        // On the day of the request (the sheet's last change) the remedy is pending on both.
        #expect(summary().contains(pending))
        #expect(try asked(on: "2025-12-02").contains(.remedyPending(criterion: "II.1", dueDate: try #require(CalendarDate("2025-12-04")))))
        // After the deadline neither lists it; the summary follows the day of the last key, not the sheet's.
        state.today = try #require(CalendarDate("2025-12-05"))
        #expect(!summary().contains(pending))
        #expect(try !asked(on: "2025-12-05").contains { if case .remedyPending = $0 { true } else { false } })
    }
}
