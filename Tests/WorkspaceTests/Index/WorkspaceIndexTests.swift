import EvaluationCore
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// A check with the index in a cache folder of the test's own.
struct IndexedWorkspace {
    let fixture: WorkspaceFixture
    let cache: URL

    /// A workspace with two proposals admitted and scored with justifications of real length, left
    /// until its files have settled (`WorkspaceIndex.settleMargin`), so that a check records them.
    static func make(settled: Bool = true) throws -> IndexedWorkspace {
        let fixture = try WorkspaceFixture.make()
        for proposal in ["P-1", "P-2"] {
            try fixture.admit(proposal)
            for evaluator in try fixture.assigned(proposal, .quality) {
                try fixture.score(proposal, by: evaluator, levelIndex: 1, note: String(repeating: "Обосновката се основава на формуляра и на приложенията към него. ", count: 12))
            }
        }
        if settled { Thread.sleep(forTimeInterval: Double(WorkspaceIndex.settleMargin) / 1e9 + 0.2) }
        return IndexedWorkspace(fixture: fixture, cache: try TestFiles.temporaryFolder())
    }

    func check(full: Bool = false, justifications: Bool = true) -> WorkspaceCheck.Report {
        WorkspaceCheck.run(fixture.root, language: .bulgarian, signatures: VerifiedSignatures.load(for: fixture.root, in: cache),
                           index: WorkspaceIndex.load(for: fixture.root, in: cache, justifications: justifications), full: full)
    }

    /// The files the index can give back: every evaluator's file, every log, the register and the draw.
    func indexable() throws -> Int {
        try fixture.contents().keys.count {
            $0.hasPrefix("sheets/") || $0.hasSuffix("audit.jsonl") || $0 == "proposals.json" || $0 == "chair/assignments.json"
        }
    }

    /// Overwrites `count` bytes of `file` at `offset` in place (same inode, same size) and puts its
    /// modification time back, as a careful hand would.
    func overwrite(_ file: URL, at offset: Int, with bytes: [UInt8]) throws {
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as! Date
        let handle = try FileHandle(forWritingTo: file)
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
    }

    /// The texts file the checks wrote in the test's cache folder.
    func textsFile() throws -> URL {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("texts-") })
        return cache.appendingPathComponent(name)
    }

    func remove() {
        fixture.remove()
        try? FileManager.default.removeItem(at: cache)
    }
}

