import EvaluationCore
import Foundation
import Testing
import Workspace

/// `ocenka sync` with real git: a committee on four machines sharing one bare repository.
@Suite("A committee on several machines, synced through git", .serialized, .oneAtATime)
struct SyncTests {
    @Test("Three evaluators score on their own machines and sync at once, in rounds; the chair ranks every sheet; a return reaches the evaluator")
    func committeeRounds() async throws {
        let committee = try SyncCommittee.make()
        defer { committee.remove() }

        // Round 1: every checklist, through `sheet import` — but e1's first one through the interface.
        var throughInterface: String?
        for evaluator in committee.evaluators {
            for proposal in try committee.assigned(evaluator, .admin) {
                if evaluator == "e1" && throughInterface == nil && TmuxSession.isAvailable {
                    throughInterface = proposal
                    try await Self.checklistInInterface(committee, evaluator: "e1", proposal: proposal)
                    continue
                }
                try committee.importAdmin(proposal, by: evaluator)
                try committee.submit(proposal, by: evaluator, stage: .admin)
            }
        }
        let first = try committee.syncAtOnce(committee.evaluators)
        #expect(first.values.allSatisfy { $0 == 0 }, "round 1: \(first)")
        let chairSync = try committee.run("chair", ["sync", "--as", "chair"])
        #expect(chairSync.status == 0, "\(chairSync.standardError)")
        #expect(chairSync.standardOutput.contains("Получено от e"))
        #expect(chairSync.standardOutput.contains("подаден"))

        // Round 2: the quality sheets, synced at once again; the evaluators also receive each other's.
        for evaluator in committee.evaluators {
            for sync in try committee.syncAtOnce([evaluator]) { #expect(sync.value == 0) }
            for proposal in try committee.assigned(evaluator, .quality) {
                try committee.importQuality(proposal, by: evaluator, levelIndex: evaluator == "e2" ? 1 : 0)
                try committee.submit(proposal, by: evaluator, stage: .quality)
            }
        }
        let second = try committee.syncAtOnce(committee.evaluators)
        #expect(second.values.allSatisfy { $0 == 0 }, "round 2: \(second)")
        #expect(try committee.run("chair", ["sync", "--as", "chair"]).status == 0)

        // The chair's ranking holds every submitted sheet: every quality sheet is on the chair's copy.
        let layout = WorkspaceLayout(root: committee.workspace("chair"))
        let snapshot = try WorkspaceLoader.load(layout.root).get()
        for evaluator in committee.evaluators {
            for proposal in try committee.assigned(evaluator, .quality) {
                #expect(snapshot.qualitySheet(evaluator, proposal)?.status == .submitted, "\(evaluator) \(proposal) on the chair's copy")
            }
        }
        let rank = try committee.run("chair", ["rank", "--format", "json"])
        #expect(rank.status == 0, "\(rank.standardError)")
        let protocolRun = try committee.run("chair", ["protocol", "--stdout"])
        #expect(protocolRun.status == 0, "\(protocolRun.standardError)")
        for proposal in snapshot.proposals.map(\.id) where !(try committee.assigned("e1", .quality) + committee.assigned("e2", .quality)
                                                              + committee.assigned("e3", .quality)).filter({ $0 == proposal }).isEmpty {
            #expect(rank.standardOutput.contains("\"\(proposal)\""))
        }

        // The chair returns one of e2's sheets; after both sync, e2 can change it on their machine.
        let returned = try #require(try committee.assigned("e2", .quality).first)
        let returning = try committee.run("chair", ["sheet", "return", "--as", "chair", "--proposal", returned, "--evaluator", "e2",
                                                    "--stage", "quality", "--reason", "Обосновката по критерий 2.3 е непълна."])
        #expect(returning.status == 0, "\(returning.standardError)")
        let chairSend = try committee.run("chair", ["sync", "--as", "chair"])
        #expect(chairSend.status == 0, "\(chairSend.standardError)")
        #expect(chairSend.standardOutput.contains("Записано локално: chair: 1 решение"))
        let received = try committee.run("e2", ["sync", "--as", "e2"])
        #expect(received.status == 0, "\(received.standardError)")
        #expect(received.standardOutput.contains("Получено от председателя: 1 решение"))
        let exported = try committee.run("e2", ["sheet", "export", "--as", "e2", "--proposal", returned, "--stage", "quality"])
        #expect(exported.status == 0, "\(exported.standardError)")
        var sheet = try #require(try JSONSerialization.jsonObject(with: Data(exported.standardOutput.utf8)) as? [String: Any])
        #expect(sheet["status"] as? String == "returned")
        var scores = try #require(sheet["scores"] as? [String: Any])
        scores["2.3"] = ["points": "0", "note": "Задължителната дейност 2.3 не е включена в плана; нивото е променено след връщането."]
        sheet["scores"] = scores
        let edited = committee.base.appendingPathComponent("returned.json")
        try JSONSerialization.data(withJSONObject: sheet, options: [.sortedKeys]).write(to: edited)
        let reimport = try committee.run("e2", ["sheet", "import", "--as", "e2", edited.path])
        #expect(reimport.status == 0, "\(reimport.standardError)")
        try committee.submit(returned, by: "e2", stage: .quality)
        #expect(try committee.run("e2", ["sync", "--as", "e2"]).status == 0)

        // Everyone syncs once more; every copy is clean and the same.
        for member in ["chair"] + committee.evaluators {
            let sync = try committee.run(member, ["sync", "--as", member])
            #expect(sync.status == 0, "\(member): \(sync.standardError)")
        }
        for member in ["chair"] + committee.evaluators {
            let check = try committee.run(member, ["check"])
            #expect(check.status == 0, "check on \(member)'s machine: \(check.standardError)")
        }
        let heads = try (["chair"] + committee.evaluators).map { try committee.git($0, ["rev-parse", "HEAD"]).output }
        #expect(Set(heads).count == 1, "every copy at the same commit: \(heads)")
    }

    /// `evaluator` answers the checklist of `proposal` in the interface and submits it.
    static func checklistInInterface(_ committee: SyncCommittee, evaluator: String, proposal: String) async throws {
        let listed = Set(try committee.assigned(evaluator, .admin) + committee.assigned(evaluator, .quality)).sorted()
        let position = try #require(listed.firstIndex(of: proposal))
        let executable = OcenkaExecutable.shellQuoted(try OcenkaExecutable.path())
        var environment = TmuxSession.utf8Environment
        for (key, value) in committee.environment(evaluator) { environment[key] = value }
        let tmux = try TmuxSession.start("\(executable) --workspace '\(committee.workspace(evaluator).path)' --as \(evaluator); echo \"ocenka-exit=$?\"; exec sleep 600",
                                         columns: 100, rows: 30, environment: environment)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Оценени 0/")
        for _ in 0..<position { try tmux.sendKeys("j") }
        try tmux.sendKeys("Enter")
        try await EvaluatorInterfaceTests.declareNoConflictAndSubmitChecklist(tmux)
        try tmux.sendKeys("Escape")
        try tmux.sendKeys("q")
        _ = try await tmux.waitFor(text: "ocenka-exit=0")
    }

    @Test("F5 in the evaluator's interface sends what waits and reads the workspace again; the chair receives it",
          .enabled(if: TmuxSession.isAvailable))
    func syncFromInterface() async throws {
        let committee = try SyncCommittee.make()
        defer { committee.remove() }
        let proposal = try #require(try committee.assigned("e2", .admin).first)
        try committee.importAdmin(proposal, by: "e2")
        let executable = OcenkaExecutable.shellQuoted(try OcenkaExecutable.path())
        var environment = TmuxSession.utf8Environment
        for (key, value) in committee.environment("e2") { environment[key] = value }
        let tmux = try TmuxSession.start("\(executable) --workspace '\(committee.workspace("e2").path)' --as e2; echo \"ocenka-exit=$?\"; exec sleep 600",
                                         columns: 100, rows: 30, environment: environment)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "несинхронизирано · неизпратени: ")
        try tmux.sendKeys("F5")
        let screen = try await tmux.waitFor(text: "изпратено", timeout: .seconds(30))
        #expect(screen.contains("Записано локално: e2: 1 лист"), "\(screen)")
        try await tmux.waitFor(text: "синхр. 02.12 10:00 (F5)")
        try tmux.sendKeys("q")
        _ = try await tmux.waitFor(text: "ocenka-exit=0")
        let chair = try committee.run("chair", ["sync", "--as", "chair"])
        #expect(chair.standardOutput.contains("Получено от e2: 1 лист"), "\(chair.standardOutput)")
        #expect(try committee.run("e2", ["check"]).status == 0)
    }

