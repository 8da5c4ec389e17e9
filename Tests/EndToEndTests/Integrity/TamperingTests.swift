import EvaluationCore
import Foundation
import Testing
import Workspace

/// Out-of-band edits of a workspace, each of which `ocenka check` must name, and `rank`, `protocol`
/// and the chair's screens must refuse to compute from, changing nothing.
@Suite("Edits behind the program's back are caught")
struct TamperingTests {
    struct Tampering: Sendable, CustomTestStringConvertible {
        let name: String
        /// What `check` must say (a part of one line of its standard error).
        let expected: String
        let edit: @Sendable (IntegrityFixture) throws -> Void

        var testDescription: String { name }
    }

    static let tamperings: [Tampering] = [
        Tampering(name: "an evaluator's whole folder deleted", expected: "sheets/e1/audit.jsonl: дневникът (или цялата папка) липсва") { f in
            try FileManager.default.removeItem(at: f.url("sheets/e1"))
        },
        Tampering(name: "a score changed and the last line's sha256 fixed to match", expected: "подписът не отговаря на ключа на e1") { f in
            let sheet = "sheets/e1/\(f.e1Proposal).admin.json"
            let edited = Data(String(decoding: try f.read(sheet), as: UTF8.self).replacingOccurrences(of: "\"yes\"", with: "\"no\"").utf8)
            var lines = try f.lines("sheets/e1/audit.jsonl")
            let oldSHA = SHA256Digest.hex(try f.read(sheet))
            lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: oldSHA, with: SHA256Digest.hex(edited))
            try f.writeLines("sheets/e1/audit.jsonl", lines)
            try f.write(sheet, edited)
        },
        Tampering(name: "the log's last line cut and the sheet removed as before it", expected: "sheets/e1/audit.jsonl: дневникът има по-малко от") { f in
            let lines = try f.lines("sheets/e1/audit.jsonl")
            try f.writeLines("sheets/e1/audit.jsonl", Array(lines.dropLast()))
            try FileManager.default.removeItem(at: f.url("sheets/e1/\(f.e1Proposal).admin.json"))
        },
        Tampering(name: "the chair's last line cut and workspace.json restored", expected: "chair/audit.jsonl: дневникът има по-малко от") { f in
            var lines = try f.lines("chair/audit.jsonl")
            lines.removeLast()
            try f.writeLines("chair/audit.jsonl", lines)
            var info = try WorkspaceFiles.info(f.layout)
            info.committee.removeAll { $0.id == "s1" }
            try f.write("workspace.json", try CanonicalJSON.encode(info))
        },
        Tampering(name: "a forged line with the chain recomputed, unsigned", expected: "sheets/e1/audit.jsonl: ред 3: редът не е подписан с ключа на e1") { f in
            let sheet = "sheets/e1/\(f.e1Proposal).admin.json"
            let edited = Data(String(decoding: try f.read(sheet), as: UTF8.self).replacingOccurrences(of: "\"yes\"", with: "\"no\"").utf8)
            try f.forgeLine(in: "sheets/e1/audit.jsonl", actor: "e1", target: sheet, content: edited, key: nil)
        },
        Tampering(name: "a forged line signed with another key", expected: "подписът не отговаря на ключа на e1") { f in
            let sheet = "sheets/e1/\(f.e1Proposal).admin.json"
            let edited = Data(String(decoding: try f.read(sheet), as: UTF8.self).replacingOccurrences(of: "\"yes\"", with: "\"no\"").utf8)
            try f.forgeLine(in: "sheets/e1/audit.jsonl", actor: "e1", target: sheet, content: edited, key: MemberKey())
        },
        Tampering(name: "a line in e1's log written and signed by e2", expected: "редът е записан от „e2“, а дневникът е на e1") { f in
            let sheet = "sheets/e1/\(f.e1Proposal).admin.json"
            let edited = Data(String(decoding: try f.read(sheet), as: UTF8.self).replacingOccurrences(of: "\"yes\"", with: "\"no\"").utf8)
            try f.forgeLine(in: "sheets/e1/audit.jsonl", actor: "e2", target: sheet, content: edited, key: try f.key(of: "e2"))
        },
        Tampering(name: "a line in the program's name after the committee exists", expected: "ред от името на програмата след записи") { f in
            let edited = Data(String(decoding: try f.read("proposals.json"), as: UTF8.self).replacingOccurrences(of: "24850.00", with: "24990.00").utf8)
            try f.forgeLine(in: "chair/audit.jsonl", actor: WorkspaceCreator.systemActor, target: "proposals.json", content: edited, key: nil)
        },
        Tampering(name: "an evaluator's key replaced in workspace.json", expected: "workspace.json: съдържанието не съвпада") { f in
            var info = try WorkspaceFiles.info(f.layout)
            let index = try #require(info.committee.firstIndex { $0.id == "e1" })
            info.committee[index].publicKey = MemberKey().publicKeyText
            try f.write("workspace.json", try CanonicalJSON.encode(info))
        },
        Tampering(name: "assignments edited", expected: "chair/assignments.json: съдържанието не съвпада") { f in
            let text = String(decoding: try f.read("chair/assignments.json"), as: UTF8.self)
            try f.write("chair/assignments.json", Data(text.replacingOccurrences(of: "\"seed\" : 7", with: "\"seed\" : 8").utf8))
        },
        Tampering(name: "an unknown file in an evaluator's folder", expected: "sheets/e1/notes.txt: непознат файл или папка") { f in
            try f.write("sheets/e1/notes.txt", Data("бележки".utf8))
        },
        Tampering(name: "a hidden sheet", expected: "sheets/e1/.x.quality.json: непознат файл или папка") { f in
            try f.write("sheets/e1/.x.quality.json", Data("{}".utf8))
        },
        Tampering(name: "a hidden evaluator folder", expected: "sheets/.e9: непознат файл или папка") { f in
            try FileManager.default.createDirectory(at: f.url("sheets/.e9"), withIntermediateDirectories: true)
        },
        Tampering(name: "an unknown file at the root", expected: "notes.md: непознат файл или папка") { f in
            try f.write("notes.md", Data("x".utf8))
        },
        Tampering(name: "an unknown file in chair/", expected: "chair/extra.json: непознат файл или папка") { f in
            try f.write("chair/extra.json", Data("{}".utf8))
        },
        Tampering(name: "a folder in exports/", expected: "exports/old: очаква се обикновен файл") { f in
            try FileManager.default.createDirectory(at: f.url("exports/old"), withIntermediateDirectories: true)
        },
        Tampering(name: "a sheet replaced by a link to a copy outside", expected: "символна връзка в работното пространство") { f in
            let sheet = "sheets/e1/\(f.e1Proposal).admin.json"
            let copy = f.outside.appendingPathComponent("copy.json")
            try f.read(sheet).write(to: copy)
            try FileManager.default.removeItem(at: f.url(sheet))
            try FileManager.default.createSymbolicLink(at: f.url(sheet), withDestinationURL: copy)
        },
        Tampering(name: "an evaluator's folder replaced by a link", expected: "sheets/e2: символна връзка") { f in
            let moved = f.outside.appendingPathComponent("e2-folder")
            try FileManager.default.moveItem(at: f.url("sheets/e2"), to: moved)
            try FileManager.default.createSymbolicLink(at: f.url("sheets/e2"), withDestinationURL: moved)
        },
        Tampering(name: "proposals.json replaced by a link to a copy", expected: "proposals.json: символна връзка") { f in
            let copy = f.outside.appendingPathComponent("proposals.json")
            try f.read("proposals.json").write(to: copy)
            try FileManager.default.removeItem(at: f.url("proposals.json"))
            try FileManager.default.createSymbolicLink(at: f.url("proposals.json"), withDestinationURL: copy)
        },
        Tampering(name: "a public key that is not one", expected: "$.committee[1].publicKey: очаква се публичен ключ Ed25519") { f in
            let text = String(decoding: try f.read("workspace.json"), as: UTF8.self)
            let info = try WorkspaceFiles.info(f.layout)
            let key = try #require(info.member(withID: "e1")?.publicKey)
            try f.write("workspace.json", Data(text.replacingOccurrences(of: key, with: "ed25519:xyz").utf8))
        },
        Tampering(name: "a line deleted from the middle of the chair's log", expected: "chair/audit.jsonl: ред 3: веригата е прекъсната") { f in
            var lines = try f.lines("chair/audit.jsonl")
            lines.remove(at: 2)
            try f.writeLines("chair/audit.jsonl", lines)
        },
    ]

    @Test("check names the edit; rank, protocol and the chair's screens refuse; nothing is written", arguments: tamperings)
    func tampering(_ tampering: Tampering) throws {
        let fixture = try IntegrityFixture.make()
        defer { fixture.remove() }
        let clean = try fixture.run(["check"])
        #expect(clean.status == 0, "before the edit: \(clean.standardError)")
        try tampering.edit(fixture)
        let before = try fixture.base.contents()

        let check = try fixture.run(["check"])
        #expect(check.status == 1)
        #expect(check.standardError.contains(tampering.expected), "check said:\n\(check.standardError)")

        let rank = try fixture.run(["rank"])
        #expect(rank.status == 1)
        #expect(rank.standardOutput.isEmpty)
        #expect(rank.standardError.contains("не премина проверката"), "rank said:\n\(rank.standardError)")
        let protocolRun = try fixture.run(["protocol"])
        #expect(protocolRun.status == 1)
        #expect(protocolRun.standardError.contains(tampering.expected))
        let chair = try fixture.run(["chair", "--as", "chair"])
        #expect(chair.status == 1)
        #expect(chair.standardError.contains("не премина проверката"))
        #expect(try fixture.base.contents() == before, "a refused command changed a file")
    }

    @Test("With --allow-damaged, rank and protocol print a banner above and below the text")
    func allowDamaged() throws {
        let fixture = try IntegrityFixture.make()
        defer { fixture.remove() }
        try fixture.write("sheets/e1/notes.txt", Data("x".utf8))
        let rank = try fixture.run(["rank", "--allow-damaged"])
        #expect(rank.status == 0, "\(rank.standardError)")
        let banner = "!! ВНИМАНИЕ: работното пространство НЕ премина проверката за цялост (ocenka check)."
        #expect(rank.standardOutput.hasPrefix(String(repeating: "!", count: 72) + "\n" + banner))
        #expect(rank.standardOutput.components(separatedBy: banner).count == 3)
        #expect(rank.standardOutput.contains("!! sheets/e1/notes.txt: непознат файл"))
        let output = fixture.outside.appendingPathComponent("protocol.txt")
        let protocolRun = try fixture.run(["protocol", "--allow-damaged", "--lang", "en", "-o", output.path])
        #expect(protocolRun.status == 0, "\(protocolRun.standardError)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.components(separatedBy: "!! WARNING: the workspace FAILED its integrity check (ocenka check).").count == 3)
        let rule = String(repeating: "!", count: 72)
        #expect(text.hasPrefix(rule + "\n!! WARNING"))
        #expect(text.hasSuffix(rule + "\n"))
        #expect(text.contains("\n\n" + rule + "\n!! WARNING") && !text.contains("\n\n\n" + rule), "one blank line between the text and each banner")
        let plain = try fixture.run(["protocol", "-o", fixture.outside.appendingPathComponent("second.txt").path])
        #expect(plain.status == 1)
        #expect(!FileManager.default.fileExists(atPath: fixture.outside.appendingPathComponent("second.txt").path))
    }
}
