import EvaluationCore
import Terminal

/// Everything the interface shows, as a value: the model of the workspace, where the user is, what
/// they are typing and the last message. `AppUpdate` turns a key into a new state and the effects
/// to carry out; `AppView` draws a state into a screen buffer.
public struct AppState: Sendable, Equatable, Bilingual {
    public var model: EvaluatorModel
    public var language: Language
    public var size: ScreenSize
    /// The evaluator's day: what remedy deadlines are measured against, the same on the summary
    /// tab and in the submit question (each key brings the moment it was read).
    public var today: CalendarDate
    /// The open proposal: its tab, cursors and editor (nil on the declaration and the list). The
    /// updates change it here, in place; there is no second copy.
    public var openProposal: ProposalViewState?
    public var list: ListState
    /// A message for the status line: the result of the last action, or an error.
    public var message: StatusMessage?
    /// Over the screen: help, a question, a confirmation.
    public var overlay: Overlay?
    /// Whether the program should end.
    public var isFinished = false
    /// Why the interface had to end (printed once the terminal is given back); empty when the user quit.
    public var endedBecause: [String] = []
    /// The first visible line of the declaration.
    public var declarationScroll = 0
    /// Notes typed on an admin criterion not yet answered, by proposal and criterion: they go into
    /// the sheet with the answer (`AdminSheet.Answer` needs one).
    public var pendingNotes: [PendingNote: String] = [:]
    /// The sheet as it was before the last change of an answer, a level or a text (`u` puts it back).
    public var undo: UndoStep?
    /// The workspace's standing with the others when it is shared through git (nil: it is not).
    public var sync: SyncStatus?

    public init(model: EvaluatorModel, language: Language, size: ScreenSize, today: CalendarDate) {
        self.model = model
        self.language = language
        self.size = size
        self.today = today
        self.list = ListState()
    }

    /// The screen shown: the declaration until it is accepted (nothing else can be done before), then
    /// the open proposal or the list.
    public var screen: Screen {
        if model.declaration == nil { return .declaration }
        return openProposal == nil ? .list : .proposal
    }

    /// The open proposal's view for the proposal screen's updates, which run only while one is open;
    /// a change made when none is open is dropped.
    var view: ProposalViewState {
        get { openProposal ?? ProposalViewState(proposal: "", tab: .summary) }
        set { if openProposal != nil { openProposal = newValue } }
    }
}

/// Where a note waits for its answer.
public struct PendingNote: Hashable, Sendable {
    public var proposal: String
    public var criterion: String

    public init(proposal: String, criterion: String) {
        self.proposal = proposal
        self.criterion = criterion
    }
}

/// A draft sheet as it was before the last change, and what the change was.
public enum UndoStep: Sendable, Equatable {
    case admin(AdminSheet)
    case quality(QualitySheet)

    public var proposal: String {
        switch self {
        case .admin(let sheet): sheet.proposal
        case .quality(let sheet): sheet.proposal
        }
    }
}

/// The main screens.
public enum Screen: Sendable, Equatable {
    /// The declaration of impartiality and confidentiality, on the first start.
    case declaration
    case list
    /// The open proposal (``AppState/openProposal``).
    case proposal
}

/// What lies over the screen.
public enum Overlay: Sendable, Equatable {
    case help(KeyContext)
    /// The conflict-of-interest question on the first opening of a proposal.
    case conflict(proposal: String)
    /// Submitting a sheet: what is missing (nothing ⇒ the question "submit?"); `scroll` pages the list.
    case submit(proposal: String, stage: Assignments.Stage, missing: [MissingItem], scroll: Int = 0)
    /// A recusal: its reason being typed (Enter goes on to the confirmation).
    case recusal(proposal: String, reason: TextEditor)
    /// The last question before a recusal is recorded.
    case confirmRecusal(proposal: String, reason: String)
    /// The criterion under the cursor in full (its group, every level whole, the justification), scrolled.
    case detail(scroll: Int)
    /// The declaration read to its end: the explicit "I accept" question.
    case confirmDeclaration
}

/// A line for the status bar.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case info
        case success
        case warning
        case error
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// The proposals list: the cursor, the filters and the search.
public struct ListState: Sendable, Equatable {
    public var cursor = 0
    public var scroll = 0
    /// `nil`: every priority.
    public var priority: String?
    public var status: StatusFilter = .all
    public var search = ""
    /// Whether keys go to the search field.
    public var isSearching = false

    public enum StatusFilter: String, Sendable, CaseIterable {
        case all
        case toDo
        case draft
        case submitted
    }

    public init() {}
}
