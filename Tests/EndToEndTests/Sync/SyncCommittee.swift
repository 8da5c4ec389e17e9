import EvaluationCore
import Foundation
import TestSupport
import Workspace

/// A committee on four machines: a bare repository as the remote, the chair's workspace and one
/// clone per evaluator, each member with a key store of their own (as on their own laptop).
struct SyncCommittee {
    let base: URL
    let evaluators = ["e1", "e2", "e3"]
    static let now = "2025-12-02T10:00:00+02:00"

    var remote: URL { base.appendingPathComponent("remote.git") }

    /// The member's copy of the workspace.
    func workspace(_ member: String) -> URL {
        base.appendingPathComponent("ws-\(member)")
    }

    func keys(_ member: String) -> URL {
        base.appendingPathComponent("keys-\(member)")
    }

    /// `ocenka …` as `member` on their machine (their key store, their copy).
    func run(_ member: String, _ arguments: [String], workspace: Bool = true) throws -> CommandRun {
        try CommandRun.ocenka(arguments + (workspace ? ["--workspace", self.workspace(member).path] : []),
                              environment: environment(member))
    }

    func environment(_ member: String) -> [String: String] {
        ["OCENKA_KEYS": keys(member).path, "OCENKA_NOW": Self.now, "OCENKA_LOCK_WAIT": "60"]
    }

    /// `git …` in the member's copy.
    func git(_ member: String, _ arguments: [String]) throws -> ChildProcess.Result {
        try ChildProcess.run("/usr/bin/env", arguments: ["git", "-C", workspace(member).path, "-c", "user.name=Тест",
                                                         "-c", "user.email=test@ocenka.invalid"] + arguments,
                             environment: ProcessInfo.processInfo.environment)
    }

    /// The chair makes the workspace, registers the evaluators' own keys, imports, draws and pushes;
    /// every evaluator joins and declares.
    static func make() throws -> SyncCommittee {
        let committee = SyncCommittee(base: try CommandRun.temporaryFolder())
        try committee.expect(try ChildProcess.run("/usr/bin/env", arguments: ["git", "init", "-q", "--bare", committee.remote.path],
                                                  environment: ProcessInfo.processInfo.environment).status == 0, "git init --bare")
        try committee.expect(committee.run("chair", ["init", committee.workspace("chair").path, "--procedure", "coiduem-33.24-2025", "--git"],
                                           workspace: false), "init --git")
        try committee.expect(committee.run("chair", ["committee", "add", "--id", "chair", "--name", "Елена Стоянова", "--role", "chair"]),
                             "committee add chair")
        for (index, evaluator) in committee.evaluators.enumerated() {
            let key = try committee.run(evaluator, ["key", "new", "--label", evaluator], workspace: false)
            try committee.expect(key, "key new")
            let publicKey = key.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            try committee.expect(committee.run("chair", ["committee", "add", "--as", "chair", "--id", evaluator,
                                                         "--name", "Оценител \(index + 1)", "--role", "evaluator", "--key", publicKey]),
                                 "committee add \(evaluator)")
        }
        let csv = committee.base.appendingPathComponent("register.csv")
        try Data(WorkspaceFixture.csv.utf8).write(to: csv)
        try committee.expect(committee.run("chair", ["proposals", "import", "--as", "chair", csv.path]), "import")
        try committee.expect(committee.run("chair", ["assign", "--as", "chair", "--seed", "11"]), "assign")
        try committee.expect(committee.run("chair", ["sync", "--as", "chair", "--setup", committee.remote.path]), "sync --setup")
        for evaluator in committee.evaluators {
            try committee.expect(committee.run(evaluator, ["join", committee.remote.path, committee.workspace(evaluator).path, "--as", evaluator],
                                               workspace: false), "join \(evaluator)")
            try committee.expect(committee.run(evaluator, ["declare", "--as", evaluator]), "declare \(evaluator)")
        }
        return committee
    }

