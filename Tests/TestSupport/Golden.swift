import CustomDump
import Foundation
import Testing

/// Golden files and screen snapshots: a text the tests expect byte for byte, kept in the repository.
/// `OCENKA_UPDATE_GOLDEN=1 swift test --filter …` rewrites them; read the difference before committing.
public enum Golden {
    /// Whether this run rewrites the golden files.
    public static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["OCENKA_UPDATE_GOLDEN"] == "1"
    }

    /// Expects `text` to be the content of the file at `url`, byte for byte (the file is written
    /// first when `isUpdating`). A difference is reported line by line: − the golden file, + now.
    public static func expect(_ text: String, file url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isUpdating {
            try Data(text.utf8).write(to: url)
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("there is no golden file \(url.path); OCENKA_UPDATE_GOLDEN=1 writes it", sourceLocation: sourceLocation)
            return
        }
        guard text != golden else { return }
        Issue.record("""
            \(url.lastPathComponent) differs from its golden file (- the file, + now); read the difference, \
            then OCENKA_UPDATE_GOLDEN=1 if it is right:
            \(changedLines(diff(golden, text) ?? ""))
            """, sourceLocation: sourceLocation)
    }

    /// The changed lines of custom-dump's line-by-line difference (marked `-` and `+`), each run with
    /// two lines around it; the unchanged lines between runs are left out, shown as "…".
    static func changedLines(_ difference: String) -> String {
        let lines = difference.split(separator: "\n", omittingEmptySubsequences: false)
        var kept = Set<Int>()
        for index in lines.indices where lines[index].hasPrefix("-") || lines[index].hasPrefix("+") {
            kept.formUnion(max(0, index - 2)...min(lines.count - 1, index + 2))
        }
        var result: [String] = []
        var previous = -1
        for index in kept.sorted() {
            if index != previous + 1 { result.append("…") }
            result.append(String(lines[index]))
            previous = index
        }
        return result.joined(separator: "\n")
    }
}
