import EvaluationCore
import Foundation

/// A procedure read from a file, with the exact bytes it was read from (a workspace freezes those).
public struct ProcedureFile: Sendable {
    public let url: URL
    public let data: Data
    public let procedure: Procedure

    /// Files larger than this are refused before they are parsed.
    public static let sizeLimit = 10 * 1024 * 1024

    /// Reads and checks the procedure at `url`.
    public static func load(_ url: URL) -> Result<ProcedureFile, ProcedureStoreError> {
        let path = url.path
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                return .failure(.fileNotReadable(path: path, reason: "това е папка / it is a folder"))
            }
            if let size = attributes[.size] as? Int, size > sizeLimit {
                return .failure(.fileTooLarge(path: path, bytes: size, limit: sizeLimit))
            }
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.fileNotReadable(path: path, reason: FileErrorText.describe(error)))
        }
        switch ProcedureDecoder.decode(data) {
        case .success(let procedure):
            return .success(ProcedureFile(url: url, data: data, procedure: procedure))
        case .failure(let failure):
            return .failure(.invalid(path: path, issues: failure.issues))
        }
    }
}
