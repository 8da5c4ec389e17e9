import EvaluationCore
import EvaluatorApp
import Terminal
import Testing

@Suite("Key sequences: state and effects")
struct AppUpdateTests {
    typealias F = AppFixtures

    @Test("The declaration first: read to its end, then Enter asks once more and д accepts")
    func declaration() throws {
        var state = try F.state(declared: false)
        #expect(state.screen == .declaration)
        #expect(AppUpdate.handle(.enter, in: &state, now: F.now).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("Прочетете декларацията докрай") == true)
        F.press([.pageDown, .pageDown, .pageDown], &state)
        #expect(state.declarationScroll > 0)
        #expect(AppUpdate.handle(.enter, in: &state, now: F.now).isEmpty)
        #expect(state.overlay == .confirmDeclaration)
        #expect(AppUpdate.handle(.escape, in: &state, now: F.now).isEmpty)
        #expect(state.overlay == nil && state.screen == .declaration)
        F.press([.enter], &state)
        #expect(AppUpdate.handle(.character("д"), in: &state, now: F.now) == [.acceptDeclaration])
        _ = AppUpdate.update(.declared(Declaration(evaluator: "e1", acceptedAt: F.now)), in: &state)
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
        guard case .saveQuality(let sheet, .sheetNoConflict)? = effects.first(where: {
            if case .saveQuality = $0 { return true } else { return false }
        }) else {
            Issue.record("no quality sheet saved: \(effects)")
            return
        }
        #expect(sheet.conflict == ConflictDeclaration(declared: false, at: F.now))
        #expect(effects.contains(.refreshAdmission(proposal: "33.24-2025-002")))
    }

