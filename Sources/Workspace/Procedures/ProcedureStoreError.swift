import EvaluationCore

/// Why a procedure could not be found or read.
public enum ProcedureStoreError: Error, Sendable, Equatable {
    case configNotFound(searched: [String], overridden: Bool)
    case fileNotReadable(path: String, reason: String)
    case fileTooLarge(path: String, bytes: Int, limit: Int)
    case notFound(reference: String, available: [String])
    case invalid(path: String, issues: [ValidationIssue])
    case duplicateID(id: String, paths: [String])

    /// One line per problem, each naming the file.
    public func lines(in language: Language) -> [String] {
        switch self {
        case .configNotFound(let searched, let overridden):
            let head = overridden
                ? LocalizedText(bg: "\(ConfigLocator.environmentVariable) не сочи папка Config с подпапка procedures:",
                                en: "\(ConfigLocator.environmentVariable) does not point at a Config folder with a procedures folder:")
                : LocalizedText(bg: "не е намерена папка Config/procedures; търсено е в:",
                                en: "no Config/procedures folder was found; searched:")
            return [head.text(in: language)] + searched.map { "  " + $0 }
        case .fileNotReadable(let path, let reason):
            return [LocalizedText(bg: "\(path): файлът не може да бъде прочетен (\(reason))",
                                  en: "\(path): the file cannot be read (\(reason))").text(in: language)]
        case .fileTooLarge(let path, let bytes, let limit):
            return [LocalizedText(bg: "\(path): файлът е \(bytes) байта; процедура може да е най-много \(limit) байта",
                                  en: "\(path): the file has \(bytes) bytes; a procedure may have at most \(limit)").text(in: language)]
        case .notFound(let reference, let available):
            let list = available.isEmpty ? "—" : available.joined(separator: ", ")
            return [LocalizedText(bg: "няма процедура „\(reference)“ (нито файл, нито идентификатор); налични: \(list)",
                                  en: "no procedure \"\(reference)\" (neither a file nor an id); available: \(list)").text(in: language)]
        case .invalid(let path, let issues):
            return issues.map { "\(path): \($0.text(in: language))" }
        case .duplicateID(let id, let paths):
            return [LocalizedText(bg: "процедурата „\(id)“ е в няколко файла: \(paths.joined(separator: ", "))",
                                  en: "the procedure \"\(id)\" is in several files: \(paths.joined(separator: ", "))").text(in: language)]
        }
    }
}
