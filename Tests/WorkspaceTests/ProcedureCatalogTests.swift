import EvaluationCore
import Foundation
import Testing
import Workspace

@Suite("Finding and reading procedure files")
struct ProcedureCatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("The search order: override, the current folder upwards, beside the executable, the install prefix")
    func searchOrder() {
        let locator = ConfigLocator(environment: [:], currentDirectory: URL(fileURLWithPath: "/home/m/work"),
                                    executable: URL(fileURLWithPath: "/opt/ocenka/bin/ocenka"))
        let paths = locator.candidates.map(\.path)
        #expect(paths.prefix(4) == ["/home/m/work/Config", "/home/m/Config", "/home/Config", "/Config"])
        #expect(paths.contains("/opt/ocenka/bin/Config"))
        #expect(paths.contains("/opt/ocenka/share/ocenka/Config"))
        #expect(paths.suffix(2) == ["/usr/local/share/ocenka/Config", "/usr/share/ocenka/Config"])
        let overridden = ConfigLocator(environment: ["OCENKA_CONFIG": "conf"], currentDirectory: URL(fileURLWithPath: "/srv"),
                                       executable: nil)
        #expect(overridden.candidates.map(\.path) == ["/srv/conf"])
    }

    @Test func findsTheCheckoutsConfig() throws {
        let locator = ConfigLocator(environment: [:], currentDirectory: Self.packageRoot.appendingPathComponent("Sources/Workspace"),
                                    executable: nil)
        let config = try locator.locate().get()
        #expect(config.path == Self.packageRoot.appendingPathComponent("Config").standardizedFileURL.path)
        let catalog = ProcedureCatalog(configFolder: config)
        #expect(try catalog.procedure(withID: "coiduem-33.24-2025").get().procedure.quality?.criteria.count == 23)
    }

    @Test("Two files with one id are an error; a broken file does not hide the others")
    func duplicatesAndBrokenFiles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let procedures = folder.appendingPathComponent("procedures")
        try FileManager.default.createDirectory(at: procedures, withIntermediateDirectories: true)
        let source = Self.packageRoot.appendingPathComponent("Config/procedures/esf-plus-admin-004.json")
        try FileManager.default.copyItem(at: source, to: procedures.appendingPathComponent("a.json"))
        try Data("{ not json".utf8).write(to: procedures.appendingPathComponent("b.json"))
        let catalog = ProcedureCatalog(configFolder: folder)
        #expect(try catalog.procedure(withID: "esf-plus-admin-004").get().url.lastPathComponent == "a.json")
        try FileManager.default.copyItem(at: source, to: procedures.appendingPathComponent("c.json"))
        guard case .failure(.duplicateID(let id, let paths)) = catalog.procedure(withID: "esf-plus-admin-004") else {
            Issue.record("expected a duplicate id error")
            return
        }
        #expect(id == "esf-plus-admin-004")
        #expect(paths.count == 2)
        let entries = try catalog.entries().get()
        #expect(entries.map { $0.url.lastPathComponent } == ["a.json", "b.json", "c.json"])
        guard case .failure(.invalid(_, let issues)) = entries[1].result else {
            Issue.record("expected b.json to be invalid")
            return
        }
        #expect(issues.first?.place == "ред 1, колона 3")
    }

    @Test("A file over the size limit is refused before it is parsed")
    func tooLarge() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.json")
        try Data(count: ProcedureFile.sizeLimit + 1).write(to: file)
        guard case .failure(.fileTooLarge(_, let bytes, _)) = ProcedureFile.load(file) else {
            Issue.record("expected a size error")
            return
        }
        #expect(bytes == ProcedureFile.sizeLimit + 1)
    }

    @Test("resolve takes a path or an id")
    func resolve() throws {
        let catalog = Result<ProcedureCatalog, ProcedureStoreError>.success(
            ProcedureCatalog(configFolder: Self.packageRoot.appendingPathComponent("Config")))
        let byPath = try ProcedureCatalog.resolve("Config/procedures/coiduem-33.24-2025.json", catalog: catalog,
                                                  currentDirectory: Self.packageRoot).get()
        #expect(byPath.procedure.id == "coiduem-33.24-2025")
        let byID = try ProcedureCatalog.resolve("esf-plus-admin-004", catalog: catalog, currentDirectory: Self.packageRoot).get()
        #expect(byID.data.count > 1000)
        guard case .failure(.notFound(_, let available)) = ProcedureCatalog.resolve("x", catalog: catalog, currentDirectory: Self.packageRoot) else {
            Issue.record("expected not found")
            return
        }
        #expect(available == ["bg-rrp-1.024", "bg05sfpr001-1.008", "coiduem-33.24-2025", "esf-plus-admin-004"])
    }
}
