/// Whether the session draws in colour or in the monochrome look.
public enum ColorMode: Hashable, Sendable {
    /// Semantic colours are terminal colours on the terminal's own
    /// background.
    case colors
    /// No colours: accent is bold, warning underlined, error bold and
    /// underlined, success plain, muted dim.
    case monochrome

    /// Colours when the terminal has them and the user has not asked for
    /// none: `noColor` is the value of `NO_COLOR` (https://no-color.org),
    /// which turns colours off when it is set and not empty.
    public static func resolve(terminalHasColors: Bool, noColor: String?) -> ColorMode {
        if let noColor, !noColor.isEmpty {
            return .monochrome
        }
        return terminalHasColors ? .colors : .monochrome
    }

    /// How `style` is shown in this mode: the attributes to set and the
    /// colour pair to use (0 is the terminal's own colours; the session
    /// sets up pairs 1 to 4 as ``colorPair(for:)`` numbers them).
    func appearance(of style: Style) -> (attributes: TextAttributes, colorPair: Int16) {
        var attributes = style.attributes
        switch self {
        case .colors:
            switch style.color {
            case .error:
                attributes.insert(.bold)
            case .muted:
                attributes.insert(.dim)
            case .normal, .accent, .warning, .success:
                break
            }
            return (attributes, Self.colorPair(for: style.color))
        case .monochrome:
            switch style.color {
            case .accent:
                attributes.insert(.bold)
            case .warning:
                attributes.insert(.underline)
            case .error:
                attributes.formUnion([.bold, .underline])
            case .muted:
                attributes.insert(.dim)
            case .normal, .success:
                break
            }
            return (attributes, 0)
        }
    }

    /// The colour pair number of `color` in colour mode; 0 for colours
    /// drawn with the terminal's own foreground.
    static func colorPair(for color: SemanticColor) -> Int16 {
        switch color {
        case .normal, .muted: 0
        case .accent: 1
        case .warning: 2
        case .error: 3
        case .success: 4
        }
    }
}
