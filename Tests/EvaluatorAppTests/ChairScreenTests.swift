import EvaluationCore
import EvaluatorApp
import Foundation
import Terminal
import TestSupport
import Testing

/// A chair's model: four proposals of 33.24-2025 — one ranked in each of two priorities, one whose
/// evaluators differ by more than 20 points, one still being assessed.
enum ChairFixtures {
    static func sheet(_ proposal: String, _ evaluator: String, level: Int, method: QualityMethod, status: SheetStatus = .submitted) -> QualitySheet {
        var sheet = QualitySheet(proposal: proposal, evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: AppFixtures.now),
                                 status: status, submittedAt: status == .submitted ? AppFixtures.now : nil)
        for criterion in method.criteria {
            sheet.scores[criterion.id] = .init(points: criterion.levels[min(level, criterion.levels.count - 1)].points, note: "Обосновка.")
        }
        return sheet
    }

    static func model() throws -> ChairModel {
        let procedure = try AppFixtures.procedure
        let method = procedure.quality!
        let proposals = [
            AppFixtures.proposal(1, "ОУ „Христо Ботев“, гр. Сливен", priority: "1", requested: 2_485_000),
            AppFixtures.proposal(2, "СУ „Васил Левски“, гр. Шумен", priority: "2", requested: 1_800_050),
            AppFixtures.proposal(3, "ДГ „Слънце“, гр. Ямбол", priority: "4", requested: 1_450_000),
            AppFixtures.proposal(4, "Община Кърджали", priority: "4", requested: 1_400_000),
        ]
        var assignments = Assignments(seed: 7)
        var adminSheets: [String: [String: AdminSheet]] = [:]
        var qualitySheets: [String: [String: QualitySheet]] = [:]
        for proposal in proposals {
            assignments.admin[proposal.id] = ["e1"]
            assignments.quality[proposal.id] = ["e1", "e2"]
            adminSheets["e1", default: [:]][proposal.id] = AdminSheet(
                proposal: proposal.id, evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: AppFixtures.now), status: .submitted,
                answers: ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.yes)], submittedAt: AppFixtures.now)
        }
        let levels: [String: (Int, Int)] = ["33.24-2025-001": (0, 0), "33.24-2025-002": (0, 2), "33.24-2025-003": (0, 1), "33.24-2025-004": (1, 1)]
        for (proposal, pair) in levels {
            qualitySheets["e1", default: [:]][proposal] = sheet(proposal, "e1", level: pair.0, method: method)
            qualitySheets["e2", default: [:]][proposal] = sheet(proposal, "e2", level: pair.1, method: method,
                                                                 status: proposal == "33.24-2025-004" ? .draft : .submitted)
        }
        let decisions = DecisionLog()
        let standings = proposals.map { proposal in
            ProposalStanding.make(proposal: proposal, procedure: procedure, assignments: assignments,
                                  adminSheets: adminSheets.values.compactMap { $0[proposal.id] },
                                  qualitySheets: qualitySheets.keys.sorted().compactMap { qualitySheets[$0]?[proposal.id] }, decisions: decisions)
        }
        let committee = [CommitteeMember(id: "chair", name: "Елена Стоянова", role: .chair),
                         CommitteeMember(id: "e1", name: "Мария Петрова", role: .evaluator),
                         CommitteeMember(id: "e2", name: "Георги Димитров", role: .evaluator)]
        let contents = WorkspaceContents(
            procedure: procedure, info: info(procedure, committee: committee), proposals: proposals, assignments: assignments,
            declarations: ["e1": Declaration(evaluator: "e1", acceptedAt: AppFixtures.now)], adminSheets: adminSheets,
            qualitySheets: qualitySheets, decisions: decisions)
        return ChairModel(contents: contents, chair: committee[0], standings: standings,
                          ranking: Ranking.make(procedure: procedure, standings: standings, decisions: decisions))
    }

    /// `workspace.json` of the made-up workspaces: the committee, and a hash that no screen shows.
    static func info(_ procedure: Procedure, committee: [CommitteeMember]) -> WorkspaceInfo {
        WorkspaceInfo(procedure: procedure.id, procedureSha256: String(repeating: "0", count: 64), committee: committee,
                      createdAt: AppFixtures.now)
    }

    static func state(rows: Int = 24, columns: Int = 80) throws -> ChairState {
        ChairState(model: try model(), language: .bulgarian, size: ScreenSize(rows: rows, columns: columns))
    }

    static func press(_ keys: [Key], _ state: inout ChairState) -> [ChairEffect] {
        keys.flatMap { ChairUpdate.handle($0, in: &state) }
    }

    static func expectSnapshot(_ state: ChairState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = ChairView.render(state).buffer.lines.map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }.joined(separator: "\n") + "\n"
        try Golden.expect(text, file: AppFixtures.packageRoot.appendingPathComponent("Tests/EvaluatorAppTests/Snapshots/\(name).txt"),
                          sourceLocation: sourceLocation)
    }
}

