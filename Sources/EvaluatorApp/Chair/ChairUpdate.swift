import EvaluationCore
import Terminal

/// The chair's update function: keys → new state and effects; pure.
public enum ChairUpdate {
    public static func context(of state: ChairState) -> KeyContext {
        if state.isShowingHelp { return .help }
        if state.form != nil { return .chairForm }
        if state.comparison != nil { return .chairComparison }
        switch state.screen {
        case .progress: return .chairProgress
        case .decisions: return .chairDecisions
        case .ranking: return .chairRanking
        case .protocolPreview: return .chairProtocol
        }
    }

    /// Handles the keys that arrived together: outside the reason field a burst of
    /// ``AppUpdate/pasteBurst`` or more keys with characters in it is a paste and does nothing.
    public static func handle(burst keys: [Key], in state: inout ChairState) -> [ChairEffect] {
        let typing = state.form.map { $0.step == .reason || !$0.field.isEmpty || $0.choices.isEmpty } ?? false
        if AppUpdate.isPaste(keys), !typing, !AppView.isTooSmall(state.size) {
            state.message = StatusMessage(.warning, state.text("Поставеният текст е пренебрегнат: текст се поставя само в поле за писане.",
                                                               "The pasted text was ignored: text is pasted only into a text field."))
            return []
        }
        var effects: [ChairEffect] = []
        for key in keys where !state.isFinished { effects += handle(key, in: &state) }
        return effects
    }

    public static func handle(_ key: Key, in state: inout ChairState) -> [ChairEffect] {
        if key == .resize { return [] }
        if key == .control("c") {
            state.isFinished = true
            return []
        }
        if AppView.isTooSmall(state.size) { return [] }
        if state.isShowingHelp {
            if KeyBindings.command(for: key, in: .help) == .back { state.isShowingHelp = false }
            return []
        }
        if state.form != nil { return handleForm(key, in: &state) }
        if var comparison = state.comparison {
            switch KeyBindings.command(for: key, in: .chairComparison) {
            case .back?: state.comparison = nil
            case .quit?: state.isFinished = true
            case .help?: state.isShowingHelp = true
            case .nextCriterion?:
                let count = state.model.procedure.quality?.criteria.count ?? 0
                let step = key == .left || key == .character("h") ? -1 : 1
                comparison.criterion = min(max(0, count - 1), max(0, comparison.criterion + step))
                comparison.scroll = 0
            case .moveDown?: comparison.scroll += 1
            case .moveUp?: comparison.scroll = max(0, comparison.scroll - 1)
            case .pageDown?: comparison.scroll += 10
            case .pageUp?: comparison.scroll = max(0, comparison.scroll - 10)
            case .first?: comparison.scroll = 0
            case .last?: comparison.scroll = Int.max / 2
            default: break
            }
            if state.comparison != nil {
                comparison.scroll = min(comparison.scroll, ChairComparisonView.lastScroll(state, comparison: comparison))
                state.comparison = comparison
            }
            return []
        }
        if state.screen == .ranking, case .character(let digit) = key,
           let index = state.model.ranking.groups.firstIndex(where: { $0.id == String(digit) }) {
            state.priorityIndex = index
            state.rankingCursor = 0
            return []
        }
        let context = context(of: state)
        guard var command = KeyBindings.command(for: key, in: context) else { return [] }
        if command == .nextPriority && key == .left { command = .previousPriority }
        state.message = nil
        switch command {
        case .quit:
            state.isFinished = true
        case .help:
            state.isShowingHelp = true
        case .nextTab, .previousTab:
            let all = ChairState.Screen.allCases
            let step = command == .nextTab ? 1 : all.count - 1
            state.screen = all[(state.screen.rawValue + step) % all.count]
            if state.screen == .protocolPreview { return [.loadProtocolPreview] }
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            move(command, in: &state)
        case .open:
            guard state.model.standings.indices.contains(state.progressCursor) else { return [] }
            let id = state.model.standings[state.progressCursor].proposal.id
            state.screen = .decisions
            if let index = state.decisionRows.firstIndex(where: { $0.proposal.id == id }) {
                state.decisionsCursor = index
            } else {
                state.showsAll = true
                state.decisionsCursor = state.decisionRows.firstIndex { $0.proposal.id == id } ?? 0
            }
        case .compareSheets:
            guard let proposal = selectedProposal(state) else { return [] }
            guard state.model.procedure.quality != nil,
                  state.model.assignments.evaluators(of: proposal, in: .quality).contains(where: { state.model.qualitySheets[$0]?[proposal] != nil }) else {
                state.message = StatusMessage(.warning, state.text("По \(proposal) още няма листове за качество.", "There are no quality sheets of \(proposal) yet."))
                return []
            }
            state.comparison = SheetComparison(proposal: proposal)
            if !state.model.hasJustifications(of: proposal) {
                return [.readJustifications(proposal: proposal, evaluators: state.model.qualityEvaluators(of: proposal))]
            }
        case .toggleAll:
            state.showsAll.toggle()
            state.decisionsCursor = 0
        case .previousPriority where state.screen == .protocolPreview, .nextPriority where state.screen == .protocolPreview:
            let widest = state.protocolPreview.map { DisplayWidth.of($0) }.max() ?? 0
            let last = max(0, widest - (state.size.columns - 2))
            state.protocolColumn = min(last, max(0, state.protocolColumn + (command == .nextPriority ? 10 : -10)))
        case .previousPriority, .nextPriority:
            let count = state.model.ranking.groups.count
            guard count > 0 else { return [] }
            state.priorityIndex = (state.priorityIndex + (command == .nextPriority ? 1 : count - 1)) % count
            state.rankingCursor = 0
        case .exportProtocol:
            return [.exportProtocol]
        case .sync:
            guard state.sync != nil else { return [] }
            state.message = StatusMessage(.info, state.text("Синхронизиране…", "Syncing…"))
            return [.sync]
        case .assignEvaluator, .consensusScore, .decideAdmission, .returnSheet, .budgetCorrection, .reorder:
            openForm(command, in: &state)
        default:
            break
        }
        return []
    }

