import Foundation
import SystemPackage

/// An index's texts file (the justifications), open and its header checked, read a span at a time
/// with `pread`: each quality sheet's justifications as the sheet is decoded, on the core that
/// decodes it. Reading the whole file first (64 MB at 2 000 × 3 with 400-character justifications)
/// kept `protocol` on one core for its first ~45 ms, most of it in the page faults of the copy.
final class IndexTexts: Sendable {
    private let descriptor: FileDescriptor
    /// Where the justifications begin in the file: after its magic line, workspace and token.
    private let start: Int
    /// How many bytes of justifications the file held when it was opened: no span beyond them is
    /// read (a damaged index may name any span, up to 2⁶² bytes).
    private let length: Int

    /// The texts file `file` of the workspace folder `workspace` when it is this user's own and
    /// private and its header names `workspace` and `token`; nil otherwise.
    init?(_ file: URL, magic: Data, workspace: String, token: String) {
        guard !token.isEmpty, CacheFolder.isPrivate(file.deletingLastPathComponent().path, folder: true),
              CacheFolder.isPrivate(file.path, folder: false),
              let descriptor = try? FileDescriptor.open(FilePath(file.path), .readOnly, options: [.noFollow, .closeOnExec])
        else { return nil }
        let header = Array(magic) + Array((workspace + "\n" + token + "\n").utf8)
        guard let size = Posix.size(of: descriptor), size >= Int64(header.count), size <= Int64(Int.max),
              (try? Posix.read(descriptor, at: 0, count: header.count)) == header
        else {
            try? descriptor.close()
            return nil
        }
        self.descriptor = descriptor
        start = header.count
        length = Int(size) - header.count
    }

    deinit {
        try? descriptor.close()
    }

    /// Every justification the file held when it was opened; nil when it is shorter now.
    var all: [UInt8]? { bytes(0 ..< length) }

    /// The bytes `span` of the justifications; nil when they lie beyond what the file held when
    /// opened, or it is shorter now (changed under us).
    func bytes(_ span: Range<Int>) -> [UInt8]? {
        guard span.lowerBound >= 0, span.upperBound <= length,
              let bytes = try? Posix.read(descriptor, at: start + span.lowerBound, count: span.count), bytes.count == span.count
        else { return nil }
        return bytes
    }
}
