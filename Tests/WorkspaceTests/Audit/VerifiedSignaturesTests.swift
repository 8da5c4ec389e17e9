import Foundation
import Testing
@testable import Workspace

@Suite struct VerifiedSignaturesTests {
    private static func record(_ seed: UInt8) -> VerifiedSignatures.Record {
        let bytes = [UInt8](repeating: seed, count: 32)
        return bytes.withUnsafeBytes { VerifiedSignatures.Record($0) }
    }

    private static func folder(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    @Test func aSavedFileIsReadBackOnlyForItsOwnWorkspace() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-signatures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let cache = base.appendingPathComponent("cache")
        let workspace = base.appendingPathComponent("ws")
        try Self.folder(cache)
        try Self.folder(workspace)
        VerifiedSignatures.load(for: workspace, in: cache).save([Self.record(1), Self.record(2)])
        #expect(VerifiedSignatures.load(for: workspace, in: cache).records == [Self.record(1), Self.record(2)])
        #expect(VerifiedSignatures.load(for: base.appendingPathComponent("other"), in: cache).records.isEmpty)
    }

    @Test func savingDeletesTheFilesOfWorkspacesThatAreGoneAndOfTheFirstFormat() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ocenka-signatures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let cache = base.appendingPathComponent("cache")
        let kept = base.appendingPathComponent("kept")
        let gone = base.appendingPathComponent("gone")
        let new = base.appendingPathComponent("new")
        for folder in [cache, kept, gone, new] { try Self.folder(folder) }
        VerifiedSignatures.load(for: kept, in: cache).save([Self.record(1)])
        VerifiedSignatures.load(for: gone, in: cache).save([Self.record(2)])
        let firstFormat = cache.appendingPathComponent("signatures-0123456789abcdef0123456789abcdef.bin")
        #expect(FileManager.default.createFile(atPath: firstFormat.path, contents: Data("ocenka-signatures 1\n".utf8) + Data(count: 32),
                                               attributes: [.posixPermissions: 0o600]))
        let unrelated = cache.appendingPathComponent("notes.txt")
        #expect(FileManager.default.createFile(atPath: unrelated.path, contents: Data("x".utf8), attributes: [.posixPermissions: 0o600]))
        try FileManager.default.removeItem(at: gone)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == 4)

        VerifiedSignatures.load(for: new, in: cache).save([Self.record(3)])

        let names = Set(try FileManager.default.contentsOfDirectory(atPath: cache.path))
        #expect(names.count == 3)
        #expect(names.contains("notes.txt"))
        #expect(!names.contains(firstFormat.lastPathComponent))
        #expect(VerifiedSignatures.load(for: kept, in: cache).records == [Self.record(1)])
        #expect(VerifiedSignatures.load(for: new, in: cache).records == [Self.record(3)])
        #expect(VerifiedSignatures.load(for: gone, in: cache).records.isEmpty)
    }
}