    private static func move(_ command: Command, in state: inout ChairState) {
        let delta: Int
        switch command {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -10
        case .first: delta = -Int.max / 2
        case .last: delta = Int.max / 2
        default: delta = 10
        }
        func clamp(_ value: Int, _ count: Int) -> Int { min(max(0, count - 1), max(0, value)) }
        switch state.screen {
        case .progress: state.progressCursor = clamp(state.progressCursor + delta, state.model.standings.count)
        case .decisions: state.decisionsCursor = clamp(state.decisionsCursor + delta, state.decisionRows.count)
        case .ranking: state.rankingCursor = clamp(state.rankingCursor + delta, state.rankingGroup?.rows.count ?? 0)
        case .protocolPreview: state.protocolScroll = clamp(state.protocolScroll + delta, state.protocolPreview.count)
        }
    }

    /// The proposal an action applies to: the selected row of the screen.
    static func selectedProposal(_ state: ChairState) -> String? {
        switch state.screen {
        case .decisions:
            let rows = state.decisionRows
            return rows.indices.contains(state.decisionsCursor) ? rows[state.decisionsCursor].proposal.id : nil
        case .ranking:
            guard let rows = state.rankingGroup?.rows, rows.indices.contains(state.rankingCursor) else { return nil }
            return rows[state.rankingCursor].proposal
        case .progress:
            return state.model.standings.indices.contains(state.progressCursor) ? state.model.standings[state.progressCursor].proposal.id : nil
        case .protocolPreview:
            return nil
        }
    }

    /// The decisions the selected proposal does not admit: the bar leaves their keys out.
    public static func hiddenCommands(_ state: ChairState) -> Set<Command> {
        state.sync == nil ? hiddenDecisions(state).union([.sync]) : hiddenDecisions(state)
    }

    private static func hiddenDecisions(_ state: ChairState) -> Set<Command> {
        guard state.form == nil, state.comparison == nil, state.screen == .decisions, let proposal = selectedProposal(state) else { return [] }
        var hidden = Set([Command.assignEvaluator, .consensusScore, .decideAdmission].filter { refusal($0, proposal: proposal, in: state) != nil })
        let model = state.model
        let submitted = model.evaluators.contains { evaluator in
            model.adminSheets[evaluator.id]?[proposal]?.status == .submitted || model.qualitySheets[evaluator.id]?[proposal]?.status == .submitted
        }
        if !submitted { hidden.insert(.returnSheet) }
        return hidden
    }