@Suite("WorkspaceIndex: unchanged files are not read again, and no change gets past it")
struct WorkspaceIndexTests {
    @Test("A second check takes the unchanged files from the index and finds the same workspace")
    func secondCheck() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        let first = workspace.check()
        #expect(first.isClean, "\(first.problems)")
        #expect(first.unread == 0)
        let second = workspace.check()
        #expect(second.isClean, "\(second.problems)")
        #expect(second.unread == (try workspace.indexable()))
        #expect(second.summary == first.summary)
        #expect(second.snapshot?.contents == first.snapshot?.contents)
        #expect(second.snapshot?.ranking() == first.snapshot?.ranking())
        let full = workspace.check(full: true)
        #expect(full.unread == 0)
        #expect(full.snapshot?.contents == first.snapshot?.contents)
    }

    @Test("A sheet edited in place, same size, its modification time put back, is still found")
    func editedSheetKeepingTimes() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let evaluator = try workspace.fixture.assigned("P-1", .quality)[0]
        let file = workspace.fixture.layout.evaluatorFolder(evaluator).appendingPathComponent("P-1.quality.json")
        let bytes = try Data(contentsOf: file)
        let place = try #require(bytes.firstRange(of: Data("Обосновката".utf8)))
        try workspace.overwrite(file, at: place.lowerBound, with: Array("Мотивите".utf8) + Array(repeating: UInt8(ascii: " "), count: "Обосновката".utf8.count - "Мотивите".utf8.count))
        let report = workspace.check()
        #expect(report.unread == (try workspace.indexable()) - 1, "every other file from the index")
        #expect(report.problems.contains { $0.contains("sheets/\(evaluator)/P-1.quality.json: съдържанието не съвпада") }, "\(report.problems)")
        #expect(report.snapshot?.qualitySheet(evaluator, "P-1")?.scores.values.contains { $0.note.hasPrefix("Мотивите") } == true)
    }

    @Test("A log line edited in place, same size, its modification time put back, is still found")
    func editedLogKeepingTimes() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let log = workspace.fixture.layout.auditFile("e1")
        let bytes = try Data(contentsOf: log)
        let place = try #require(bytes.firstRange(of: Data("\"actor\":\"e1\"".utf8)))
        try workspace.overwrite(log, at: place.lowerBound, with: Array("\"actor\":\"e2\"".utf8))
        let report = workspace.check()
        #expect(report.unread == (try workspace.indexable()) - 1, "every other file from the index")
        #expect(report.problems.contains { $0.hasPrefix("sheets/e1/audit.jsonl: ред ") }, "\(report.problems)")
    }

    @Test("A file replaced by the same bytes is read again, and the workspace is still in order")
    func replacedBySameBytes() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let file = workspace.fixture.layout.evaluatorFolder("e1").appendingPathComponent("declaration.json")
        try Data(contentsOf: file).write(to: file, options: .atomic)
        let report = workspace.check()
        #expect(report.isClean, "\(report.problems)")
        #expect(report.unread == (try workspace.indexable()) - 1)
    }

    @Test("A damaged or foreign index is not used: the check reads every file and finds the same")
    func damagedIndex() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        let first = workspace.check()
        let file = try #require(WorkspaceIndex.load(for: workspace.fixture.root, in: workspace.cache).file)
        let bytes = try Data(contentsOf: file)
        for damaged in [bytes.prefix(bytes.count / 2), bytes.prefix(20), Data(bytes.reversed()), bytes + Data([7])] {
            try damaged.write(to: file)
            let report = workspace.check()
            #expect(report.unread == 0)
            #expect(report.isClean, "\(report.problems)")
            #expect(report.snapshot?.contents == first.snapshot?.contents)
        }
        let index = WorkspaceIndex.load(for: workspace.fixture.root, in: workspace.cache)
        let other = index.matching(workspaceDigest: String(repeating: "0", count: 64), procedureDigest: String(repeating: "1", count: 64))
        let stamp = try #require(FileStamp(path: workspace.fixture.layout.evaluatorFolder("e1").appendingPathComponent("declaration.json").path))
        #expect(other.document("sheets/e1/declaration.json", stamp: stamp) == nil)
        #expect(index.document("sheets/e1/declaration.json", stamp: stamp) == nil, "an index not matched with its workspace gives nothing back")
    }

    @Test("Files changed less than the settle margin before a check are not recorded")
    func unsettledFiles() throws {
        let workspace = try IndexedWorkspace.make(settled: false)
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        #expect(workspace.check().unread == 0)
    }

    @Test("A sheet saved by the program after a check is read again, and its new content is the one given")
    func savedAfterCheck() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        #expect(workspace.check().unread == (try workspace.indexable()))
        let evaluator = try workspace.fixture.assigned("P-3", .admin)[0]
        let desk = try EvaluatorDesk.open(workspace.fixture.root, evaluator: evaluator, clock: workspace.fixture.clock)
        try desk.save(AdminSheet(proposal: "P-3", evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: workspace.fixture.clock.now()),
                                 answers: ["I.1": .init(.no, note: "Липсва декларация.")]), action: .sheetAnswer)
        desk.close()
        let report = workspace.check()
        #expect(report.isClean, "\(report.problems)")
        #expect(report.snapshot?.adminSheet(evaluator, "P-3")?.answers["I.1"] == .init(.no, note: "Липсва декларация."))
    }
}

