import EvaluationCore

/// One line of the proposals list, with what the evaluator needs to see at a glance. Its total
/// (`EvaluatorModel.total(of:)`) is worked out only for the rows drawn.
public struct ProposalRow: Sendable, Equatable {
    public let proposal: Proposal
    public let admin: Cell
    public let quality: Cell
    public let isRecused: Bool

    /// A status cell: its text and what it means.
    public struct Cell: Sendable, Equatable {
        public let text: LocalizedText
        public let state: State

        public enum State: Sendable, Equatable {
            /// Nothing for this evaluator to do in this stage.
            case none
            case toDo
            case draft
            case done
            case blocked
        }
    }

    public init(_ proposal: Proposal, model: EvaluatorModel) {
        self.proposal = proposal
        let id = proposal.id
        isRecused = model.hasRecused(id)
        let admitted = model.admission[id]
        if isRecused {
            admin = Cell(text: LocalizedText(bg: "отвод", en: "recused"), state: .done)
        } else if model.assignedAdmin.contains(id), let sheet = model.adminSheets[id], sheet.status == .submitted {
            admin = ProposalRow.admissionCell(admitted, submittedByMe: true)
        } else if model.assignedAdmin.contains(id) {
            let started = !(model.adminSheets[id]?.answers.isEmpty ?? true)
            admin = model.adminSheets[id]?.status == .returned
                ? Cell(text: LocalizedText(bg: "върнат", en: "returned"), state: .toDo)
                : started ? Cell(text: LocalizedText(bg: "чернова", en: "draft"), state: .draft)
                          : Cell(text: LocalizedText(bg: "за проверка", en: "to check"), state: .toDo)
        } else {
            admin = ProposalRow.admissionCell(admitted, submittedByMe: false)
        }
        if isRecused {
            quality = Cell(text: LocalizedText(bg: "отвод", en: "recused"), state: .done)
        } else if !model.assignedQuality.contains(id) {
            quality = Cell(text: LocalizedText(bg: "—", en: "—"), state: .none)
        } else if let sheet = model.qualitySheets[id], sheet.status == .submitted {
            quality = Cell(text: LocalizedText(bg: "подаден", en: "submitted"), state: .done)
        } else if model.qualitySheets[id]?.status == .returned {
            quality = Cell(text: LocalizedText(bg: "върнат", en: "returned"), state: .toDo)
        } else if !model.isAdmitted(id) {
            if case .notAdmitted? = admitted {
                quality = Cell(text: LocalizedText(bg: "не се оценява", en: "not assessed"), state: .none)
            } else {
                quality = Cell(text: LocalizedText(bg: "чака допускане", en: "awaits admission"), state: .blocked)
            }
        } else if !(model.qualitySheets[id]?.scores.isEmpty ?? true) {
            quality = Cell(text: LocalizedText(bg: "чернова", en: "draft"), state: .draft)
        } else {
            quality = Cell(text: LocalizedText(bg: "за оценка", en: "to score"), state: .toDo)
        }
    }

    private static func admissionCell(_ admitted: ProposalStanding.Admin?, submittedByMe: Bool) -> Cell {
        switch admitted {
        case .admitted?: return Cell(text: LocalizedText(bg: "допуснато", en: "admitted"), state: .done)
        case .notAdmitted?: return Cell(text: LocalizedText(bg: "недопуснато", en: "not admitted"), state: .done)
        case .disagreement?: return Cell(text: LocalizedText(bg: "за решение", en: "to decide"), state: submittedByMe ? .done : .none)
        case .pending?, nil:
            return submittedByMe ? Cell(text: LocalizedText(bg: "подаден", en: "submitted"), state: .done)
                                 : Cell(text: LocalizedText(bg: "в проверка", en: "in check"), state: .none)
        }
    }

    /// Whether the row passes the list's status filter.
    public func matches(_ filter: ListState.StatusFilter) -> Bool {
        let states = [admin.state, quality.state]
        switch filter {
        case .all: return true
        case .toDo: return states.contains(.toDo)
        case .draft: return states.contains(.draft)
        case .submitted: return !states.contains(.toDo) && !states.contains(.draft) && states.contains(.done)
        }
    }

    /// The rows of the list as filtered and searched.
    public static func visible(in state: AppState) -> [ProposalRow] {
        visibleIndices(in: state).map { ProposalRow(state.model.proposals[$0], model: state.model) }
    }

    /// Where the rows of `visible(in:)` are in `state.model.proposals`, in order: a row is made only
    /// where the status filter needs it, so that a frame makes only the rows it draws.
    public static func visibleIndices(in state: AppState) -> [Int] {
        let proposals = state.model.proposals
        guard state.list.priority != nil || !state.list.search.isEmpty || state.list.status != .all else { return Array(proposals.indices) }
        let search = state.list.search.lowercased()
        return proposals.indices.filter { index in
            let proposal = proposals[index]
            if let priority = state.list.priority, proposal.priority != priority { return false }
            if !search.isEmpty, !proposal.id.lowercased().contains(search), !proposal.applicant.name.lowercased().contains(search) {
                return false
            }
            return state.list.status == .all || ProposalRow(proposal, model: state.model).matches(state.list.status)
        }
    }
}
