/// What the characters after an Esc mean, when the terminal's description (terminfo) did not name
/// them as a key: the sequences every xterm-like terminal sends (`ESC [ 4 ~` for End under tmux,
/// `ESC O H` for Home, …), the start and end of a bracketed paste, or something unknown, which is
/// swallowed — an unknown sequence is never taken for the Esc key.
public enum EscapeSequence: Equatable, Sendable {
    case key(Key)
    case pasteStart
    case pasteEnd
    case unknown

    /// Whether `body` (the characters after Esc read so far) is a whole sequence: a CSI sequence
    /// (`[` parameters, intermediates, one final character) or an SS3 sequence (`O` and one
    /// character). The terminal session reads Esc followed by any other character as the Esc key
    /// and then that character.
    public static func isComplete(_ body: [Character]) -> Bool {
        guard let first = body.first else { return false }
        switch first {
        case "[":
            guard body.count >= 2, let last = body.last?.unicodeScalars.first?.value else { return false }
            return (0x40...0x7E).contains(last)
        case "O":
            return body.count >= 2
        default:
            return true
        }
    }

    /// Whether `character` can still belong to a CSI sequence (a parameter, an intermediate or a
    /// final character); anything else breaks it off.
    public static func canContinue(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let value = character.unicodeScalars.first?.value else { return false }
        return (0x20...0x7E).contains(value)
    }

    /// The meaning of a whole sequence `body` (without the Esc).
    public init(_ body: [Character]) {
        guard let first = body.first, body.count >= 2, let final = body.last else {
            self = .unknown
            return
        }
        switch first {
        case "[":
            let parameters = String(body.dropFirst().dropLast())
            if final == "~" {
                self = Self.tilde(parameters.split(separator: ";").first.map(String.init) ?? "")
            } else {
                self = Self.letter(final)
            }
        case "O":
            switch final {
            case "P": self = .key(.function(1))
            case "Q": self = .key(.function(2))
            case "R": self = .key(.function(3))
            case "S": self = .key(.function(4))
            case "M": self = .key(.enter)
            default: self = Self.letter(final)
            }
        default:
            self = .unknown
        }
    }

    private static func letter(_ final: Character) -> EscapeSequence {
        switch final {
        case "A": .key(.up)
        case "B": .key(.down)
        case "C": .key(.right)
        case "D": .key(.left)
        case "H": .key(.home)
        case "F": .key(.end)
        case "Z": .key(.backTab)
        default: .unknown
        }
    }

    private static func tilde(_ number: String) -> EscapeSequence {
        switch number {
        case "1", "7": .key(.home)
        case "4", "8": .key(.end)
        case "3": .key(.delete)
        case "5": .key(.pageUp)
        case "6": .key(.pageDown)
        case "200": .pasteStart
        case "201": .pasteEnd
        default:
            if let code = Int(number), let function = functionKeys[code] { .key(.function(function)) } else { .unknown }
        }
    }

    /// The xterm numbers of F1–F12 in `ESC [ n ~`.
    private static let functionKeys: [Int: Int] = [11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12]
}
