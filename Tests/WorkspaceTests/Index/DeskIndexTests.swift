import EvaluationCore
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The evaluator's desk reading through the index a check left: what it gives back is what the
/// files give, whatever changed after the check.
@Suite("EvaluatorDesk through the index: the same sheets as from the files, and no change gets past it")
struct DeskIndexTests {
    /// The register and every proposal's sheets as `evaluator`'s desk reads them, through the
    /// workspace's index (`indexed`) or from the files only.
    static func read(_ workspace: IndexedWorkspace, as evaluator: String, indexed: Bool) throws
        -> (proposals: [Proposal], assignments: Assignments, sheets: [EvaluatorDesk.ProposalSheets]) {
        let root = workspace.fixture.root
        let desk = try EvaluatorDesk.open(root, evaluator: evaluator, clock: workspace.fixture.clock) {
            indexed ? WorkspaceIndex.load(for: root, in: workspace.cache, justifications: false) : .none
        }
        defer { desk.close() }
        return (desk.proposals, desk.assignments, desk.sheets(of: desk.proposals.map(\.id)))
    }

    /// Whether two readings give the same sheets, results and problems.
    static func same(_ first: [EvaluatorDesk.ProposalSheets], _ second: [EvaluatorDesk.ProposalSheets]) -> Bool {
        first.count == second.count && zip(first, second).allSatisfy { one, other in
            one.admin == other.admin && one.quality == other.quality && one.admission == other.admission
                && one.problem?.lines(in: .english) == other.problem?.lines(in: .english)
        }
    }

    /// The files the desk of `evaluator` reads for every proposal that exist now: its own two
    /// sheets and the other admin evaluators' checklists.
    static func files(_ workspace: IndexedWorkspace, of evaluator: String, for proposals: [String] = ["P-1", "P-2", "P-3"]) throws -> Int {
        let layout = workspace.fixture.layout
        var count = 0
        for proposal in proposals {
            let readers = Set(try workspace.fixture.assigned(proposal, .admin) + [evaluator])
            var files = readers.map { layout.sheetFile($0, proposal: proposal, stage: .admin) }
            files.append(layout.sheetFile(evaluator, proposal: proposal, stage: .quality))
            count += files.count { FileManager.default.fileExists(atPath: $0.path) }
        }
        return count
    }

