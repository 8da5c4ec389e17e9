extension EditorLayout {
    /// One visual line: the character offsets it covers and its text.
    public struct Line: Equatable, Sendable {
        /// The offsets of its characters, including a "\n" that ends it and a space it breaks at.
        public let range: Range<Int>
        /// Its characters without the "\n" that ends it; a space it breaks at is kept.
        public let text: String

        public init(range: Range<Int>, text: String) {
            self.range = range
            self.text = text
        }
    }
}
