import EvaluationCore
import Foundation

/// The procedures in a `Config/procedures` folder, and finding one by id or by file.
public struct ProcedureCatalog: Sendable {
    public let configFolder: URL

    public init(configFolder: URL) {
        self.configFolder = configFolder
    }

    public var proceduresFolder: URL {
        configFolder.appendingPathComponent("procedures", isDirectory: true)
    }

    /// Every `*.json` file in the folder, sorted by name.
    public func files() -> Result<[URL], ProcedureStoreError> {
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: proceduresFolder.path)
            return .success(names.filter { $0.hasSuffix(".json") }.sorted().map {
                proceduresFolder.appendingPathComponent($0, isDirectory: false)
            })
        } catch {
            return .failure(.fileNotReadable(path: proceduresFolder.path, reason: FileErrorText.describe(error)))
        }
    }

    /// Every file with what reading it gave.
    public func entries() -> Result<[(url: URL, result: Result<ProcedureFile, ProcedureStoreError>)], ProcedureStoreError> {
        files().map { urls in urls.map { (url: $0, result: ProcedureFile.load($0)) } }
    }

    /// The procedure `reference` names: a path to a file (anything with a "/" or ending in ".json" that
    /// exists), else the `id` of a procedure in the folder.
    public static func resolve(
        _ reference: String, catalog: Result<ProcedureCatalog, ProcedureStoreError>, currentDirectory: URL
    ) -> Result<ProcedureFile, ProcedureStoreError> {
        let fileURL = URL(fileURLWithPath: reference, relativeTo: currentDirectory).standardizedFileURL
        if reference.contains("/") || reference.hasSuffix(".json") || FileManager.default.fileExists(atPath: fileURL.path) {
            return ProcedureFile.load(fileURL)
        }
        switch catalog {
        case .failure(let error):
            return .failure(error)
        case .success(let catalog):
            return catalog.procedure(withID: reference)
        }
    }

    /// The procedure whose `id` is `id`. A broken file does not hide the others; two files with one
    /// id are an error.
    public func procedure(withID id: String) -> Result<ProcedureFile, ProcedureStoreError> {
        switch entries() {
        case .failure(let error):
            return .failure(error)
        case .success(let entries):
            let loaded = entries.compactMap { try? $0.result.get() }
            let matches = loaded.filter { $0.procedure.id == id }
            if matches.count > 1 {
                return .failure(.duplicateID(id: id, paths: matches.map(\.url.path)))
            }
            if let match = matches.first { return .success(match) }
            return .failure(.notFound(reference: id, available: loaded.map(\.procedure.id).sorted()))
        }
    }
}