    /// Why the chair cannot take `command` on `proposal` now (the rules `DecisionService` applies),
    /// or `nil` when the decision may be taken: checked before any reason is typed, and used to keep
    /// such keys out of the bar.
    public static func refusal(_ command: Command, proposal: String, in state: ChairState) -> String? {
        let model = state.model
        guard let standing = model.standing(of: proposal) else { return nil }
        var scoresDisagree = false
        if case .needsDecision? = standing.quality { scoresDisagree = true }
        switch command {
        case .assignEvaluator:
            guard model.procedure.quality != nil else { return state.text("Процедурата няма оценка на качеството.", "The procedure has no quality assessment.") }
            return scoresDisagree ? nil : state.text(
                "Допълнителен оценител се определя, когато оценките не могат да се съгласуват; \(proposal) не е такова.",
                "One more evaluator is for scores that cannot be reconciled; \(proposal) is not such a case.")
        case .consensusScore:
            guard model.procedure.quality != nil else { return state.text("Процедурата няма оценка на качеството.", "The procedure has no quality assessment.") }
            return scoresDisagree || model.decisions.consensus(of: proposal) != nil ? nil : state.text(
                "Консенсусна оценка се поставя, когато оценките не могат да се съгласуват; \(proposal) не е такова.",
                "A consensus score is for scores that cannot be reconciled; \(proposal) is not such a case.")
        case .decideAdmission:
            var disagree = false
            if case .disagreement = standing.admin { disagree = true }
            return disagree || model.decisions.admission(of: proposal) != nil ? nil : state.text(
                "Решение за допускане се взема, когато административните листове се разминават; при \(proposal) не е така.",
                "An admission decision is for admin sheets that disagree; those of \(proposal) do not.")
        default:
            return nil
        }
    }

    private static func openForm(_ command: Command, in state: inout ChairState) {
        guard let proposal = selectedProposal(state) else {
            state.message = StatusMessage(.warning, state.text("Изберете предложение.", "Select a proposal."))
            return
        }
        if let refusal = refusal(command, proposal: proposal, in: state) {
            state.message = StatusMessage(.warning, refusal)
            return
        }
        let model = state.model
        switch command {
        case .assignEvaluator:
            let assigned = Set(model.assignments.evaluators(of: proposal, in: .quality))
            let recused = Set(model.evaluators.map(\.id).filter {
                model.adminSheets[$0]?[proposal]?.conflict?.declared == true || model.qualitySheets[$0]?[proposal]?.conflict?.declared == true
            })
            let choices = model.evaluators.filter { !assigned.contains($0.id) && !recused.contains($0.id) }.map {
                DecisionForm.Choice(label: "\($0.name) (\($0.id))", action: .assignEvaluator($0.id))
            }
            guard !choices.isEmpty else {
                state.message = StatusMessage(.warning, state.text("Няма свободен оценител без отвод за \(proposal).",
                                                                   "No evaluator without a recusal is free for \(proposal)."))
                return
            }
            state.form = DecisionForm(kind: .assignEvaluator, proposal: proposal, choices: choices)
        case .consensusScore:
            state.form = DecisionForm(kind: .consensusScore, proposal: proposal)
        case .decideAdmission:
            state.form = DecisionForm(kind: .admission, proposal: proposal, choices: [
                .init(label: state.text("допуска се", "admitted"), action: .admission(true)),
                .init(label: state.text("не се допуска", "not admitted"), action: .admission(false)),
            ])
        case .returnSheet:
            var choices: [DecisionForm.Choice] = []
            for evaluator in model.evaluators {
                if model.adminSheets[evaluator.id]?[proposal]?.status == .submitted {
                    choices.append(.init(label: state.text("административен лист на \(evaluator.name)", "admin sheet of \(evaluator.name)"),
                                         action: .returnSheet(evaluator: evaluator.id, stage: .admin)))
                }
                if model.qualitySheets[evaluator.id]?[proposal]?.status == .submitted {
                    choices.append(.init(label: state.text("лист за качество на \(evaluator.name)", "quality sheet of \(evaluator.name)"),
                                         action: .returnSheet(evaluator: evaluator.id, stage: .quality)))
                }
            }
            guard !choices.isEmpty else {
                state.message = StatusMessage(.warning, state.text("По \(proposal) няма подадени листове.", "\(proposal) has no submitted sheets."))
                return
            }
            state.form = DecisionForm(kind: .returnSheet, proposal: proposal, choices: choices)
        case .budgetCorrection:
            state.form = DecisionForm(kind: .budgetCorrection, proposal: proposal)
        case .reorder:
            guard let group = state.rankingGroup, let row = group.rows.first(where: { $0.proposal == proposal }) else { return }
            let choices = group.rows.filter { $0.proposal != proposal && $0.score == row.score && $0.rank < row.rank }.map {
                DecisionForm.Choice(label: "\($0.rank). \($0.proposal)", action: .reorder(before: $0.proposal))
            }
            guard !choices.isEmpty else {
                state.message = StatusMessage(.warning, state.text("Над \(proposal) няма предложение със същия брой точки.",
                                                                   "There is no proposal with the same score above \(proposal)."))
                return
            }
            state.form = DecisionForm(kind: .reorder, proposal: proposal, choices: choices)
        default:
            break
        }
    }

