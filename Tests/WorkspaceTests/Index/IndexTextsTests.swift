import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The texts file of an index read a span at a time: only its own, private, with the header it
/// names, and never a span beyond what it holds, whatever a damaged index asks.
@Suite("IndexTexts: a texts file's spans, and nothing beyond them")
struct IndexTextsTests {
    static let magic = Data("texts-test 1\n".utf8)
    static let justifications = Array("Обосновката се основава на формуляра и на приложенията към него.".utf8)

    /// A private folder with a texts file of `workspace` and `token` holding `justifications`.
    static func folder(workspace: String = "/ws", token: String = "ab12") throws -> (folder: URL, file: URL) {
        let folder = try TestFiles.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        let file = folder.appendingPathComponent("texts-x.bin")
        var bytes = magic
        bytes.append(Data((workspace + "\n" + token + "\n").utf8))
        bytes.append(contentsOf: justifications)
        try bytes.write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return (folder, file)
    }

    @Test("Spans inside the file are read; spans beyond it, of any size, are not")
    func spans() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try #require(IndexTexts(file, magic: Self.magic, workspace: "/ws", token: "ab12"))
        let count = Self.justifications.count
        #expect(texts.bytes(0 ..< count) == Self.justifications)
        #expect(texts.bytes(10 ..< 30) == Array(Self.justifications[10 ..< 30]))
        #expect(texts.bytes(count ..< count) == [])
        #expect(texts.bytes(0 ..< count + 1) == nil)
        #expect(texts.bytes(count ..< count + 1) == nil)
        #expect(texts.bytes(-1 ..< 3) == nil)
        #expect(texts.bytes(0 ..< Int.max / 2) == nil, "a damaged index may name any span: it is not allocated")
        #expect(texts.bytes(Int.max / 2 ..< Int.max) == nil)
        // Cut short after it was opened: what it no longer holds is not given back.
        try FileHandle(forWritingTo: file).truncate(atOffset: UInt64(Self.magic.count + 10 + count / 2))
        #expect(texts.bytes(0 ..< count) == nil)
    }

    @Test("Another token or workspace, a cut header, a link, a file others may write: not opened")
    func refused() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(IndexTexts(file, magic: Self.magic, workspace: "/ws", token: "ab13") == nil)
        #expect(IndexTexts(file, magic: Self.magic, workspace: "/other", token: "ab12") == nil)
        #expect(IndexTexts(file, magic: Self.magic, workspace: "/ws", token: "") == nil)
        #expect(IndexTexts(file, magic: Data("texts-test 2\n".utf8), workspace: "/ws", token: "ab12") == nil)
        let link = folder.appendingPathComponent("link.bin")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(IndexTexts(link, magic: Self.magic, workspace: "/ws", token: "ab12") == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o620], ofItemAtPath: file.path)
        #expect(IndexTexts(file, magic: Self.magic, workspace: "/ws", token: "ab12") == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try Data(Self.magic.prefix(5)).write(to: file)
        #expect(IndexTexts(file, magic: Self.magic, workspace: "/ws", token: "ab12") == nil)
        #expect(IndexTexts(folder.appendingPathComponent("missing.bin"), magic: Self.magic, workspace: "/ws", token: "ab12") == nil)
    }
}
