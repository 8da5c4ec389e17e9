import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("Writing an export's files at once (AtomicFile.writeAll)")
struct AtomicFileWriteAllTests {
    @Test("Every file is written whole under its name, no pending file is left, and each SHA-256 is that of its bytes")
    func written() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [(URL, [UInt8])] = []
        for index in 0..<7 {
            var bytes = Array("ред \(index)\n".utf8)
            bytes += [UInt8](repeating: UInt8(0x41 + index), count: index * 1_000)
            files.append((folder.appendingPathComponent("file-\(index).txt"), bytes))
        }
        files.append((folder.appendingPathComponent("empty.txt"), []))
        let digests = try AtomicFile.writeAll(files.map { ($0.0, ByteStream($0.1)) })
        #expect(digests == files.map { SHA256Digest.hex(Data($0.1)) })
        let written = try TestFiles.files(under: folder)
        #expect(written.count == files.count)
        for (url, bytes) in files {
            #expect(written[url.lastPathComponent] == Data(bytes))
        }
    }

    @Test("Files given in pieces are written as their pieces joined, with the SHA-256 of the whole, on random splits")
    func pieces() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        var files: [(URL, ByteParts)] = []
        for index in 0..<12 {
            let whole = Array(String(repeating: "Обосновка по критерий \(index); ", count: Int.random(in: 0...400, using: &generator)).utf8)
            var parts = ByteParts()
            var start = 0
            while start < whole.count {
                let end = min(whole.count, start + Int.random(in: 0...5_000, using: &generator))
                parts.append(Array(whole[start..<end]))
                if Bool.random(using: &generator) { parts.append([]) }
                start = end
            }
            #expect(parts.joined() == whole)
            #expect(parts.count == whole.count)
            files.append((folder.appendingPathComponent("file-\(index).txt"), parts))
        }
        let digests = try AtomicFile.writeAll(files.map { ($0.0, ByteStream($0.1)) })
        #expect(digests == files.map { SHA256Digest.hex(Data($0.1.joined())) })
        let written = try TestFiles.files(under: folder)
        #expect(written.count == files.count)
        for (url, parts) in files {
            #expect(written[url.lastPathComponent] == Data(parts.joined()))
        }
    }

    @Test("Files made batch by batch while written: the bytes of every batch in order, with the SHA-256 of the whole")
    func streams() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [(URL, ByteStream)] = []
        var wholes: [[UInt8]] = []
        for index in 0..<6 {
            let batches = (0..<(index == 0 ? 1 : index * 3)).map { batch in
                (0..<Int.random(in: 0...4)).map { part in Array("файл \(index), партида \(batch), част \(part)\n".utf8) }
            }
            wholes.append(batches.flatMap { $0.flatMap { $0 } })
            files.append((folder.appendingPathComponent("file-\(index).txt"), ByteStream(batchCount: batches.count) { batches[$0] }))
        }
        let digests = try AtomicFile.writeAll(files)
        #expect(digests == wholes.map { SHA256Digest.hex(Data($0)) })
        let written = try TestFiles.files(under: folder)
        #expect(written.count == files.count)
        for ((url, _), whole) in zip(files, wholes) {
            #expect(written[url.lastPathComponent] == Data(whole))
        }
        // A file made in batches that cannot be written, while another one is written beside it (the
        // first of them by the caller, the other on a thread of its own): nothing is left behind,
        // neither file nor pending file, whichever of the two fails.
        let good = (folder.appendingPathComponent("a.txt"), ByteStream(batchCount: 4) { _ in [Array("a".utf8)] })
        let bad = (folder.appendingPathComponent("missing/b.txt"), ByteStream(batchCount: 3) { _ in [Array("b".utf8)] })
        let single = (folder.appendingPathComponent("c.txt"), ByteStream(Array("c".utf8)))
        for failing in [[single, good, bad], [bad, good, single]] {
            #expect(throws: WorkspaceError.self) { try AtomicFile.writeAll(failing) }
            #expect(try TestFiles.files(under: folder).count == files.count)
        }
    }

    @Test("A file that cannot be written fails the whole, names its path, and leaves no file and no pending file behind")
    func failure() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing/file.txt")
        let files: [(URL, [UInt8])] = [(folder.appendingPathComponent("a.txt"), Array("a".utf8)), (missing, Array("b".utf8)),
                                       (folder.appendingPathComponent("c.txt"), Array("c".utf8))]
        #expect {
            try AtomicFile.writeAll(files.map { ($0.0, ByteStream($0.1)) })
        } throws: { error in
            (error as? WorkspaceError).map { $0.lines(in: .english).joined(separator: " ").contains("missing") } ?? false
        }
        #expect(try TestFiles.files(under: folder).isEmpty)
    }
}
