import EvaluationCore
import Foundation

/// A sheet taken off line (`sheet export`) and brought back (`sheet import`): the exported file
/// carries `exportedFrom`, the SHA-256 of the sheet on disk it was made from (`null` when there was
/// none), and an import over a sheet that has changed since is refused, naming both versions — as
/// HotCRP refuses an offline review edited online since it was downloaded.
public enum OfflineSheet {
    public static let field = "exportedFrom"

    /// `sheet`'s canonical JSON with the version of `file` added.
    public static func exportData<Sheet: Encodable>(_ sheet: Sheet, from file: URL) throws(WorkspaceError) -> Data {
        do {
            let encoded = try CanonicalJSON.encode(sheet)
            guard case .success(.object(var fields)) = JSONValue.parse(encoded) else {
                throw WorkspaceError.io(path: file.path, operation: "encode", reason: "not an object")
            }
            fields[field] = try version(of: file).map(JSONValue.string) ?? .null
            return try CanonicalJSON.encode(JSONValue.object(fields))
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw .io(path: file.path, operation: "encode", reason: String(describing: error))
        }
    }

    /// Refuses `data` (a sheet to import) when it was exported from another version than `file` is
    /// now. A file without a version may replace a sheet on disk only with `force`, never a
    /// submitted one.
    /// `alsoAccepted`: versions that count as the current one (the file just before the chair's
    /// return was written into it).
    public static func checkVersion(of data: Data, named name: String, against file: URL, alsoAccepted: [String] = [],
                                    force: Bool) throws(WorkspaceError) {
        guard case .success(.object(let fields)) = JSONValue.parse(data) else { return }
        let current = try version(of: file)
        if isSubmitted(file) {
            // A submitted sheet is not changed by any import; the sheet rules say so in their words.
            guard !force else {
                throw .refused(LocalizedText(bg: "\(name): --force не се допуска за подаден лист", en: "\(name): --force is not allowed for a submitted sheet"))
            }
            return
        }
        let short = { (version: String?) -> String in version.map { String($0.prefix(12)) } ?? "—" }
        switch fields[field] {
        case .string(let exported)?:
            guard exported == current || alsoAccepted.contains(exported) else {
                throw stale(name, exported: String(exported.prefix(12)), current: short(current))
            }
        case .null?:
            guard current == nil else { throw stale(name, exported: "—", current: short(current)) }
        case nil:
            guard let current else { return }
            guard force else {
                throw .refused(LocalizedText(
                    bg: "\(name): файлът не носи версия (exportedFrom), а на диска вече има лист (версия \(current.prefix(12))); изведете листа с ocenka sheet export, редактирайте изведения файл и го внесете (или --force за чернова)",
                    en: "\(name): the file carries no version (exportedFrom), and there is a sheet on disk (version \(current.prefix(12))); export the sheet with ocenka sheet export, edit that file and import it (or --force for a draft)"))
            }
        default:
            throw .invalidFile(path: name, issues: [ValidationIssue(place: "$.\(field)", message: LocalizedText(
                bg: "очаква се SHA-256 на листа, от който е изведен файлът, или null", en: "expected the SHA-256 of the sheet the file was exported from, or null"))])
        }
    }

    private static func stale(_ name: String, exported: String, current: String) -> WorkspaceError {
        .refused(LocalizedText(
            bg: "\(name): файлът е изведен от версия \(exported) на листа, а на диска е версия \(current) — листът е променян след извеждането; изведете го отново и пренесете промените си",
            en: "\(name): the file was exported from version \(exported) of the sheet, and the disk holds version \(current) — the sheet changed after the export; export it again and carry your changes over"))
    }

    /// The SHA-256 of the sheet on disk, nil when there is none.
    static func version(of file: URL) throws(WorkspaceError) -> String? {
        guard Posix.entry(at: file.path) != .missing else { return nil }
        return SHA256Digest.hex(try WorkspaceFiles.ownData(file))
    }

    private static func isSubmitted(_ file: URL) -> Bool {
        (try? WorkspaceFiles.ownData(file)).flatMap(SheetStatus.recorded) == .submitted
    }
}