    @Test("r asks for the reason, then a confirmation; the recusal is recorded with its reason and the proposal no longer opens")
    func recusal() throws {
        var state = try F.state()
        F.press([.enter, .character("r")], &state)
        guard case .recusal? = state.overlay else { Issue.record("no reason box: \(String(describing: state.overlay))"); return }
        #expect(F.press([.enter], &state).isEmpty)
        #expect(state.message?.text.contains("Впишете причината") == true)
        let reason = "Съпругата ми е директор на училището."
        #expect(F.press(F.type(reason) + [.enter], &state).isEmpty)
        #expect(state.overlay == .confirmRecusal(proposal: "33.24-2025-001", reason: reason))
        #expect(F.press([.escape], &state).isEmpty)
        guard case .recusal(_, let kept)? = state.overlay else { Issue.record("not back at the reason"); return }
        #expect(kept.text == reason)
        let effects = F.press([.enter, .character("y")], &state)
        #expect(effects.contains {
            if case .saveAdmin(let sheet, .sheetRecuse) = $0 { return sheet.conflict == ConflictDeclaration(declared: true, at: F.now, reason: reason) }
            return false
        })
        #expect(state.screen == .list)
        #expect(state.model.progress.recused == 1)
        F.press([.enter], &state)
        #expect(state.screen == .list)
        #expect(state.message?.text.contains("отвод") == true)
    }

    @Test("The checklist answered with Cyrillic keys, each answer moving on; a НЕ opens its note at once")
    func checklist() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("д"), .character("п")], &state)
        let effects = F.press([.character("н")], &state)
        let sheet = state.model.adminSheets["33.24-2025-001"]
        #expect(sheet?.answers == ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.no)])
        #expect(effects.count == 1)
        #expect(state.message?.text.contains("НЕ изисква мотив") == true)
        F.press(F.type("Липсва подпис.") + [.escape], &state)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"]?.note == "Липсва подпис.")
    }

    @Test("The same answer again saves nothing and moves on")
    func sameAnswerAgain() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("y"), .character("k")], &state)
        #expect(F.press([.character("y")], &state).isEmpty)
        guard let view = state.openProposal else { return }
        #expect(view.adminCursor == 1)
    }

    @Test("A note typed before the answer is kept and goes into the sheet with the answer")
    func noteBeforeAnswer() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("y"), .character("a")], &state)
        let effects = F.press([.character("e")] + F.type("Автобиографията не е подписана.") + [.escape], &state)
        #expect(effects.isEmpty)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"] == nil)
        guard let view = state.openProposal else { Issue.record("not on a proposal"); return }
        #expect(view.editing == nil && view.adminCursor == 2)
        F.press([.character("n")], &state)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"] == .init(.no, note: "Автобиографията не е подписана."))
        guard let after = state.openProposal else { return }
        #expect(after.editing == nil)
    }

    @Test("Changing ДА to НЕ clears the ДА's note and asks for the НЕ's; u brings the old answer back")
    func answerChanged() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("y"), .character("a"), .character("y")], &state)
        F.press([.character("e")] + F.type("Подписите са налице.") + [.escape], &state)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"] == .init(.yes, note: "Подписите са налице."))
        F.press([.character("n")], &state)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"] == .init(.no, note: ""))
        #expect(state.message?.text.contains("мотивът към предишния отговор е изчистен") == true)
        guard let view = state.openProposal, view.editing?.target == .adminNote(criterion: "II.1") else {
            Issue.record("the НЕ's note is not asked for")
            return
        }
        F.press([.escape, .character("u")], &state)
        #expect(state.model.adminSheets["33.24-2025-001"]?.answers["II.1"] == .init(.yes, note: "Подписите са налице."))
    }

    @Test("The submit question says when the sheet does not admit the proposal")
    func submitSaysRejected() throws {
        var state = try F.state()
        F.press([.enter, .enter, .character("n")] + F.type("Формулярът не е подписан.") + [.escape, .character("a"), .character("y"), .character("S")], &state)
        guard case .submit(_, .admin, let missing, _)? = state.overlay else { Issue.record("no submit overlay"); return }
        #expect(missing.isEmpty)
        let screen = AppView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("предложението не се допуска"))
        #expect(screen.contains("НЕ по I.1"))
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
        F.press([.enter, .enter, .character("y"), .character("a"), .character("n"), .escape], &state)
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

    @Test("A digit picks the level and opens the justification; Esc moves on; the justification is saved as typed")
    func qualityScoring() throws {
        var state = try F.state()
        F.press([.down, .down, .enter], &state)
        guard let view = state.openProposal else { Issue.record("not on a proposal"); return }
        #expect(view.tab == .quality)
        F.press([.character("1")], &state)
        guard let after = state.openProposal else { return }
        #expect(after.qualityCursor == 0)
        #expect(after.editing?.target == .justification(criterion: "1.1"))
        let typed = "Три завършени проекта, описани в т. 4 на формуляра."
        let effects = F.press(F.type(typed), &state)
        #expect(effects.count == typed.count)
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.note == "Обосновка по 1.1: ясно описано." + typed)
        F.press([.escape], &state)
        guard let moved = state.openProposal else { return }
        #expect(moved.qualityCursor == 1 && moved.editing == nil)
        F.press([.character("9")], &state)
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
        guard case .submit(_, .admin, let missing, _)? = state.overlay else { Issue.record("no submit overlay"); return }
        #expect(missing.count == 3)
        #expect(F.press([.character("y")], &state).isEmpty)
        F.press([.escape, .character("y"), .character("a"), .character("y"), .character("S")], &state)
        guard case .submit(_, .admin, let none, _)? = state.overlay else { Issue.record("no submit overlay"); return }
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

    @Test("Home/End and g/G go to the ends of the list; / starts a fresh search")
    func listEndsAndFreshSearch() throws {
        var state = try F.state()
        F.press([.end], &state)
        #expect(state.list.cursor == 3)
        F.press([.character("g")], &state)
        #expect(state.list.cursor == 0)
        F.press([.character("G")], &state)
        #expect(state.list.cursor == 3)
        F.press([.character("/")] + F.type("ямбол") + [.enter, .character("/")], &state)
        #expect(state.list.search.isEmpty && state.list.isSearching)
        F.press([.paste("003\n")], &state)
        #expect(state.list.search == "003")
    }

    @Test("The terminal's cursor rests on the focused row: the list's selection, the criterion, the chosen level")
    func cursorOnFocus() throws {
        var state = try F.state()
        F.press([.down], &state)
        #expect(AppView.render(state).cursor == ScreenPosition(row: 5, column: 0))
        F.press([.down, .enter], &state)
        let frame = AppView.render(state)
        let row = try #require(frame.cursor?.row)
        #expect(frame.buffer.lines[row].contains("●1"))
    }

    @Test("Progress counts proposals: done when every sheet of the evaluator on it is submitted")
    func progress() throws {
        let model = try F.model()
        #expect(model.progress.done == 0)
        #expect(model.progress.total == 4)
        #expect(model.progress.recused == 0)
    }

    @Test("Keys while the window is too small do nothing")
    func tooSmall() throws {
        var state = try F.state()
        F.press([.down, .down, .enter], &state)
        let before = state
        state.size = ScreenSize(rows: 20, columns: 60)
        #expect(F.press([.character("3")] + F.type("ABC") + [.escape, .character("q")], &state).isEmpty)
        state.size = before.size
        #expect(state == before)
    }

    @Test("A paste outside a text field changes nothing, bracketed or not; in the editor it is text")
    func pasteOutsideEditor() throws {
        var state = try F.state()
        F.press([.down, .down, .enter], &state)
        let sheet = state.model.qualitySheets["33.24-2025-003"]
        #expect(F.press([.paste("Има 2 проекта")], &state).isEmpty)
        #expect(state.model.qualitySheets["33.24-2025-003"] == sheet)
        #expect(state.message?.text.contains("Поставеният текст е пренебрегнат") == true)
        #expect(AppUpdate.handle(burst: F.type("Има 2 проекта"), in: &state, now: F.now).isEmpty)
        #expect(AppUpdate.isPaste(F.type("3AB")) && !AppUpdate.isPaste(F.type("jjjjjjjb")) && !AppUpdate.isPaste([.down, .down, .down, .enter]))
        #expect(state.model.qualitySheets["33.24-2025-003"] == sheet)
        guard let view = state.openProposal else { return }
        #expect(view.editing == nil && view.qualityCursor == 0)
        F.press([.character("e")], &state)
        #expect(!AppUpdate.handle(burst: F.type(" Има 2 проекта"), in: &state, now: F.now).isEmpty)
        #expect(F.press([.paste(" и още")], &state).count == 1)
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.note == "Обосновка по 1.1: ясно описано. Има 2 проекта и още")
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.points == sheet?.scores["1.1"]?.points)
    }

    @Test("Space goes to the next unfinished criterion; Backspace clears a level and u puts it back")
    func nextUnfinishedAndClear() throws {
        var state = try F.state()
        F.press([.down, .down, .enter, .character(" ")], &state)
        guard let view = state.openProposal else { return }
        #expect(view.qualityCursor == 5)
        F.press([.character("g"), .backspace], &state)
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.points == nil)
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.note == "Обосновка по 1.1: ясно описано.")
        F.press([.character("u")], &state)
        #expect(state.model.qualitySheets["33.24-2025-003"]?.scores["1.1"]?.points != nil)
        F.press([.character("u")], &state)
        #expect(state.message?.text == "Няма промяна за отмяна.")
        F.press([.character("1"), .escape], &state)
        state.model.qualitySheets["33.24-2025-003"]?.status = .submitted
        #expect(F.press([.character("u")], &state).isEmpty)
        #expect(state.message?.text.contains("не може да се променя") == true)
    }
}