    /// The proposals assigned to `evaluator` in `stage`, as the chair's copy records them.
    func assigned(_ evaluator: String, _ stage: Assignments.Stage) throws -> [String] {
        try WorkspaceFiles.assignments(WorkspaceLayout(root: workspace("chair"))).proposals(of: evaluator, in: stage)
    }

    /// A complete admin sheet (ДА, Н/П on I.2) of `evaluator` for `proposal`, imported on their machine.
    func importAdmin(_ proposal: String, by evaluator: String) throws {
        let file = base.appendingPathComponent("admin-\(evaluator)-\(proposal).json")
        try WorkspaceIntegrityTests.adminSheetJSON(proposal, evaluator: evaluator).write(to: file)
        try expect(run(evaluator, ["sheet", "import", "--as", evaluator, file.path]), "import admin \(proposal) by \(evaluator)")
    }

    /// A complete quality sheet: every criterion at the level `levelIndex` (0 = highest), justified.
    func importQuality(_ proposal: String, by evaluator: String, levelIndex: Int) throws {
        let procedure = try ProcedureCatalog(configFolder: CommandRun.packageRoot.appendingPathComponent("Config"))
            .procedure(withID: "coiduem-33.24-2025").get().procedure
        var scores: [String: Any] = [:]
        for criterion in procedure.quality!.criteria {
            let level = criterion.levels[min(levelIndex, criterion.levels.count - 1)]
            scores[criterion.id] = ["points": level.points.fixedText,
                                    "note": "Критерий \(criterion.id): описанието в т. 4 на формуляра отговаря на нивото; дейностите са измерими."]
        }
        // As an evaluator would: export the sheet (a draft the interface may have started), fill it in.
        let exported = try run(evaluator, ["sheet", "export", "--as", evaluator, "--proposal", proposal, "--stage", "quality"])
        try expect(exported, "export quality \(proposal) by \(evaluator)")
        var sheet = try JSONSerialization.jsonObject(with: Data(exported.standardOutput.utf8)) as? [String: Any] ?? [:]
        if sheet["conflict"] == nil || sheet["conflict"] is NSNull { sheet["conflict"] = ["declared": false, "at": Self.now] }
        sheet["scores"] = scores
        let file = base.appendingPathComponent("quality-\(evaluator)-\(proposal).json")
        try JSONSerialization.data(withJSONObject: sheet, options: [.sortedKeys]).write(to: file)
        try expect(run(evaluator, ["sheet", "import", "--as", evaluator, file.path]), "import quality \(proposal) by \(evaluator)")
    }

    func submit(_ proposal: String, by evaluator: String, stage: Assignments.Stage) throws {
        try expect(run(evaluator, ["sheet", "submit", "--as", evaluator, "--proposal", proposal, "--stage", stage.rawValue]),
                   "submit \(proposal) \(stage) by \(evaluator)")
    }

    /// Every evaluator's `ocenka sync` started at the same moment; their results.
    func syncAtOnce(_ members: [String]) throws -> [String: Int32] {
        let executable = try OcenkaExecutable.path()
        var pids: [(String, pid_t)] = []
        for member in members {
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("OCENKA_") }
            environment["LANG"] = "C.UTF-8"
            for (key, value) in self.environment(member) { environment[key] = value }
            pids.append((member, try ChildProcess.spawn(executable, arguments: ["sync", "--as", member, "--workspace", workspace(member).path],
                                                        environment: environment)))
        }
        var statuses: [String: Int32] = [:]
        for (member, pid) in pids { statuses[member] = try ChildProcess.wait(pid) }
        return statuses
    }

    func remove() {
        try? FileManager.default.removeItem(at: base)
    }

    private func expect(_ run: CommandRun, _ what: String) throws {
        guard run.status == 0 else { throw FixtureError("\(what): exit \(run.status)\n\(run.standardError)\(run.standardOutput)") }
    }

    private func expect(_ condition: Bool, _ what: String) throws {
        guard condition else { throw FixtureError(what) }
    }
}
