import EvaluationCore
import Terminal

/// The keys of the proposals list: moving, filtering, searching, opening.
enum ListUpdate {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        if state.list.isSearching { return search(key, in: &state) }
        let rows = ProposalRow.visibleIndices(in: state)
        let page = max(1, state.size.rows - 7)
        switch KeyBindings.command(for: key, in: .proposalList) {
        case .moveDown?: state.list.cursor = min(max(0, rows.count - 1), state.list.cursor + 1)
        case .moveUp?: state.list.cursor = max(0, state.list.cursor - 1)
        case .pageDown?: state.list.cursor = min(max(0, rows.count - 1), state.list.cursor + page)
        case .pageUp?: state.list.cursor = max(0, state.list.cursor - page)
        case .first?: state.list.cursor = 0
        case .last?: state.list.cursor = max(0, rows.count - 1)
        case .open?:
            guard rows.indices.contains(state.list.cursor) else { return [] }
            return open(state.model.proposals[rows[state.list.cursor]].id, in: &state)
        case .search?:
            state.list.isSearching = true
            state.list.search = ""
            state.list.cursor = 0
        case .cyclePriorityFilter?:
            let ids = state.model.procedure.hasExplicitPriorities ? state.model.procedure.priorities.map(\.id) : []
            if let current = state.list.priority, let index = ids.firstIndex(of: current) {
                state.list.priority = index + 1 < ids.count ? ids[index + 1] : nil
            } else {
                state.list.priority = ids.first
            }
            state.list.cursor = 0
        case .cycleStatusFilter?:
            let all = ListState.StatusFilter.allCases
            state.list.status = all[(all.firstIndex(of: state.list.status)! + 1) % all.count]
            state.list.cursor = 0
        case .sync?:
            guard state.sync != nil else { return [] }
            state.message = StatusMessage(.info, state.text("Синхронизиране…", "Syncing…"))
            return [.sync]
        case .help?:
            state.overlay = .help(.proposalList)
        case .quit?:
            state.isFinished = true
        default:
            break
        }
        return []
    }

    private static func search(_ key: Key, in state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.list.isSearching = false
        case .escape:
            state.list.isSearching = false
            state.list.search = ""
        case .backspace:
            if !state.list.search.isEmpty { state.list.search.removeLast() }
        case .character(let character) where !character.isNewline:
            state.list.search.append(character)
        case .paste(let text):
            state.list.search += text.filter { !$0.isNewline && !($0.unicodeScalars.first?.properties.generalCategory == .control) }
        default:
            break
        }
        state.list.cursor = 0
        return []
    }

    /// Opens a proposal: first the conflict question if it was never answered; recused proposals stay closed.
    static func open(_ proposal: String, in state: inout AppState) -> [Effect] {
        let model = state.model
        if model.hasRecused(proposal) {
            state.message = StatusMessage(.warning, state.text("Направили сте си отвод по \(proposal); нямате достъп до предложението.",
                                                               "You recused from \(proposal); you have no access to it."))
            return []
        }
        let tab: ProposalViewState.Tab
        if model.assignedAdmin.contains(proposal), model.adminSheets[proposal]?.status != .submitted {
            tab = .admin
        } else if model.assignedQuality.contains(proposal), model.isAdmitted(proposal) {
            tab = .quality
        } else {
            tab = model.assignedAdmin.contains(proposal) ? .admin : .summary
        }
        state.openProposal = ProposalViewState(proposal: proposal, tab: tab)
        state.message = nil
        if let change = model.returnReason(proposal, stage: tab == .admin ? .admin : .quality) {
            state.message = StatusMessage(.warning, state.text("Председателят върна листа на \(change.at.bulgarianText): \(change.reason.replacingNewlines())",
                                                               "The chair returned the sheet at \(change.at.text): \(change.reason.replacingNewlines())"))
        }
        if model.needsConflictAnswer(proposal) { state.overlay = .conflict(proposal: proposal) }
        return [.refreshAdmission(proposal: proposal)]
    }
}