    @Test("Through a valid index the desk reads no sheet file and gives what the files give, justifications and all")
    func sameThroughIndex() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        for evaluator in ["e1", "e2"] {
            let plain = try Self.read(workspace, as: evaluator, indexed: false)
            let indexed = try Self.read(workspace, as: evaluator, indexed: true)
            #expect(indexed.proposals == plain.proposals)
            #expect(indexed.assignments == plain.assignments)
            #expect(Self.same(indexed.sheets, plain.sheets))
            #expect(indexed.sheets.map(\.fromIndex).reduce(0, +) == (try Self.files(workspace, of: evaluator)))
            #expect(plain.sheets.map(\.fromIndex).reduce(0, +) == 0)
            #expect(indexed.sheets.contains { $0.quality?.scores.values.contains { $0.note.hasPrefix("Обосновката се основава") } == true })
        }
    }

    @Test("A sheet changed after the check (same size, its time put back), one removed and one added are read from disk")
    func changedRemovedAdded() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let evaluator = try workspace.fixture.assigned("P-1", .quality)[0]
        try #require(try workspace.fixture.assigned("P-2", .quality).contains(evaluator))
        let layout = workspace.fixture.layout
        let changed = layout.sheetFile(evaluator, proposal: "P-1", stage: .quality)
        let bytes = try Data(contentsOf: changed)
        let place = try #require(bytes.firstRange(of: Data("Обосновката".utf8)))
        try workspace.overwrite(changed, at: place.lowerBound, with: Array("Мотивите".utf8)
            + Array(repeating: UInt8(ascii: " "), count: "Обосновката".utf8.count - "Мотивите".utf8.count))
        try FileManager.default.removeItem(at: layout.sheetFile(evaluator, proposal: "P-2", stage: .quality))
        try workspace.fixture.admit("P-3")
        let plain = try Self.read(workspace, as: evaluator, indexed: false)
        let indexed = try Self.read(workspace, as: evaluator, indexed: true)
        #expect(Self.same(indexed.sheets, plain.sheets))
        #expect(indexed.sheets[0].quality?.scores.values.contains { $0.note.hasPrefix("Мотивите") } == true)
        #expect(indexed.sheets[0].fromIndex == (try Self.files(workspace, of: evaluator, for: ["P-1"])) - 1, "the changed sheet was read from its file")
        #expect(indexed.sheets[1].quality == nil)
        #expect(indexed.sheets[1].fromIndex == (try Self.files(workspace, of: evaluator, for: ["P-2"])))
        #expect(indexed.sheets[2].admission == plain.sheets[2].admission)
        #expect(indexed.sheets[2].fromIndex == 0, "P-3's checklists were written after the check")
    }

    @Test("The draw changed after the check is read from its file, by the desk and by the next check")
    func changedDraw() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let layout = workspace.fixture.layout
        var draw = try WorkspaceFiles.assignments(layout)
        let before = try #require(draw.admin["P-3"])
        draw.admin["P-3"] = ["e1", "e2"].filter { !before.contains($0) } + before
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(draw).write(to: layout.assignmentsFile)
        #expect(try WorkspaceFiles.assignments(layout) == draw)
        let indexed = try Self.read(workspace, as: "e1", indexed: true)
        #expect(indexed.assignments == draw)
        #expect(indexed.sheets[2].admission == (try Self.read(workspace, as: "e1", indexed: false)).sheets[2].admission)
        let report = workspace.check()
        #expect(report.snapshot?.assignments == draw)
        #expect(report.problems.contains { $0.contains("chair/assignments.json") }, "changed outside the program: \(report.problems)")
    }

    @Test("An index written for another procedure.json is not used")
    func otherProcedure() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let layout = workspace.fixture.layout
        let procedure = try Data(contentsOf: layout.procedureFile)
        let info = try String(decoding: Data(contentsOf: layout.workspaceFile), as: UTF8.self)
        let changed = procedure + Data("\n".utf8)
        try changed.write(to: layout.procedureFile)
        try Data(info.replacingOccurrences(of: SHA256Digest.hex(procedure), with: SHA256Digest.hex(changed)).utf8).write(to: layout.workspaceFile)
        let plain = try Self.read(workspace, as: "e1", indexed: false)
        let indexed = try Self.read(workspace, as: "e1", indexed: true)
        #expect(indexed.proposals == plain.proposals)
        #expect(Self.same(indexed.sheets, plain.sheets))
        #expect(indexed.sheets.map(\.fromIndex).reduce(0, +) == 0)
    }

    @Test("A texts file damaged or cut short: the quality sheets come from their files, whole")
    func damagedTexts() throws {
        let workspace = try IndexedWorkspace.make()
        defer { workspace.remove() }
        #expect(workspace.check().isClean)
        let evaluator = try workspace.fixture.assigned("P-1", .quality)[0]
        let plain = try Self.read(workspace, as: evaluator, indexed: false)
        let texts = try workspace.textsFile()
        let whole = try Data(contentsOf: texts)
        for damaged in [whole.prefix(whole.count / 2), Data(whole.reversed())] {
            let handle = try FileHandle(forWritingTo: texts)
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: damaged)
            try handle.close()
            let indexed = try Self.read(workspace, as: evaluator, indexed: true)
            #expect(Self.same(indexed.sheets, plain.sheets))
            #expect(indexed.sheets[0].quality?.scores.values.allSatisfy { !$0.note.isEmpty } == true)
            #expect(indexed.sheets.map(\.fromIndex).reduce(0, +) > 0, "the admin sheets still came from the index")
        }
    }
}
