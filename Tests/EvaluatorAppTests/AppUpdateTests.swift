import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

@Suite("Key sequences: state and effects")
struct AppUpdateTests {
    typealias F = AppFixtures

    @Test("The declaration first; Enter accepts it")
    func declaration() throws {
        var state = try F.state(declared: false)
        #expect(state.screen == .declaration)
        #expect(AppUpdate.handle(.enter, in: &state, now: F.now) == [.acceptDeclaration])
        AppUpdate.declared(Declaration(evaluator: "e1", acceptedAt: F.now), in: &state)
        #expect(state.screen == .list)
        var quitting = try F.state(declared: false)
        F.press([.character("q")], &quitting)
        #expect(quitting.isFinished)
    }

    @Test("The first opening asks about a conflict of interest; д records no conflict on every assigned sheet")
    func conflict() throws {
        var state = try F.state()
        let effects = F.press([.down, .enter, .character("д")], &state)
        #expect(state.overlay == nil)
        guard case .saveQuality(let sheet, "sheet.noConflict")? = effects.first(where: {
            if case .saveQuality = $0 { return true } else { return false }
        }) else {
            Issue.record("no quality sheet saved: \(effects)")
            return
        }
        #expect(sheet.conflict == ConflictDeclaration(declared: false, at: F.now))
        #expect(effects.contains(.refreshAdmission(proposal: "33.24-2025-002")))
    }

    @Test("r recuses: recorded, back to the list, and the proposal no longer opens")
    func recusal() throws {
        var state = try F.state()
        let effects = F.press([.enter, .character("r")], &state)
        #expect(effects.contains { if case .saveAdmin(let sheet, "sheet.recuse") = $0 { return sheet.conflict?.declared == true } else { return false } })
        #expect(state.screen == .list)
        F.press([.enter], &state)
        #expect(state.screen == .list)
        #expect(state.message?.text.contains("отвод") == true)
    }

    @Test("The checklist answered with Cyrillic keys, each answer moving on; a НЕ asks for a note")
    func checklist() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("д"), .character("п")], &state)
        let effects = F.press([.character("н")], &state)
        let sheet = state.model.adminSheets["33.24-2025-001"]
        #expect(sheet?.answers == ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.no)])
        #expect(effects.count == 1)
        #expect(state.message?.text.contains("НЕ изисква мотив") == true)
        F.press([.character("e")] + F.type("Липсва подпис.") + [.escape], &state)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"]?.note == "Липсва подпис.")
    }

    @Test("Н/П is refused where the criterion does not allow it")
    func notApplicable() throws {
        var state = try F.state()
        F.press([.enter, .enter], &state)
        let effects = F.press([.character("п")], &state)
        #expect(effects.allSatisfy { if case .saveAdmin = $0 { return false } else { return true } })
        #expect(state.message?.text.contains("Н/П не е допустим за критерий I.1") == true)
    }

    @Test("A remedy: requested with its due date, then the applicant's reply, then the answer changed")
    func remedy() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("y"), .character("a"), .character("n")], &state)
        F.press([.character("R")] + F.type("Представете подписаните автобиографии.") + [.escape], &state)
        var request = try #require(state.model.adminSheets["33.24-2025-001"]?.remedy.first)
        #expect(request.criterion == "II.1")
        #expect(request.dueDate == CalendarDate("2025-12-04"))
        #expect(request.request == "Представете подписаните автобиографии.")
        F.press([.character("R")] + F.type("Автобиографиите са представени.") + [.escape], &state)
        request = try #require(state.model.adminSheets["33.24-2025-001"]?.remedy.first)
        #expect(request.reply?.text == "Автобиографиите са представени.")
        F.press([.character("e")] + F.type("Отстранено в срок.") + [.escape, .character("y")], &state)
        let sheet = try #require(state.model.adminSheets["33.24-2025-001"])
        #expect(sheet.answers["II.1"] == .init(.yes, note: "Отстранено в срок."))
        #expect(SubmissionCheck.missing(sheet, checklist: try F.procedure.admin, today: F.now.localDate).isEmpty)
    }

    @Test("A digit picks the level and the cursor stays; j moves on; the justification is saved as typed")
    func qualityScoring() throws {
        var state = try F.state()
        F.press([.down, .down, .enter], &state)
        guard case .proposal(let view) = state.screen else { Issue.record("not on a proposal"); return }
        #expect(view.tab == .quality)
        F.press([.character("1")], &state)
        guard case .proposal(let after) = state.screen else { return }
        #expect(after.qualityCursor == 0)
        let typed = "Три завършени проекта, описани в т. 4 на формуляра."
        let effects = F.press([.character("e")] + F.type(typed), &state)
        #expect(effects.count == typed.count)
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.note == "Обосновка по 1.1: ясно описано." + typed)
        F.press([.escape, .character("j"), .character("9")], &state)
        #expect(state.message?.text.contains("Критерий 1.2 има 3 нива") == true)
    }

    @Test("Quality cannot be scored before admission")
    func beforeAdmission() throws {
        var state = try F.state()
        F.press([.down, .down, .down, .enter, .enter], &state)
        let effects = F.press([.tab, .character("1")], &state)
        #expect(effects.isEmpty || effects.allSatisfy { if case .saveQuality = $0 { return false } else { return true } })
    }

    @Test("S lists what is missing; a complete sheet asks, and y/д submits")
    func submit() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("S")], &state)
        guard case .submit(_, .admin, let missing)? = state.overlay else { Issue.record("no submit overlay"); return }
        #expect(missing.count == 3)
        #expect(F.press([.character("y")], &state).isEmpty)
        F.press([.escape, .character("y"), .character("a"), .character("y"), .character("S")], &state)
        guard case .submit(_, .admin, let none)? = state.overlay else { Issue.record("no submit overlay"); return }
        #expect(none.isEmpty)
        #expect(F.press([.character("д")], &state) == [.submit(proposal: "33.24-2025-001", stage: .admin)])
    }

    @Test("The list filters by priority and status and searches by number or applicant")
    func listFilters() throws {
        var state = try F.state()
        F.press([.character("p")], &state)
        #expect(ProposalRow.visible(in: state).map(\.proposal.id) == ["33.24-2025-001", "33.24-2025-004"])
        F.press([.character("p"), .character("p"), .character("p")], &state)
        #expect(state.list.priority == nil)
        F.press([.character("s")], &state)
        #expect(ProposalRow.visible(in: state).map(\.proposal.id) == ["33.24-2025-001", "33.24-2025-002"])
        F.press([.character("s"), .character("s"), .character("s"), .character("/")] + F.type("003"), &state)
        #expect(ProposalRow.visible(in: state).map(\.proposal.id) == ["33.24-2025-003"])
        F.press([.escape], &state)
        #expect(ProposalRow.visible(in: state).count == 4)
    }

    @Test("Progress counts the submitted sheets of the evaluator")
    func progress() throws {
        let model = try F.model()
        #expect(model.progress.done == 1)
        #expect(model.progress.total == 5)
    }
}
