import EvaluationCore

/// One open proposal: the tab, the criterion under the cursor on each tab, and the text being edited.
public struct ProposalViewState: Sendable, Equatable {
    public var proposal: String
    public var tab: Tab
    public var adminCursor = 0
    public var qualityCursor = 0
    public var editing: Editing?
    /// The first visible line of the text being edited or shown.
    public var scroll = 0

    public enum Tab: Int, Sendable, CaseIterable {
        case admin
        case quality
        case summary

        public var label: LocalizedText {
            switch self {
            case .admin: LocalizedText(bg: "Административно", en: "Administrative")
            case .quality: LocalizedText(bg: "Качество", en: "Quality")
            case .summary: LocalizedText(bg: "Обобщение", en: "Summary")
            }
        }
    }

    /// What the editor is writing into.
    public struct Editing: Sendable, Equatable {
        public enum Target: Sendable, Equatable {
            /// The note of an admin answer.
            case adminNote(criterion: String)
            /// The justification of a quality score.
            case justification(criterion: String)
            /// The text of a remedy request to the applicant.
            case remedyRequest(criterion: String)
            /// The applicant's reply to a remedy request.
            case remedyReply(criterion: String)
            /// The dates of a remedy request: "sent received [reply]", each ДД.ММ.ГГГГ.
            case remedyDates(criterion: String)
        }

        public var target: Target
        public var editor: TextEditor
        /// Whether Esc goes on to the next criterion (the editor was opened by picking a level or a НЕ).
        public var advanceOnLeave: Bool

        public init(target: Target, editor: TextEditor, advanceOnLeave: Bool = false) {
            self.target = target
            self.editor = editor
            self.advanceOnLeave = advanceOnLeave
        }
    }

    public init(proposal: String, tab: Tab) {
        self.proposal = proposal
        self.tab = tab
    }
}