    @Test("Sync refuses when another member's file is changed here, and leaves everything as it was")
    func foreignChange() throws {
        let committee = try SyncCommittee.make()
        defer { committee.remove() }
        let proposals = committee.workspace("e1").appendingPathComponent("proposals.json")
        let original = try Data(contentsOf: proposals)
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "24850.00", with: "24999.00").utf8).write(to: proposals)
        let head = try committee.git("e1", ["rev-parse", "HEAD"]).output
        let sync = try committee.run("e1", ["sync", "--as", "e1"])
        #expect(sync.status == 1)
        #expect(sync.standardError.contains("на тази машина са променени файлове, които e1 не пише: proposals.json (на председателя)"))
        #expect(try committee.git("e1", ["rev-parse", "HEAD"]).output == head)
        #expect(try committee.git("e1", ["status", "--porcelain"]).output.contains(" M proposals.json\n"))
        #expect(try Data(contentsOf: proposals) != original, "the edit is left for its author to undo")
    }

    @Test("An unreachable remote: sync commits here and says nothing was sent; the next sync sends it")
    func offline() throws {
        let committee = try SyncCommittee.make()
        defer { committee.remove() }
        let proposal = try #require(try committee.assigned("e2", .admin).first)
        try committee.importAdmin(proposal, by: "e2")
        #expect(try committee.git("e2", ["remote", "set-url", "origin", committee.base.appendingPathComponent("gone.git").path]).status == 0)
        let offline = try committee.run("e2", ["sync", "--as", "e2"])
        #expect(offline.status == 0, "\(offline.standardError)")
        #expect(offline.standardOutput.contains("Записано локално: e2: 1 лист"))
        #expect(offline.standardOutput.contains("Отдалеченото хранилище не е достъпно; нищо не е изпратено"))
        #expect(try committee.git("e2", ["status", "--porcelain"]).output.isEmpty)
        #expect(try committee.git("e2", ["remote", "set-url", "origin", committee.remote.path]).status == 0)
        let online = try committee.run("e2", ["sync", "--as", "e2"])
        #expect(online.status == 0, "\(online.standardError)")
        #expect(online.standardOutput.contains("Изпратено е всичко."))
        let chair = try committee.run("chair", ["sync", "--as", "chair"])
        #expect(chair.standardOutput.contains("Получено от e2: 1 лист"), "\(chair.standardOutput)")
        #expect(try WorkspaceLoader.load(committee.workspace("chair")).get().adminSheet("e2", proposal) != nil)
    }

    @Test("Another member's file edited by hand and committed with git: sync stops, names the file, leaves the repository as it was")
    func handEditConflict() throws {
        let committee = try SyncCommittee.make()
        defer { committee.remove() }
        let proposal = try #require(try committee.assigned("e2", .admin).first)
        try committee.importAdmin(proposal, by: "e2")
        #expect(try committee.run("e2", ["sync", "--as", "e2"]).status == 0)
        // On e1's machine someone writes e2's declaration by hand and commits it with git itself.
        let forged = committee.workspace("e1").appendingPathComponent("sheets/e2/declaration.json")
        try FileManager.default.createDirectory(at: forged.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"forged\": true}\n".utf8).write(to: forged)
        #expect(try committee.git("e1", ["add", "-A"]).status == 0)
        #expect(try committee.git("e1", ["commit", "-q", "-m", "ръчно"]).status == 0)
        let head = try committee.git("e1", ["rev-parse", "HEAD"]).output
        let sync = try committee.run("e1", ["sync", "--as", "e1"])
        #expect(sync.status == 1)
        #expect(sync.standardError.contains("sheets/e2/declaration.json"), "\(sync.standardError)")
        #expect(try committee.git("e1", ["rev-parse", "HEAD"]).output == head)
        #expect(try committee.git("e1", ["status", "--porcelain"]).output.isEmpty)
    }
}
