import EvaluationCore
import Terminal

/// The interface's update function: a key (or the result of an effect) and the state give a new
/// state and the effects to carry out. Pure: no terminal, no files.
public enum AppUpdate {
    /// The width of the text editor for a screen of `size` (the view draws it with the same margins).
    public static func editorWidth(_ size: ScreenSize) -> Int {
        max(10, size.columns - 4)
    }

    /// The fewest keys other than movement in one burst that make it a paste rather than typing: a
    /// person's keys arrive one or two at a time even while a save holds the program up.
    public static let pasteBurst = 3

    /// Handles the keys that arrived together (one read of the terminal). Outside a text field a
    /// burst of ``pasteBurst`` or more keys with characters in it is text pasted without the
    /// terminal marking it (``isPaste(_:)``): none of it is taken as commands, so a paste never picks a
    /// level or an answer.
    public static func handle(burst keys: [Key], in state: inout AppState, now: Timestamp) -> [Effect] {
        if isPaste(keys), !isTyping(state), !AppView.isTooSmall(state.size) {
            state.message = pasteIgnored(state)
            return []
        }
        var effects: [Effect] = []
        for key in keys where !state.isFinished {
            effects += handle(key, in: &state, now: now)
        }
        return effects
    }

    /// Whether `keys`, arrived together, are pasted text: ``pasteBurst`` or more of them that are not
    /// movement keys (a held ↓ or j, or moves typed ahead of a slow frame and then one command, are
    /// not a paste).
    public static func isPaste(_ keys: [Key]) -> Bool {
        keys.filter { !isMovement($0) }.count >= pasteBurst
    }