@Suite("A returned sheet and a not admitted proposal")
struct ReturnedSheetTests {
    typealias F = AppFixtures

    @Test("A returned sheet tells its evaluator the chair's reason, on opening and in the summary")
    func returnedReason() throws {
        var state = try F.state()
        var sheet = try #require(state.model.qualitySheets["33.24-2025-003"])
        sheet.status = .returned
        sheet.statusChange = StatusChange(by: "chair", at: F.now, reason: "Обосновката по 1.3 не отговаря на избраното ниво.", decision: 3)
        state.model.qualitySheets["33.24-2025-003"] = sheet
        F.press([.down, .down, .enter], &state)
        #expect(state.message?.text == "Председателят върна листа на 02.12.2025 10:00: Обосновката по 1.3 не отговаря на избраното ниво.")
        F.press([.tab], &state)
        let screen = AppView.render(state).buffer.lines.joined(separator: " ")
        #expect(screen.contains("Върнат от председателя на 02.12.2025 10:00. Причина: Обосновката по 1.3"))
    }

    @Test("A proposal not admitted does not ask its quality evaluator about a conflict of interest")
    func notAdmittedAsksNothing() throws {
        var model = try F.model()
        model.admission["33.24-2025-004"] = .notAdmitted(reasons: [], decision: nil)
        #expect(!model.needsConflictAnswer("33.24-2025-004"))
        model.admission["33.24-2025-004"] = .pending(waitingFor: ["e2"])
        #expect(model.needsConflictAnswer("33.24-2025-004"))
    }
}
