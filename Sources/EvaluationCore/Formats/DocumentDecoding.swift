import Foundation

/// Shared steps of reading a workspace document: bytes → JSON → checked fields, every problem with
/// its JSON path.
public enum DocumentDecoding {
    /// The longest note or justification accepted (characters).
    public static let maxTextLength = 20_000

    /// Parses `data` and hands the root object to `read`, which reports into the collector.
    public static func decode<T>(_ data: Data, _ read: (JSONObjectReader) -> T?) -> Result<T, ValidationFailure> {
        switch JSONValue.parse(data) {
        case .failure(let error):
            return .failure(ValidationFailure([error.issue]))
        case .success(let value):
            let issues = IssueCollector()
            guard let root = JSONObjectReader(value, at: .root, issues: issues) else {
                return .failure(ValidationFailure(issues.issues))
            }
            let result = read(root)
            if let result, issues.isEmpty { return .success(result) }
            return .failure(ValidationFailure(issues.issues))
        }
    }

    /// Checks `format` is 1.
    public static func checkFormat(_ root: JSONObjectReader) {
        guard let format = root.integer("format", in: 1...Int.max) else { return }
        if format != 1 {
            root.issues.add(root.path.appending("format"),
                            bg: "форматът \(format) не се поддържа; тази версия чете формат 1",
                            en: "format \(format) is not supported; this version reads format 1")
        }
    }

    /// The id of a committee member or a proposal (see `RecordID`).
    public static func id(_ reader: JSONObjectReader, _ key: String) -> String? {
        guard let id = reader.string(key, nonEmpty: false) else { return nil }
        if let problem = RecordID.problem(id) {
            reader.issues.add(reader.path.appending(key), problem)
            return nil
        }
        return id
    }

    /// A text field of the register: no control character; a new line and a tab only when
    /// `multiline` (a title may run over lines; a name, a code or an id may not).
    public static func line(_ reader: JSONObjectReader, _ key: String, required: Bool = true, multiline: Bool = false) -> String? {
        guard let text = reader.string(key, required: required) else { return nil }
        if let bad = ControlCharacters.firstRefused(in: text, multiline: multiline) {
            reader.issues.add(reader.path.appending(key), ControlCharacters.refusal(bad, multiline: multiline))
            return nil
        }
        return text
    }

    /// A note: a string, possibly empty, not longer than `maxTextLength`.
    public static func note(_ reader: JSONObjectReader, _ key: String) -> String? {
        guard reader.has(key) else { return "" }
        guard let text = reader.string(key, nonEmpty: false) else { return nil }
        if let bad = ControlCharacters.firstRefused(in: text, multiline: true) {
            reader.issues.add(reader.path.appending(key), ControlCharacters.refusal(bad, multiline: true))
            return nil
        }
        // A character takes at least one byte: only a text of more bytes than the limit needs counting.
        guard text.utf8.count <= maxTextLength || text.count <= maxTextLength else {
            reader.issues.add(reader.path.appending(key),
                              bg: "текстът е твърде дълъг (\(text.count) знака; най-много \(maxTextLength))",
                              en: "the text is too long (\(text.count) characters; at most \(maxTextLength))")
            return nil
        }
        return text
    }
}
