import EvaluationCore

extension TextEditor {
    /// What a key or a paste did, so that the caller knows whether to save and redraw.
    public enum Outcome: Equatable, Sendable {
        /// The text changed: the caller saves it.
        case changed
        /// Only the cursor moved.
        case moved
        /// Esc: the caller closes the editor (the text was saved at each change).
        case leave
        /// Nothing happened: a key the editor does not use, or a move that cannot go further.
        case ignored
        /// The change was not made, for the reason given.
        case refused(LocalizedText)
    }
}