    static func isMovement(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .left, .right, .pageUp, .pageDown, .home, .end: true
        case .character(let character): "jkhlgG".contains(character)
        default: false
        }
    }

    /// Whether keys go into a text: the editor, the search field, the reason of a recusal.
    public static func isTyping(_ state: AppState) -> Bool {
        if case .recusal? = state.overlay { return true }
        guard state.overlay == nil else { return false }
        switch state.screen {
        case .proposal: return state.openProposal?.editing != nil
        case .list: return state.list.isSearching
        case .declaration: return false
        }
    }

    static func pasteIgnored(_ state: AppState) -> StatusMessage {
        StatusMessage(.warning, state.text("Поставеният текст е пренебрегнат: текст се поставя само в поле за писане (e).",
                                           "The pasted text was ignored: text is pasted only into a text field (e)."))
    }

    /// Handles one key; `now` stamps what it records (a conflict answer, a remedy request).
    public static func handle(_ key: Key, in state: inout AppState, now: Timestamp) -> [Effect] {
        state.today = now.localDate
        if key == .resize { return [] }
        if key == .control("c") {
            state.isFinished = true
            return []
        }
        if AppView.isTooSmall(state.size) { return [] }
        if case .paste = key, !isTyping(state) {
            state.message = pasteIgnored(state)
            return []
        }
        if let overlay = state.overlay {
            return handleOverlay(overlay, key: key, in: &state, now: now)
        }
        switch state.screen {
        case .declaration:
            return handleDeclaration(key, in: &state)
        case .list:
            return ListUpdate.handle(key, in: &state)
        case .proposal:
            return ProposalUpdate.handle(key, in: &state, now: now)
        }
    }

    /// The commands of the current context that would do nothing where the cursor is (a read-only
    /// sheet, Н/П where it is not allowed, a remedy on a criterion that rejects): the bar leaves them out.
    public static func hiddenCommands(_ state: AppState) -> Set<Command> {
        guard state.sync != nil else { return hiddenOnScreen(state).union([.sync]) }
        return hiddenOnScreen(state)
    }

    private static func hiddenOnScreen(_ state: AppState) -> Set<Command> {
        guard state.overlay == nil, let view = state.openProposal else { return [] }
        let model = state.model
        switch view.tab {
        case .admin:
            let writing: Set<Command> = [.answer(.yes), .answer(.no), .answer(.na), .editNote, .requestRemedy, .submit, .undo]
            guard model.editRefusal(of: view.proposal, stage: .admin) == nil else { return writing }
            let criteria = model.procedure.admin.criteria
            guard criteria.indices.contains(view.adminCursor) else { return [] }
            let criterion = criteria[view.adminCursor]
            var hidden: Set<Command> = []
            if !criterion.allowsNA { hidden.insert(.answer(.na)) }
            if criterion.onNo != .remedy || model.adminSheet(view.proposal).answers[criterion.id]?.answer != .no { hidden.insert(.requestRemedy) }
            return hidden
        case .quality:
            let writing: Set<Command> = [.pickLevel(1), .editNote, .submit, .undo, .clearLevel]
            guard model.editRefusal(of: view.proposal, stage: .quality) == nil, model.isAdmitted(view.proposal) else {
                return writing.union([.showDetail])
            }
            return []
        case .summary:
            return ProposalUpdate.submitStage(view, in: model) == nil ? [.submit] : []
        }
    }

    /// The context whose keys apply now (for the bar and the help).
    public static func context(of state: AppState) -> KeyContext {
        switch state.overlay {
        case .help?: return .help
        case .conflict?: return .conflictPrompt
        case .submit(_, _, let missing, _)?: return missing.isEmpty ? .confirmation : .notice
        case .recusal?: return .recusalReason
        case .confirmRecusal?, .confirmDeclaration?: return .confirmation
        case .detail?: return .detail
        case nil: break
        }
        switch state.screen {
        case .declaration: return .declaration
        case .list: return .proposalList
        case .proposal:
            switch state.view.tab {
            case .admin: return .adminTab
            case .quality: return .qualityTab
            case .summary: return .summaryTab
            }
        }
    }

    /// The declaration scrolls; it can be accepted once its end was on the screen, and then only
    /// through the explicit question (``Overlay/confirmDeclaration``).
    private static func handleDeclaration(_ key: Key, in state: inout AppState) -> [Effect] {
        let lines = DeclarationView.lines(state).count
        let page = DeclarationView.visibleRows(state.size)
        let last = max(0, lines - page)
        switch KeyBindings.command(for: key, in: .declaration) {
        case .moveDown?: state.declarationScroll = min(last, state.declarationScroll + 1)
        case .moveUp?: state.declarationScroll = max(0, state.declarationScroll - 1)
        case .pageDown?: state.declarationScroll = min(last, state.declarationScroll + max(1, page - 1))
        case .pageUp?: state.declarationScroll = max(0, state.declarationScroll - max(1, page - 1))
        case .first?: state.declarationScroll = 0
        case .last?: state.declarationScroll = last
        case .accept?:
            if state.declarationScroll < last {
                state.message = StatusMessage(.warning, state.text("Прочетете декларацията докрай (↓, PgDn или End), преди да я приемете.",
                                                                   "Read the declaration to its end (↓, PgDn or End) before accepting it."))
            } else {
                state.message = nil
                state.overlay = .confirmDeclaration
            }
        case .quit?: state.isFinished = true
        default: break
        }
        return []
    }

    private static func handleOverlay(_ overlay: Overlay, key: Key, in state: inout AppState, now: Timestamp) -> [Effect] {
        switch overlay {
        case .help:
            if KeyBindings.command(for: key, in: .help) == .back { state.overlay = nil }
            return []
        case .conflict(let proposal):
            switch KeyBindings.command(for: key, in: .conflictPrompt) {
            case .accept?:
                state.overlay = nil
                return ProposalUpdate.declareConflict(false, reason: nil, proposal: proposal, in: &state, now: now)
            case .recuse?:
                state.overlay = .recusal(proposal: proposal, reason: TextEditor(text: "", limit: 2_000))
            case .back?:
                state.overlay = nil
                state.openProposal = nil
            default:
                break
            }
            return []
        case .submit(let proposal, let stage, let missing, let scroll):
            if !missing.isEmpty {
                switch KeyBindings.command(for: key, in: .notice) {
                case .back?: state.overlay = nil
                case .moveDown?, .pageDown?:
                    state.overlay = .submit(proposal: proposal, stage: stage, missing: missing,
                                            scroll: min(max(0, missing.count - 1), scroll + (key == .pageDown ? 10 : 1)))
                case .moveUp?, .pageUp?:
                    state.overlay = .submit(proposal: proposal, stage: stage, missing: missing, scroll: max(0, scroll - (key == .pageUp ? 10 : 1)))
                default: break
                }
                return []
            }
            switch KeyBindings.command(for: key, in: .confirmation) {
            case .confirm?:
                state.overlay = nil
                return [.submit(proposal: proposal, stage: stage)]
            case .cancel?:
                state.overlay = nil
            default:
                break
            }
            return []
        case .recusal(let proposal, var reason):
            if key == .escape {
                state.overlay = .conflict(proposal: proposal)
                state.message = nil
                return []
            }
            if key == .enter {
                let text = reason.text.trimmingWhitespace()
                if text.isEmpty {
                    state.message = StatusMessage(.warning, state.text("Впишете причината за отвода; без нея отводът не се записва.",
                                                                       "Write the reason for the recusal; without it nothing is recorded."))
                } else {
                    state.message = nil
                    state.overlay = .confirmRecusal(proposal: proposal, reason: text)
                }
                return []
            }
            if case .refused(let why) = reason.handle(key, width: RecusalView.width) {
                state.message = StatusMessage(.warning, state.text(why))
            }
            state.overlay = .recusal(proposal: proposal, reason: reason)
            return []
        case .confirmRecusal(let proposal, let reason):
            switch KeyBindings.command(for: key, in: .confirmation) {
            case .confirm?:
                state.overlay = nil
                state.openProposal = nil
                return ProposalUpdate.declareConflict(true, reason: reason, proposal: proposal, in: &state, now: now)
            case .cancel?:
                state.overlay = .recusal(proposal: proposal, reason: TextEditor(text: reason))
            default:
                break
            }
            return []
        case .detail(let scroll):
            switch KeyBindings.command(for: key, in: .detail) {
            case .back?: state.overlay = nil
            case .moveDown?: state.overlay = .detail(scroll: scroll + 1)
            case .moveUp?: state.overlay = .detail(scroll: max(0, scroll - 1))
            case .pageDown?: state.overlay = .detail(scroll: scroll + max(1, DetailView.pageRows(state.size) - 1))
            case .pageUp?: state.overlay = .detail(scroll: max(0, scroll - max(1, DetailView.pageRows(state.size) - 1)))
            case .first?: state.overlay = .detail(scroll: 0)
            case .last?: state.overlay = .detail(scroll: Int.max / 2)
            default: break
            }
            if case .detail(let wanted)? = state.overlay {
                state.overlay = .detail(scroll: min(wanted, DetailView.lastScroll(state)))
            }
            return []
        case .confirmDeclaration:
            switch KeyBindings.command(for: key, in: .confirmation) {
            case .confirm?:
                state.overlay = nil
                return [.acceptDeclaration]
            case .cancel?:
                state.overlay = nil
            default:
                break
            }
            return []
        }
    }

    // MARK: Events

    /// The update for every event: a burst of keys (its saves coalesced), a new size, or the result
    /// of an effect.
    public static func update(_ event: AppEvent, in state: inout AppState) -> [Effect] {
        switch event {
        case .input(.keys(let keys, let now)):
            return coalesced(handle(burst: keys, in: &state, now: now))
        case .input(.resized(let size)):
            state.size = size
        case .input(.idle):
            break
        case .declared(let declaration):
            state.model.declaration = declaration
            state.message = StatusMessage(.success, state.text("Декларацията е приета.", "The declaration is accepted."))
        case .adminSheetRead(let sheet):
            state.model.setAdminSheet(sheet, of: sheet.proposal)
        case .qualitySheetRead(let sheet):
            state.model.setQualitySheet(sheet, of: sheet.proposal)
        case .submitted(let stage, let proposal):
            state.message = StatusMessage(.success, state.text(
                stage == .admin ? "Административният лист на \(proposal) е подаден." : "Листът за качество на \(proposal) е подаден.",
                stage == .admin ? "The administrative sheet of \(proposal) is submitted." : "The quality sheet of \(proposal) is submitted."))
        case .admission(let admin, let proposal):
            state.model.admission[proposal] = admin
        case .synced(let result, let model):
            state.model = model
            state.sync = result.status
            let kind: StatusMessage.Kind = result.problems.isEmpty ? (result.sent ? .success : .warning) : .error
            let message = result.problems.isEmpty ? result.summary
                : state.text(SyncResult.failsCheck) + result.problems.joined(separator: " ")
            state.message = StatusMessage(kind, TextLayout.sentence(message))
        case .failed(let message):
            state.message = StatusMessage(.error, TextLayout.sentence(message))
        case .ended(let problems):
            state.endedBecause = problems
            state.isFinished = true
        }
        return []
    }

    /// Consecutive saves of the same sheet keep only the last (a paste saves once, not per character).
    static func coalesced(_ effects: [Effect]) -> [Effect] {
        var result: [Effect] = []
        for effect in effects {
            if let last = result.last {
                switch (last, effect) {
                case (.saveAdmin(let a, _), .saveAdmin(let b, _)) where a.proposal == b.proposal:
                    result[result.count - 1] = effect
                    continue
                case (.saveQuality(let a, _), .saveQuality(let b, _)) where a.proposal == b.proposal:
                    result[result.count - 1] = effect
                    continue
                default:
                    break
                }
            }
            result.append(effect)
        }
        return result
    }
}
