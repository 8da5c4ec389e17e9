import Foundation
import TestSupport
import Testing

@Suite("The cache files ocenka writes while a command goes on are whole when it exits")
struct CacheWritingTests {
    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static func bytes(_ folder: URL, prefix: String) throws -> Data {
        let all = try names(folder)
        let name = try #require(all.first { $0.hasPrefix(prefix) && $0.hasSuffix(".bin") }, "no \(prefix)*.bin in \(all)")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    @Test("After a save and a check: the index, its texts, the verified signatures and the log positions are there, no pending file is left, and the next check takes the index as it is and writes nothing")
    func wholeAtExit() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let cache = try CommandRun.temporaryFolder().appendingPathComponent("cache")
        let environment = ["OCENKA_CACHE": cache.path]
        let proposal = try WorkspaceIntegrityTests.adminProposal(of: "e1", in: fixture)
        let sheetFile = fixture.root.deletingLastPathComponent().appendingPathComponent("sheet.json")
        try WorkspaceIntegrityTests.adminSheetJSON(proposal).write(to: sheetFile)
        let imported = try CommandRun.ocenka(["sheet", "import", "--workspace", fixture.root.path, "--as", "e1", sheetFile.path], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        // Files changed less than a second before a check are not recorded in the index.
        Thread.sleep(forTimeInterval: 1.2)
        let first = try CommandRun.ocenka(["check", "--workspace", fixture.root.path], environment: environment)
        #expect(first.status == 0, "\(first.standardError)")
        let names = try Self.names(cache)
        for prefix in ["index-", "texts-", "signatures-", "positions-"] {
            #expect(names.contains { $0.hasPrefix(prefix) && $0.hasSuffix(".bin") }, "\(prefix) in \(names)")
        }
        #expect(!names.contains { $0.hasSuffix(".pending") || $0.contains(".nosync") }, "\(names)")
        let index = try Self.bytes(cache, prefix: "index-")
        let texts = try Self.bytes(cache, prefix: "texts-")
        let signatures = try Self.bytes(cache, prefix: "signatures-")
        let second = try CommandRun.ocenka(["check", "--workspace", fixture.root.path], environment: environment)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput == first.standardOutput)
        // A cut or unreadable file would have been written anew (a new texts token, other bytes).
        #expect(try Self.bytes(cache, prefix: "index-") == index)
        #expect(try Self.bytes(cache, prefix: "texts-") == texts)
        #expect(try Self.bytes(cache, prefix: "signatures-") == signatures)
        #expect(try Self.names(cache) == names)
    }
}
