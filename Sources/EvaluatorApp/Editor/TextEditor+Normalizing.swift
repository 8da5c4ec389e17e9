import EvaluationCore

extension TextEditor {
    /// `text` with line breaks made "\n" and other control characters (`ControlCharacters.isControl`, a tab too) dropped.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n":
                if !afterCarriageReturn {
                    scalars.append("\n")
                }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}":
                scalars.append("\n")
            default:
                if !ControlCharacters.isControl(scalar) {
                    scalars.append(scalar)
                }
            }
        }
        return String(scalars)
    }

    /// The reason a change that would pass `limit` is refused.
    static func limitReached(_ limit: Int) -> LocalizedText {
        let number = DecimalText.format(Int64(limit), fractionDigits: 0, groupSeparator: " ")
        return LocalizedText(
            bg: "Текстът достига ограничението от \(number) знака.",
            en: "The text reaches the limit of \(number) characters."
        )
    }

    /// Whether `character` takes no column on its own and is not a line break.
    static func isInvisible(_ character: Character) -> Bool {
        character != "\n" && DisplayWidth.of(character) == 0
    }

    /// `pieces` joined without the invisible ones, and `seam` (a UTF-8 offset in the joined
    /// pieces) moved back by the bytes dropped before it.
    static func droppingInvisible(_ pieces: [Character], seam: Int) -> (String, Int) {
        var kept = ""
        var newSeam = seam
        var start = 0
        for piece in pieces {
            let count = piece.utf8.count
            if !isInvisible(piece) {
                kept.append(piece)
            } else if start < seam {
                newSeam -= min(count, seam - start)
            }
            start += count
        }
        return (kept, newSeam)
    }
}