@Suite("The chair's screens as text, at 80×24 and 120×40, and their keys")
struct ChairScreenTests {
    typealias F = ChairFixtures
    static let sizes = [(24, 80), (40, 120)]

    @Test(arguments: sizes)
    func progress(rows: Int, columns: Int) throws {
        try F.expectSnapshot(try F.state(rows: rows, columns: columns), "chair-progress-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func decisions(rows: Int, columns: Int) throws {
        var state = try F.state(rows: rows, columns: columns)
        _ = F.press([.tab], &state)
        try F.expectSnapshot(state, "chair-decisions-\(columns)x\(rows)")
    }

    @Test("The evaluators' sheets side by side: each one's level and justification for the chosen criterion", arguments: sizes)
    func comparison(rows: Int, columns: Int) throws {
        var state = try F.state(rows: rows, columns: columns)
        _ = F.press([.tab, .character("s"), .right, .right], &state)
        try F.expectSnapshot(state, "chair-comparison-\(columns)x\(rows)")
        let screen = ChairView.render(state).buffer.lines.joined(separator: "\n")
        #expect(screen.contains("e1 Мария Петрова:") && screen.contains("e2 Георги Димитров:"))
        #expect(screen.contains("Обосновка."))
        _ = F.press([.escape], &state)
        #expect(state.comparison == nil)
    }

    @Test("A recused evaluator is shown as a recusal, not as 0,00")
    func recusalShown() throws {
        var state = try F.state()
        var sheet = QualitySheet(proposal: "33.24-2025-004", evaluator: "e2",
                                 conflict: ConflictDeclaration(declared: true, at: AppFixtures.now, reason: "Роднина на кандидата."))
        sheet.status = .draft
        state.model.contents.qualitySheets["e2"]?["33.24-2025-004"] = sheet
        let progress = ChairView.render(state).buffer.lines.joined(separator: "\n")
        #expect(progress.contains("e2 отвод"))
        _ = F.press([.tab, .character("v"), .end], &state)
        state.decisionsCursor = state.decisionRows.firstIndex { $0.proposal.id == "33.24-2025-004" } ?? 0
        _ = F.press([.character("s")], &state)
        let comparison = ChairView.render(state).buffer.lines.joined(separator: "\n")
        #expect(comparison.contains("e2 Георги Димитров: отвод"))
        #expect(comparison.contains("Причина: Роднина на кандидата."))
    }

    @Test("→ and ← move the protocol preview sideways when its lines are wider than the screen")
    func protocolSideways() throws {
        var state = try F.state()
        state.screen = .protocolPreview
        state.protocolPreview = [String(repeating: "а", count: 95) + "КРАЙ"]
        _ = F.press([.right], &state)
        #expect(state.protocolColumn == 10)
        _ = F.press([.right, .right], &state)
        #expect(state.protocolColumn == 21)
        #expect(ChairView.render(state).buffer.lines[4].contains("КРАЙ"))
        _ = F.press([.left, .left, .left], &state)
        #expect(state.protocolColumn == 0)
        #expect(state.priorityIndex == 0)
    }

    @Test("A workspace changed elsewhere replaces the model and keeps the cursor in range")
    func refreshed() throws {
        var state = try F.state()
        _ = F.press([.down, .down, .down], &state)
        var model = try F.model()
        model.standings.removeLast()
        _ = ChairUpdate.update(.refreshed(model), in: &state)
        #expect(state.model == model)
        #expect(state.progressCursor == 2)
    }

    @Test(arguments: sizes)
    func consensusForm(rows: Int, columns: Int) throws {
        var state = try F.state(rows: rows, columns: columns)
        _ = F.press([.tab, .character("c"), .character("7"), .character("2"), .character(","), .character("5"), .enter]
                    + "Обсъдено в заседание.".map { Key.character($0) }, &state)
        try F.expectSnapshot(state, "chair-form-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func ranking(rows: Int, columns: Int) throws {
        var state = try F.state(rows: rows, columns: columns)
        _ = F.press([.tab, .tab, .character("1")], &state)
        try F.expectSnapshot(state, "chair-ranking-\(columns)x\(rows)")
    }

    @Test(arguments: sizes)
    func protocolPreview(rows: Int, columns: Int) throws {
        var state = try F.state(rows: rows, columns: columns)
        #expect(F.press([.backTab], &state) == [.loadProtocolPreview])
        state.protocolPreview = (1...60).map { "Ред \($0) от протокола: „Оценителната комисия в състав …“" }
        _ = F.press([.pageDown], &state)
        try F.expectSnapshot(state, "chair-protocol-\(columns)x\(rows)")
    }

    @Test("The consensus form: points, then a mandatory reason, then the effect")
    func consensusEffect() throws {
        var state = try F.state()
        _ = F.press([.tab, .character("c"), .character("x"), .enter], &state)
        #expect(state.form?.error?.contains("Въведете точки") == true)
        _ = F.press([.character("7"), .character("2"), .enter, .enter], &state)
        #expect(state.form?.error?.contains("Всяко решение се мотивира") == true)
        let effects = F.press("Разлика в група 4.".map { Key.character($0) } + [.enter], &state)
        #expect(effects == [.decide(.consensusScore(Points(72)), proposal: "33.24-2025-002", reason: "Разлика в група 4.")])
        _ = ChairUpdate.update(.failed("консенсусна оценка се поставя, когато оценките не могат да се съгласуват"), in: &state)
        #expect(state.form?.reason.text == "Разлика в група 4.")
        #expect(state.message?.text == "Консенсусна оценка се поставя, когато оценките не могат да се съгласуват")
        let decision = Decision(number: 3, kind: .consensusScore, proposal: "33.24-2025-002", reason: "Разлика в група 4.",
                                by: "chair", at: AppFixtures.now, points: Points(72))
        _ = ChairUpdate.update(.decided(decision, model: try F.model()), in: &state)
        #expect(state.form == nil)
        #expect(state.message?.text.hasPrefix("Записано е решение № 3 (") == true)
    }

    @Test("Decisions not allowed are refused before any reason is typed; points over the maximum before the reason")
    func refusedEarly() throws {
        var state = try F.state()
        _ = F.press([.tab, .character("v")], &state)
        state.decisionsCursor = state.decisionRows.firstIndex { $0.proposal.id == "33.24-2025-001" } ?? 0
        _ = F.press([.character("c")], &state)
        #expect(state.form == nil)
        #expect(state.message?.text.contains("Консенсусна оценка се поставя, когато оценките не могат да се съгласуват") == true)
        _ = F.press([.character("a")], &state)
        #expect(state.form == nil)
        #expect(state.message?.text.contains("Решение за допускане се взема") == true)
        #expect(!KeyBindings.bar(for: .chairDecisions, language: .bulgarian, hiding: ChairUpdate.hiddenCommands(state)).contains("c консенсус"))
        state.decisionsCursor = state.decisionRows.firstIndex { $0.proposal.id == "33.24-2025-002" } ?? 0
        _ = F.press([.character("c"), .character("1"), .character("2"), .character("0"), .enter], &state)
        #expect(state.form?.step == .parameter)
        #expect(state.form?.error?.contains("над максимума") == true)
    }

    @Test("One more evaluator is chosen from those not yet on the proposal; Esc cancels a form")
    func assignAndCancel() throws {
        var state = try F.state()
        _ = F.press([.tab, .character("o")], &state)
        #expect(state.form?.kind == nil)
        #expect(state.message?.text.contains("Няма свободен оценител") == true)
        _ = F.press([.character("b"), .escape], &state)
        #expect(state.form == nil)
        #expect(state.message?.text == "Решението не е записано.")
    }

    @Test("The ranking switches priority by its digit and by arrows; x on the protocol screen exports")
    func rankingKeys() throws {
        var state = try F.state()
        _ = F.press([.tab, .tab], &state)
        #expect(state.rankingGroup?.id == "1")
        _ = F.press([.character("4")], &state)
        #expect(state.rankingGroup?.id == "4")
        _ = F.press([.right], &state)
        #expect(state.rankingGroup?.id == "1")
        _ = F.press([.left], &state)
        #expect(state.rankingGroup?.id == "4")
        #expect(F.press([.tab, .character("x")], &state) == [.loadProtocolPreview, .exportProtocol])
        _ = F.press([.character("q")], &state)
        #expect(state.isFinished)
    }

    @Test("Progress counts each evaluator's sheets per stage")
    func progressCounts() throws {
        let model = try F.model()
        #expect(model.progress(of: "e2", stage: .quality) == ChairModel.Progress(assigned: 4, started: 1, submitted: 3, recused: 0))
        #expect(model.progress(of: "e1", stage: .admin) == ChairModel.Progress(assigned: 4, started: 0, submitted: 4, recused: 0))
        #expect(model.needingDecision.map(\.proposal.id) == ["33.24-2025-002", "33.24-2025-003"])
    }
}
