import EvaluationCore
import Terminal

/// The chair's interface as a value: the model, the screen, the cursors, a decision being filled in.
public struct ChairState: Sendable, Equatable, Bilingual {
    public var model: ChairModel
    public var language: Language
    public var size: ScreenSize
    public var screen: Screen = .progress
    public var progressCursor = 0
    public var decisionsCursor = 0
    /// The decisions screen lists every proposal, not only those that need a decision.
    public var showsAll = false
    public var priorityIndex = 0
    public var rankingCursor = 0
    public var protocolScroll = 0
    /// The first column of the protocol shown (its lines are at least 80 columns wide).
    public var protocolColumn = 0
    /// The protocol's text for the preview, filled in by the program when the screen opens.
    public var protocolPreview: [String] = []
    public var form: DecisionForm?
    /// The evaluators' quality sheets of one proposal side by side, criterion by criterion.
    public var comparison: SheetComparison?
    public var isShowingHelp = false
    public var message: StatusMessage?
    public var isFinished = false
    /// The workspace's standing with the others when it is shared through git (nil: it is not).
    public var sync: SyncStatus?

    public enum Screen: Int, Sendable, CaseIterable {
        case progress
        case decisions
        case ranking
        case protocolPreview

        public var label: LocalizedText {
            switch self {
            case .progress: LocalizedText(bg: "Напредък", en: "Progress")
            case .decisions: LocalizedText(bg: "Решения", en: "Decisions")
            case .ranking: LocalizedText(bg: "Класиране", en: "Ranking")
            case .protocolPreview: LocalizedText(bg: "Протокол", en: "Protocol")
            }
        }
    }

    public init(model: ChairModel, language: Language, size: ScreenSize) {
        self.model = model
        self.language = language
        self.size = size
    }

    /// The proposals the decisions screen lists.
    public var decisionRows: [ProposalStanding] {
        showsAll ? model.standings : model.needingDecision
    }

    /// The ranking list shown (the selected priority's).
    public var rankingGroup: Ranking.Group? {
        let groups = model.ranking.groups
        guard !groups.isEmpty else { return nil }
        return groups[min(priorityIndex, groups.count - 1)]
    }
}

/// The side-by-side view of a proposal's quality sheets: the criterion shown and how far it is scrolled.
public struct SheetComparison: Sendable, Equatable {
    public var proposal: String
    public var criterion = 0
    public var scroll = 0

    public init(proposal: String) {
        self.proposal = proposal
    }
}

/// A decision of the chair being filled in: first its parameter (an evaluator or a sheet to pick, a
/// number of points, an amount, yes or no), then its reason.
public struct DecisionForm: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case assignEvaluator
        case consensusScore
        case admission
        case returnSheet
        case budgetCorrection
        case reorder
    }

    public enum Step: Sendable, Equatable {
        case parameter
        case reason
    }

    /// A choice offered by a digit.
    public struct Choice: Sendable, Equatable {
        public var label: String
        public var action: ChairAction
    }

    public var kind: Kind
    public var proposal: String
    public var step: Step
    /// For kinds chosen from a list (evaluator, sheet, yes/no, the proposal to go before).
    public var choices: [Choice]
    public var chosen: Int?
    /// For points and amounts, as typed.
    public var field: String
    public var reason: TextEditor
    public var error: String?

    public init(kind: Kind, proposal: String, choices: [Choice] = []) {
        self.kind = kind
        self.proposal = proposal
        self.step = .parameter
        self.choices = choices
        self.field = ""
        self.reason = TextEditor(text: "", limit: 2_000)
    }
}

/// What the chair's interface asks the program to do.
public enum ChairAction: Sendable, Equatable {
    case assignEvaluator(String)
    case consensusScore(Points)
    case admission(Bool)
    case returnSheet(evaluator: String, stage: Assignments.Stage)
    case budgetCorrection(Money)
    case reorder(before: String)
}

/// What the chair's screens ask the program to do; it reports back with a ``ChairEvent``.
public enum ChairEffect: Sendable, Equatable {
    case decide(ChairAction, proposal: String, reason: String)
    case exportProtocol
    case loadProtocolPreview
    /// Read the workspace again if another process changed it since it was last read.
    case readWorkspaceIfChanged
    /// Read the whole workspace again: what the screens hold no longer matches the files.
    case readWorkspace
    /// Read the quality sheets of `proposal` by `evaluators` from their files, for the
    /// justifications the model was made without (`ChairModel.withoutJustifications`).
    case readJustifications(proposal: String, evaluators: [String])
    /// Sync the workspace with the others (`ocenka sync`); the screens then read it again.
    case sync
}
