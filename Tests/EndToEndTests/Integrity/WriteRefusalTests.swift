import EvaluationCore
import Foundation
import Testing
import Workspace

/// Writes that must not happen: through links planted in the workspace, on behalf of a member
/// whose private key this machine does not hold, with a key that is not one.
@Suite("Writes through links or without the author's key are refused")
struct WriteRefusalTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let expected: String
        /// Prepares the workspace; returns the files outside it that must stay unchanged.
        let prepare: @Sendable (IntegrityFixture) throws -> [URL]
        /// The command, run on the workspace.
        let command: @Sendable (IntegrityFixture) -> [String]
        var environment: @Sendable (IntegrityFixture) -> [String: String] = { _ in [:] }
        var status: Int32 = 1

        var testDescription: String { name }
    }

    /// Replaces `relative` in the workspace by a link to a copy of it outside; returns the copy.
    static func linkOut(_ fixture: IntegrityFixture, _ relative: String) throws -> URL {
        let copy = fixture.outside.appendingPathComponent("planted-" + relative.replacingOccurrences(of: "/", with: "_"))
        try FileManager.default.moveItem(at: fixture.url(relative), to: copy)
        try FileManager.default.createSymbolicLink(at: fixture.url(relative), withDestinationURL: copy)
        return copy
    }

    static func importSheet(_ fixture: IntegrityFixture) -> [String] {
        ["sheet", "import", "--as", "e1", fixture.outside.appendingPathComponent("sheet-e1.json").path]
    }

    /// e1's checklist with a changed note, so that importing it must write.
    static func importChangedSheet(_ fixture: IntegrityFixture) -> [String] {
        ["sheet", "import", "--force", "--as", "e1", fixture.outside.appendingPathComponent("sheet-e1-changed.json").path]
    }

    static func writeChangedSheet(_ fixture: IntegrityFixture) throws {
        try WorkspaceIntegrityTests.adminSheetJSON(fixture.e1Proposal) { sheet in
            sheet["answers"] = ["I.1": ["answer": "yes", "note": "Проверено по Насоките, т. 3."], "I.2": ["answer": "na", "note": ""],
                                "II.1": ["answer": "yes", "note": ""]]
        }.write(to: fixture.outside.appendingPathComponent("sheet-e1-changed.json"))
    }

    static func decide(_ fixture: IntegrityFixture) -> [String] {
        ["decide", "correct", "--as", "chair", "--proposal", "P-1", "--amount", "10.00", "--reason", "Недопустим разход за оборудване."]
    }

    static let refusals: [Refusal] = [
        Refusal(name: "the lock file is a link", expected: "символна връзка",
                prepare: { f in
                    let target = f.outside.appendingPathComponent("target.txt")
                    try Data("цел".utf8).write(to: target)
                    try FileManager.default.removeItem(at: f.url("sheets/e1/.lock"))
                    try FileManager.default.createSymbolicLink(at: f.url("sheets/e1/.lock"), withDestinationURL: target)
                    return [target]
                }, command: importSheet),
        Refusal(name: "the evaluator's log is a link", expected: "sheets/e1/audit.jsonl: символна връзка",
                prepare: { f in [try linkOut(f, "sheets/e1/audit.jsonl")] }, command: importSheet),
        Refusal(name: "the evaluator's folder is a link", expected: "sheets/e1: символна връзка",
                prepare: { f in [try linkOut(f, "sheets/e1")] }, command: importSheet),
        Refusal(name: "the sheet to be written is a link", expected: "символна връзка",
                prepare: { f in [try linkOut(f, "sheets/e1/\(f.e1Proposal).admin.json")] }, command: importSheet),
        Refusal(name: "the chair's folder is a link", expected: "chair: символна връзка",
                prepare: { f in [try linkOut(f, "chair")] }, command: decide),
        Refusal(name: "the chair's log is a link", expected: "chair/audit.jsonl: символна връзка",
                prepare: { f in [try linkOut(f, "chair/audit.jsonl")] }, command: decide),
        Refusal(name: "the decisions file to be written is a link", expected: "символна връзка",
                prepare: { f in
                    let target = f.outside.appendingPathComponent("decisions-target.json")
                    try Data("{}".utf8).write(to: target)
                    try FileManager.default.createSymbolicLink(at: f.url("chair/decisions.json"), withDestinationURL: target)
                    return [target]
                }, command: decide),
        Refusal(name: "an evaluator without the private key on this machine", expected: "на тази машина няма личния ключ на Оценител 1 (e1",
                prepare: { f in
                    try writeChangedSheet(f)
                    return []
                }, command: importChangedSheet,
                environment: { f in ["OCENKA_KEYS": f.outside.appendingPathComponent("empty-keys").path] }),
        Refusal(name: "the chair without the private key on this machine", expected: "на тази машина няма личния ключ на Елена Стоянова (chair",
                prepare: { _ in [] }, command: decide,
                environment: { f in ["OCENKA_KEYS": f.outside.appendingPathComponent("empty-keys").path] }),
        Refusal(name: "a member added with a key that is not one", expected: "не е публичен ключ Ed25519",
                prepare: { _ in [] },
                command: { _ in ["committee", "add", "--as", "chair", "--id", "e9", "--name", "Нов", "--role", "evaluator", "--key", "ed25519:abc"] }),
        Refusal(name: "a key registered for somebody not in the committee", expected: "„e9“ не е член на комисията",
                prepare: { _ in [] }, command: { _ in ["committee", "key", "--as", "chair", "e9"] }),
        Refusal(name: "a decision whose reason holds a control character", expected: "--reason:",
                prepare: { _ in [] },
                command: { f in ["decide", "correct", "--as", "chair", "--proposal", "P-1", "--amount", "10.00",
                                 "--reason", "Недопустим разход\u{1B}[2J за оборудване."] }),
        Refusal(name: "a writer acting as a dot id", expected: "„..“ не е допустим номер",
                prepare: { _ in [] }, command: { _ in ["declare", "--as", ".."] }, status: 64),
    ]

    @Test("The command exits 1 with the reason; nothing in the workspace or behind the link changes", arguments: refusals)
    func refusal(_ refusal: Refusal) throws {
        let fixture = try IntegrityFixture.make()
        defer { fixture.remove() }
        let outsideFiles = try refusal.prepare(fixture)
        let outsideBefore = try outsideFiles.map { try Self.contents(of: $0) }
        let before = try fixture.base.contents()
        let run = try fixture.run(refusal.command(fixture), environment: refusal.environment(fixture))
        #expect(run.status == refusal.status)
        #expect(run.standardError.contains(refusal.expected), "said:\n\(run.standardError)")
        #expect(try fixture.base.contents() == before, "the workspace changed")
        #expect(try outsideFiles.map { try Self.contents(of: $0) } == outsideBefore, "a file behind a link changed")
    }

    /// The bytes of a file, or of every file of a folder.
    static func contents(of url: URL) throws -> [String: Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            return [url.lastPathComponent: (try? Data(contentsOf: url)) ?? Data()]
        }
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name != ".lock" {
            result[name] = try Data(contentsOf: url.appendingPathComponent(name))
        }
        return result
    }
}
