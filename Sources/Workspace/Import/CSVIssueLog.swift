import EvaluationCore

/// Gathers the problems of one CSV file, each placed as "FILE:LINE: column", "FILE:LINE" or "FILE".
struct CSVIssueLog {
    let fileName: String
    private(set) var issues: [ValidationIssue] = []

    init(fileName: String) {
        self.fileName = fileName
    }

    var isEmpty: Bool { issues.isEmpty }

    mutating func add(line: Int? = nil, column: String? = nil, _ message: LocalizedText) {
        var place = fileName
        if let line { place += ":\(line)" }
        if let column { place += ": " + (column.dropFirst(60).isEmpty ? column : column.prefix(60) + "…") }
        issues.append(ValidationIssue(place: place, message: message))
    }

    mutating func add(line: Int? = nil, column: String? = nil, bg: String, en: String) {
        add(line: line, column: column, LocalizedText(bg: bg, en: en))
    }

    var failure: ValidationFailure { ValidationFailure(issues) }
}

extension String {
    /// The text in Bulgarian quotation marks, shortened to `limit` characters for a message.
    func quotedForMessage(limit: Int = 60) -> String {
        let shown = dropFirst(limit).isEmpty ? self : String(prefix(limit)) + "…"
        return "„\(shown)“"
    }

    /// The text in English quotation marks, shortened to `limit` characters for a message.
    func quotedForEnglishMessage(limit: Int = 60) -> String {
        let shown = dropFirst(limit).isEmpty ? self : String(prefix(limit)) + "…"
        return "\"\(shown)\""
    }
}
