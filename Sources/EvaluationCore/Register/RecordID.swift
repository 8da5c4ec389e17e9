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
        // The common case, a valid id, on its bytes, before the messages are put together.
        if follows(id.utf8) { return nil }
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

    /// The rule on UTF-8: 1 to `maximumLength` bytes of `[A-Za-z0-9._-]`, the first not a dot.
    private static func follows(_ utf8: String.UTF8View) -> Bool {
        guard (1...maximumLength).contains(utf8.count), utf8.first != UInt8(ascii: ".") else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"): true
            default: false
            }
        }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}