extension WorkspaceIndexTests {
    @Test("A texts file cut short, cut in its header, of another token, missing or a link: the justifications come from the sheets, whole")
    func damagedTexts() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        let first = workspace.check()
        #expect(first.isClean)
        _ = workspace.check()
        let file = try workspace.textsFile()
        let bytes = try Data(contentsOf: file)
        let tokenLine = try #require(bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.dropFirst().first)
        var otherToken = bytes
        otherToken[tokenLine - 1] ^= 0x01
        let copy = workspace.cache.appendingPathComponent("copy.bin")
        let damages: [(String, () throws -> Void)] = [
            ("cut in half", { try bytes.prefix(bytes.count / 2).write(to: file) }),
            ("one byte short", { try bytes.dropLast().write(to: file) }),
            ("cut in its header", { try bytes.prefix(10).write(to: file) }),
            ("another token", { try otherToken.write(to: file) }),
            ("missing", { try FileManager.default.removeItem(at: file) }),
            ("a link to a copy", {
                try bytes.write(to: copy)
                try FileManager.default.removeItem(at: file)
                try FileManager.default.createSymbolicLink(at: file, withDestinationURL: copy)
            }),
        ]
        for (damage, apply) in damages {
            // Each damage to the texts file as the check before wrote it, with the index that names it.
            _ = workspace.check()
            try? FileManager.default.removeItem(at: file)
            try bytes.write(to: file)
            let index = try #require(WorkspaceIndex.load(for: workspace.fixture.root, in: workspace.cache).file)
            let indexBytes = try Data(contentsOf: index)
            try apply()
            try indexBytes.write(to: index)
            let report = workspace.check()
            #expect(report.isClean, "\(damage): \(report.problems)")
            #expect(report.snapshot?.qualitySheets == first.snapshot?.qualitySheets, "\(damage): the justifications come back whole")
            #expect(report.snapshot?.withoutJustifications.isEmpty == true, "\(damage)")
            try? FileManager.default.removeItem(at: copy)
        }
    }

    @Test("A check that finds only a log changed keeps the texts file, and the justifications still come back")
    func logChangedKeepsTexts() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        let first = workspace.check()
        #expect(first.isClean)
        let textsFile = try workspace.textsFile()
        let before = try FileManager.default.attributesOfItem(atPath: textsFile.path)[.systemFileNumber] as? Int
        // The chair records a decision: its log and decisions.json change, no sheet does.
        try DecisionService.decide(.budgetCorrection(Money(minorUnits: 10_000)), proposal: "P-1", reason: "Недопустим разход за оборудване.",
                                   actingAs: "chair", in: workspace.fixture.root, clock: workspace.fixture.clock)
        Thread.sleep(forTimeInterval: Double(WorkspaceIndex.settleMargin) / 1e9 + 0.2)
        let second = workspace.check()
        #expect(second.isClean, "\(second.problems)")
        #expect(try FileManager.default.attributesOfItem(atPath: textsFile.path)[.systemFileNumber] as? Int == before, "the texts file was kept")
        let third = workspace.check()
        #expect(third.unread == (try workspace.indexable()))
        #expect(third.snapshot?.qualitySheets == first.snapshot?.qualitySheets, "the justifications come back whole")
    }

    @Test("A check that finds new justifications writes a new texts file with the kept ones copied from the old: the next check reads no file again")
    func newJustificationsCopyKept() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        try workspace.fixture.admit("P-3")
        for evaluator in try workspace.fixture.assigned("P-3", .quality) {
            _ = try workspace.fixture.score("P-3", by: evaluator, levelIndex: 0,
                                            note: String(repeating: "Дейностите са описани ясно и са съотносими с целите на приоритета. ", count: 10))
        }
        Thread.sleep(forTimeInterval: Double(WorkspaceIndex.settleMargin) / 1e9 + 0.2)
        let second = workspace.check()
        #expect(second.isClean, "\(second.problems)")
        let third = workspace.check()
        #expect(third.unread == (try workspace.indexable()), "the sheets kept from before still come from the index")
        #expect(third.snapshot?.qualitySheets == workspace.check(full: true).snapshot?.qualitySheets, "with their justifications whole")
    }

    @Test("A check without the justifications names the proposals whose sheets it gave back without them; the files give them whole")
    func withoutJustificationsNamed() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        let first = try #require(workspace.check(justifications: false).snapshot)
        #expect(first.withoutJustifications.isEmpty, "every sheet was read from its file")
        let second = try #require(workspace.check(justifications: false).snapshot)
        #expect(second.withoutJustifications == ["P-1", "P-2"])
        #expect(second.qualitySheets.values.allSatisfy { $0.values.allSatisfy { $0.scores.values.allSatisfy(\.note.isEmpty) } })
        #expect(workspace.check().snapshot?.withoutJustifications.isEmpty == true)
        #expect(try WorkspaceLoader.load(workspace.fixture.root).get().withoutJustifications.isEmpty)
        for proposal in ["P-1", "P-2"] {
            let evaluators = try workspace.fixture.assigned(proposal, .quality)
            let read = try WorkspaceFiles.qualitySheets(of: proposal, by: evaluators + ["e-none"], workspace.fixture.layout, procedure: first.procedure)
            #expect(read == first.qualitySheets.compactMapValues { $0[proposal] })
        }
    }
}
