/// The rule for the ids of committee members and proposals, which become folder and file names
/// (`sheets/<member>/<proposal>.quality.json`): 1 to 64 characters of `[A-Za-z0-9._-]`, not
/// starting with a dot (so never `.`, `..` or a hidden file).
public enum RecordID {
    public static let maximumLength = 64

    /// Whether `id` follows the rule.
    public static func isValid(_ id: String) -> Bool {
        problem(id) == nil
    }

    /// What is wrong with `id`, or `nil` when it follows the rule.
    public static func problem(_ id: String) -> LocalizedText? {
        let scalars = id.unicodeScalars
        let rule = LocalizedText(
            bg: "до \(maximumLength) знака, само латински букви, цифри, „.“, „_“ и „-“, без „.“ в началото",
            en: "at most \(maximumLength) characters, only Latin letters, digits, \".\", \"_\" and \"-\", not starting with \".\"")
        let shown = id.count > maximumLength
            ? String(id.prefix(maximumLength)).escapingControlCharacters + "…" : id.escapingControlCharacters
        func refusal(_ bg: String, _ en: String) -> LocalizedText {
            LocalizedText(bg: "„\(shown)“ не е допустим номер (\(bg)); номерът е \(rule.bulgarian)",
                          en: "\"\(shown)\" is not a valid id (\(en)); an id is \(rule.english)")
        }
        if scalars.isEmpty { return LocalizedText(bg: "номерът е празен; номерът е \(rule.bulgarian)",
                                                  en: "the id is empty; an id is \(rule.english)") }
        if scalars.count > maximumLength {
            return refusal("\(scalars.count) знака", "\(scalars.count) characters")
        }
        if let bad = scalars.first(where: { !isAllowed($0) }) {
            let printable = !ControlCharacters.isControl(bad) && bad.properties.generalCategory != .format
            let name = ControlCharacters.name(bad)
            if bad == " " { return refusal("съдържа интервал", "contains a space") }
            return printable
                ? refusal("съдържа „\(bad)“ (\(name))", "contains \"\(bad)\" (\(name))")
                : refusal("съдържа \(name)", "contains \(name)")
        }
        if scalars.first == "." { return refusal("започва с точка", "starts with a dot") }
        return nil
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}
