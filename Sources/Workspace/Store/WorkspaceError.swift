import EvaluationCore
import Foundation

/// Why a workspace operation failed: each case names the file and says what was expected.
public enum WorkspaceError: Error, Sendable, Equatable {
    case io(path: String, operation: String, reason: String)
    case locked(path: String, holder: WriterLock.Holder?)
    case invalidFile(path: String, issues: [ValidationIssue])
    case missingFile(path: String)
    case notEmpty(path: String)
    /// A symbolic link inside a workspace: never followed, never written through.
    case symbolicLink(path: String)
    case notAWorkspace(path: String)
    case procedureChanged(path: String, expected: String, found: String)
    case procedure(ProcedureStoreError)
    case refused(LocalizedText)
    /// A sheet that cannot be submitted yet, and why.
    case incomplete(path: String, items: [MissingItem])
    /// Several problems at once (loading a workspace reports every bad file).
    case many([WorkspaceError])

    /// One line per problem.
    public func lines(in language: Language) -> [String] {
        switch self {
        case .io(let path, let operation, let reason):
            return [LocalizedText(bg: "\(path): операцията \(operation) не успя: \(reason)", en: "\(path): \(operation) failed: \(reason)").text(in: language)]
        case .locked(let path, let holder):
            guard let holder else {
                return [LocalizedText(bg: "\(path): папката се използва от друга сесия на ocenka", en: "\(path): another ocenka session is using this folder").text(in: language)]
            }
            return [LocalizedText(bg: "\(path): папката се използва от друга сесия на ocenka (\(holder.actor), процес \(holder.pid) на \(holder.host), от \(holder.since)); затворете я и опитайте отново",
                      en: "\(path): another ocenka session is using this folder (\(holder.actor), process \(holder.pid) on \(holder.host), since \(holder.since)); close it and try again").text(in: language)]
        case .invalidFile(let path, let issues):
            return issues.map { "\(path): \($0.text(in: language))" }
        case .missingFile(let path):
            return [LocalizedText(bg: "\(path): файлът липсва", en: "\(path): the file is missing").text(in: language)]
        case .notEmpty(let path):
            return [LocalizedText(bg: "\(path): папката не е празна; работното пространство се създава в нова или празна папка",
                      en: "\(path): the folder is not empty; a workspace is created in a new or empty folder").text(in: language)]
        case .symbolicLink(let path):
            return [LocalizedText(bg: "\(path): символна връзка в работното пространство; ocenka не чете и не пише през връзки (заменете я с истинския файл или папка)",
                      en: "\(path): a symbolic link inside the workspace; ocenka neither reads nor writes through links (replace it with the real file or folder)").text(in: language)]
        case .notAWorkspace(let path):
            return [LocalizedText(bg: "\(path): това не е работно пространство на ocenka (няма workspace.json); създайте го с ocenka init или ocenka demo",
                      en: "\(path): this is not an ocenka workspace (no workspace.json); create one with ocenka init or ocenka demo").text(in: language)]
        case .procedureChanged(let path, let expected, let found):
            return [LocalizedText(bg: "\(path): процедурата е променяна след създаването на работното пространство (SHA-256 \(found), а в workspace.json е \(expected))",
                      en: "\(path): the procedure was changed after the workspace was created (SHA-256 \(found), workspace.json records \(expected))").text(in: language)]
        case .procedure(let error):
            return error.lines(in: language)
        case .refused(let message):
            return [message.text(in: language)]
        case .incomplete(let path, let items):
            return [LocalizedText(bg: "\(path): листът не може да бъде подаден; липсва:", en: "\(path): the sheet cannot be submitted yet; missing:").text(in: language)]
                + items.map { "  – " + $0.message.text(in: language) }
        case .many(let errors):
            return errors.flatMap { $0.lines(in: language) }
        }
    }
}
