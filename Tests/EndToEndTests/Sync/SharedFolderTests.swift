import EvaluationCore
import Foundation
import Testing
import Workspace

/// `ocenka init --group NAME`: the folders of one shared server, given to the committee's group.
@Suite("One shared server: the workspace given to a Unix group")
struct SharedFolderTests {
    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func group(_ url: URL) throws -> String? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.groupOwnerAccountName] as? String
    }

    @Test("The root, chair/ and exports/ are 2750, sheets/ is 3770 (set-group-id and sticky), files 0640, all in the group; a member's new folder inherits the group")
    func modes() throws {
        let base = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("ws")
        let groupName = try #require(try Self.group(base), "the test folder's group")
        let run = try CommandRun.ocenka(["init", root.path, "--procedure", "coiduem-33.24-2025", "--group", groupName])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Папките са за групата \(groupName)"))
        let layout = WorkspaceLayout(root: root)
        for folder in [layout.root, layout.chairFolder, layout.exportsFolder] {
            let mode = try Self.mode(folder)
            #expect(mode == 0o2750, "\(folder.lastPathComponent): \(String(mode, radix: 8))")
            #expect(try Self.group(folder) == groupName)
        }
        #expect(try Self.mode(layout.sheetsFolder) == 0o3770)
        for file in [layout.workspaceFile, layout.procedureFile, layout.proposalsFile, layout.chairAuditFile] {
            #expect(try Self.mode(file) == 0o640, "\(file.lastPathComponent)")
            #expect(try Self.group(file) == groupName)
        }
        let unknown = try CommandRun.ocenka(["init", base.appendingPathComponent("other").path, "--procedure", "coiduem-33.24-2025",
                                             "--group", "no-such-group-ocenka"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("няма група на Unix „no-such-group-ocenka“"))
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("other").path), "nothing is made for an unknown group")
    }
}