    private static func handleForm(_ key: Key, in state: inout ChairState) -> [ChairEffect] {
        guard var form = state.form else { return [] }
        defer { if state.form != nil { state.form = form } }
        if key == .escape {
            state.form = nil
            state.message = StatusMessage(.info, state.text("Решението не е записано.", "The decision was not recorded."))
            return []
        }
        switch form.step {
        case .parameter:
            if !form.choices.isEmpty {
                if case .character(let character) = key, let digit = character.wholeNumberValue, character.isASCII,
                   form.choices.indices.contains(digit - 1) {
                    form.chosen = digit - 1
                    form.error = nil
                    form.step = .reason
                }
                return []
            }
            switch key {
            case .enter:
                if let action = action(for: form, language: state.language) {
                    if let problem = parameterProblem(action, proposal: form.proposal, in: state) {
                        form.error = problem
                    } else {
                        form.error = nil
                        form.step = .reason
                    }
                } else {
                    form.error = form.kind == .consensusScore
                        ? state.text("Въведете точки с до два знака след запетаята, напр. 72,50.", "Enter points with at most two decimals, e.g. 72.50.")
                        : state.text("Въведете положителна сума, напр. 1 200,00.", "Enter a positive amount, e.g. 1200.00.")
                }
            case .backspace:
                if !form.field.isEmpty { form.field.removeLast() }
            case .character(let character) where character.isNumber || character == "." || character == "," || character == " ":
                form.field.append(character)
            default:
                break
            }
            return []
        case .reason:
            if key == .enter {
                let reason = form.reason.text.trimmingWhitespace()
                guard !reason.isEmpty else {
                    form.error = state.text("Всяко решение се мотивира: впишете мотивите.", "Every decision needs a reason: write it.")
                    return []
                }
                guard let action = action(for: form, language: state.language) else { return [] }
                form.error = nil
                // The form stays until the decision is recorded (`decided`): a refusal keeps the reason typed.
                return [.decide(action, proposal: form.proposal, reason: reason)]
            }
            let outcome = form.reason.handle(key, width: 56)
            if case .refused(let why) = outcome { form.error = state.text(why) }
            return []
        }
    }

    /// What is wrong with a parameter that parses (points over the maximum, corrections over the
    /// amount requested), before the reason is asked for.
    static func parameterProblem(_ action: ChairAction, proposal: String, in state: ChairState) -> String? {
        let model = state.model
        switch action {
        case .consensusScore(let points):
            guard let maximum = model.procedure.quality?.maxPoints, points > maximum else { return nil }
            return state.text("\(points.localizedNumber) т. е над максимума от \(maximum.localizedNumber) т.",
                              "\(points.fixedText) is above the maximum of \(maximum.fixedText).")
        case .budgetCorrection(let amount):
            guard let requested = model.proposal(withID: proposal)?.requested else { return nil }
            let total = model.decisions.correction(of: proposal) + amount
            guard total > requested else { return nil }
            return state.text("Корекциите (\(total.localizedNumber)) надвишават исканата сума (\(requested.localizedNumber)).",
                              "The corrections (\(total.canonicalText)) exceed the amount requested (\(requested.canonicalText)).")
        default:
            return nil
        }
    }

