import Foundation
import Testing

/// A workspace of a seed procedure made with `ocenka init`, `committee add`, `proposals import`,
/// `assign`, `declare`, as a chair and one evaluator make it; files beside it, never inside.
struct SeedWorkspace {
    static let now = "2025-12-02T10:00:00+02:00"
    let base: URL
    let procedureFile: URL
    var root: URL { base.appendingPathComponent("ws") }

    func run(_ arguments: [String]) throws -> CommandRun {
        try CommandRun.ocenka(arguments + ["--workspace", root.path],
                              environment: ["OCENKA_KEYS": base.appendingPathComponent("keys").path, "OCENKA_NOW": SeedWorkspace.now])
    }

    func expectSuccess(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.standardError)", sourceLocation: sourceLocation)
    }

    static func make(procedure: String, csv text: String) throws -> SeedWorkspace {
        let procedureFile = CommandRun.packageRoot.appendingPathComponent("Config/procedures/\(procedure)")
        let workspace = SeedWorkspace(base: try CommandRun.temporaryFolder(), procedureFile: procedureFile)
        let initialized = try CommandRun.ocenka(["init", workspace.root.path, "--procedure", procedureFile.path],
                                                environment: ["OCENKA_KEYS": workspace.base.appendingPathComponent("keys").path, "OCENKA_NOW": now])
        #expect(initialized.status == 0, "\(initialized.standardError)")
        try workspace.expectSuccess(["committee", "add", "--id", "chair", "--name", "Елена Стоянова", "--role", "chair"])
        try workspace.expectSuccess(["committee", "add", "--as", "chair", "--id", "e1", "--name", "Оценител 1", "--role", "evaluator"])
        let csv = workspace.base.appendingPathComponent("register.csv")
        try Data(text.utf8).write(to: csv)
        try workspace.expectSuccess(["proposals", "import", "--as", "chair", csv.path])
        try workspace.expectSuccess(["assign", "--as", "chair", "--seed", "3"])
        try workspace.expectSuccess(["declare", "--as", "e1"])
        return workspace
    }

    /// The checklist of `proposal` answered ДА (Н/П where allowed), with `changes` on top, as a file beside the workspace.
    func sheetFile(_ proposal: String, _ changes: [String: (String, String)], remedy: [[String: Any]] = []) throws -> URL {
        let procedure = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: procedureFile)) as? [String: Any])
        let admin = try #require(procedure["admin"] as? [String: Any])
        var answers: [String: Any] = [:]
        for group in try #require(admin["groups"] as? [[String: Any]]) {
            for criterion in try #require(group["criteria"] as? [[String: Any]]) {
                let id = try #require(criterion["id"] as? String)
                answers[id] = ["answer": criterion["allowsNA"] as? Bool == true ? "na" : "yes", "note": ""]
            }
        }
        for (id, change) in changes { answers[id] = ["answer": change.0, "note": change.1] }
        let sheet: [String: Any] = ["format": 1, "kind": "admin", "proposal": proposal, "evaluator": "e1",
                                    "conflict": ["declared": false, "at": SeedWorkspace.now], "status": "draft",
                                    "answers": answers, "remedy": remedy]
        let file = base.appendingPathComponent("admin-\(proposal).json")
        try JSONSerialization.data(withJSONObject: sheet, options: [.sortedKeys]).write(to: file)
        return file
    }

    /// Imports and submits the checklist of `proposal` (every criterion met unless `changes` say otherwise).
    func check(_ proposal: String, _ changes: [String: (String, String)] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectSuccess(["sheet", "import", "--as", "e1", try sheetFile(proposal, changes).path], sourceLocation: sourceLocation)
        try expectSuccess(["sheet", "submit", "--as", "e1", "--proposal", proposal, "--stage", "admin"], sourceLocation: sourceLocation)
    }

    func remove() { try? FileManager.default.removeItem(at: base) }
}
