/// How a cell is shown: a semantic colour and attributes.
public struct Style: Hashable, Sendable {
    public var color: SemanticColor
    public var attributes: TextAttributes

    public init(color: SemanticColor = .normal, attributes: TextAttributes = []) {
        self.color = color
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with `attributes` added.
    public func adding(_ attributes: TextAttributes) -> Style {
        Style(color: color, attributes: self.attributes.union(attributes))
    }
}
