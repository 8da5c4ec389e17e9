import EvaluationCore
import Foundation
import TestSupport
import Workspace

/// A workspace where every member has written and others have written after them: e1 and e2 each
/// import a checklist, the chair adds a secretary in between, so every log is anchored by another.
struct IntegrityFixture {
    let base: WorkspaceFixture
    /// e1's and e2's checklist proposals.
    let e1Proposal: String
    let e2Proposal: String

    var root: URL { base.root }
    var layout: WorkspaceLayout { base.layout }
    /// A folder beside the workspace, for files that must stay outside it.
    var outside: URL { base.root.deletingLastPathComponent() }

    static func make() throws -> IntegrityFixture {
        let base = try WorkspaceFixture.make()
        let assignments = try WorkspaceFiles.assignments(base.layout)
        let e1Proposal = try requireFirst(assignments.proposals(of: "e1", in: .admin))
        let e2Proposal = try requireFirst(assignments.proposals(of: "e2", in: .admin))
        let fixture = IntegrityFixture(base: base, e1Proposal: e1Proposal, e2Proposal: e2Proposal)
        try fixture.importSheet(e1Proposal, as: "e1")
        let secretary = try fixture.run(["committee", "add", "--as", "chair", "--id", "s1", "--name", "Секретар", "--role", "secretary"])
        guard secretary.status == 0 else { throw FixtureError("committee add: \(secretary.standardError)") }
        try fixture.importSheet(e2Proposal, as: "e2")
        return fixture
    }

    func importSheet(_ proposal: String, as evaluator: String) throws {
        let file = outside.appendingPathComponent("sheet-\(evaluator).json")
        try WorkspaceIntegrityTests.adminSheetJSON(proposal, evaluator: evaluator).write(to: file)
        let run = try self.run(["sheet", "import", "--as", evaluator, file.path])
        guard run.status == 0 else { throw FixtureError("sheet import: \(run.standardError)") }
    }

    /// Runs `ocenka` on this workspace.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        try CommandRun.ocenka(arguments + ["--workspace", root.path], environment: environment)
    }

    func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: url(relative))
    }

    func write(_ relative: String, _ data: Data) throws {
        try data.write(to: url(relative))
    }

    /// The lines of a log.
    func lines(_ relative: String) throws -> [String] {
        String(decoding: try read(relative), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func writeLines(_ relative: String, _ lines: [String]) throws {
        try write(relative, Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Appends to `log` a line for `target`, whose new content is `content`, chained to the last line
    /// and signed with `key` (unsigned when nil), as a forger who can compute hashes would.
    func forgeLine(in log: String, actor: String, target: String, content: Data, key: MemberKey?) throws {
        var lines = try self.lines(log)
        let entry = AuditEntry(at: "2025-12-01T11:00:00+02:00", actor: actor, action: "sheet.answer", target: target,
                               before: .null, after: .null, sha256: SHA256Digest.hex(content),
                               prev: SHA256Digest.hex(Data(lines.last!.utf8)))
        lines.append(String(decoding: try AuditLine.encode(entry, signedWith: key), as: UTF8.self))
        try writeLines(log, lines)
        try write(target, content)
    }

    /// The private key of `member` kept on this machine.
    func key(of member: String) throws -> MemberKey {
        let info = try WorkspaceFiles.info(layout)
        guard let text = info.member(withID: member)?.publicKey, let key = KeyStore.standard.key(matching: text) else {
            throw FixtureError("no key for \(member)")
        }
        return key
    }

    func remove() {
        base.remove()
    }

    private static func requireFirst(_ values: [String]) throws -> String {
        guard let first = values.first else { throw FixtureError("nothing assigned") }
        return first
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
