import Foundation
import Testing
@testable import Workspace

#if canImport(Glibc)
import Glibc
#endif

/// The workspace tree takes what each file is from the folder's listing; it must say what `lstat` says.
@Suite("A folder's listing says what each entry is, as lstat does")
struct FolderListingTests {
    @Test("files, folders, links, a link to nowhere and a FIFO, by name, and nothing for a missing folder")
    func listingMatchesLstat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["0001.admin.json", "Ж-лист.json", ".0002.quality.json.pending", "audit.jsonl"]
        for name in names {
            try Data("{}".utf8).write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("0003.admin.json"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("0004.admin.json"),
                                                   withDestinationURL: folder.appendingPathComponent("0001.admin.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("0005.admin.json").path, withDestinationPath: "/nowhere")
        #expect(mkfifo(folder.appendingPathComponent("0006.admin.json").path, 0o600) == 0)

        let listed = Posix.entries(in: folder.path)
        let expected = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        #expect(listed.map(\.name) == expected)
        #expect(listed.count == 8)
        for (name, entry) in listed {
            #expect(entry == Posix.entry(at: folder.path + "/" + name), "\(name)")
        }
        let kinds = Dictionary(uniqueKeysWithValues: listed.map { ($0.name, $0.entry) })
        #expect(kinds["0001.admin.json"] == .file)
        #expect(kinds["0003.admin.json"] == .folder)
        #expect(kinds["0004.admin.json"] == .symbolicLink)
        #expect(kinds["0005.admin.json"] == .symbolicLink)
        #expect(kinds["0006.admin.json"] == .other)
        #expect(Posix.entries(in: folder.path + "/missing").isEmpty)
    }
}