    /// The action the form describes, once its parameter is valid.
    static func action(for form: DecisionForm, language: Language) -> ChairAction? {
        if let chosen = form.chosen, form.choices.indices.contains(chosen) { return form.choices[chosen].action }
        switch form.kind {
        case .consensusScore:
            guard case .success(let points) = Points.parse(form.field), points >= .zero else { return nil }
            return .consensusScore(points)
        case .budgetCorrection:
            guard case .success(let amount) = Money.parse(form.field), amount > .zero else { return nil }
            return .budgetCorrection(amount)
        default:
            return nil
        }
    }

    // MARK: Events

    /// The update for every event: a burst of keys, a new size, a pause, or the result of an effect.
    public static func update(_ event: ChairEvent, in state: inout ChairState) -> [ChairEffect] {
        switch event {
        case .input(.keys(let keys, _)):
            return handle(burst: keys, in: &state)
        case .input(.resized(let size)):
            guard size != state.size else { return [] }
            state.size = size
            // The preview is laid out for the width.
            return state.screen == .protocolPreview ? [.loadProtocolPreview] : []
        case .input(.idle):
            return [.readWorkspaceIfChanged]
        case .refreshed(let model):
            refreshed(model, in: &state)
            // Read again without the justifications while the comparison shows them.
            if let proposal = state.comparison?.proposal, !state.model.hasJustifications(of: proposal) {
                return [.readJustifications(proposal: proposal, evaluators: state.model.qualityEvaluators(of: proposal))]
            }
        case .justificationsRead(let proposal, let sheets):
            // A sheet that differs from the one held: the workspace changed meanwhile.
            if !state.model.hasJustifications(of: proposal), !state.model.mergeJustifications(of: proposal, from: sheets) {
                return [.readWorkspace]
            }
        case .decided(let decision, let model):
            decided(model, message: state.text(
                "Записано е решение № \(decision.number) (\(decision.kind.label.bulgarian)) за \(decision.proposal).",
                "Recorded decision no. \(decision.number) (\(decision.kind.label.english)) on \(decision.proposal)."), in: &state)
        case .protocolRead(let lines):
            state.protocolPreview = lines
        case .protocolExported(let path, let text):
            state.message = StatusMessage(.success, state.text("Протоколът е записан в \(path) (и CSV до него).",
                                                               "The protocol is written to \(path) (and the CSV beside it)."))
            state.protocolPreview = text
        case .synced(let result, let model):
            decided(model, message: TextLayout.sentence(result.summary), in: &state)
            if !result.problems.isEmpty {
                failed(state.text(SyncResult.failsCheck) + result.problems.joined(separator: " "), in: &state)
            }
        case .syncStatus(let status):
            state.sync = status
        case .failed(let message):
            failed(message, in: &state)
        }
        return []
    }

    /// The workspace changed on disk (a sheet submitted, a decision recorded elsewhere): the model is
    /// read again; cursors stay where they were as far as the new lists allow.
    private static func refreshed(_ model: ChairModel, in state: inout ChairState) {
        guard model != state.model else { return }
        state.model = model
        state.progressCursor = min(state.progressCursor, max(0, model.standings.count - 1))
        state.decisionsCursor = min(state.decisionsCursor, max(0, state.decisionRows.count - 1))
        state.rankingCursor = min(state.rankingCursor, max(0, (state.rankingGroup?.rows.count ?? 1) - 1))
    }

    /// A decision recorded: the new model (read again from the files) and the message.
    private static func decided(_ model: ChairModel, message: String, in state: inout ChairState) {
        state.model = model
        state.form = nil
        state.message = StatusMessage(.success, message)
        state.decisionsCursor = min(state.decisionsCursor, max(0, state.decisionRows.count - 1))
        state.rankingCursor = min(state.rankingCursor, max(0, (state.rankingGroup?.rows.count ?? 1) - 1))
    }

    /// A decision refused or not written: the message is shown, and a form being filled in stays with its reason.
    private static func failed(_ message: String, in state: inout ChairState) {
        let sentence = TextLayout.sentence(message)
        state.message = StatusMessage(.error, sentence)
        if state.form != nil { state.form?.error = sentence }
    }
}
