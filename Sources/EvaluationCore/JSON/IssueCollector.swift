/// Gathers every problem of one document, so a reader reports all of them at once, not only the first.
public final class IssueCollector {
    public private(set) var issues: [ValidationIssue] = []

    public init() {}

    public func add(_ path: JSONPath, bg: String, en: String) {
        issues.append(ValidationIssue(path: path, message: LocalizedText(bg: bg, en: en)))
    }

    public func add(_ path: JSONPath, _ message: LocalizedText) {
        issues.append(ValidationIssue(path: path, message: message))
    }

    public var isEmpty: Bool { issues.isEmpty }
}
