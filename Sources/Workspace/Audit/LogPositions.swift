import Foundation

/// The positions of a workspace's logs as this user's programs last read them (`LogPosition`), kept
/// in the cache folder (`CacheFolder`: `positions-<hash of the folder's path>.bin`) so that a new
/// session reads each log on from there: a writer's first save records the heads of every other
/// log, which, read from their starts, is ~100 MB at 2 000 proposals and ~1 GB at 20 000.
///
/// Nothing in the file is trusted as it is (`LogPosition.read` reads the last line again); a file of
/// another owner, writable by others or not of the expected shape is ignored, and deleting it only
/// makes the next save slower. It is written only when a log had to be read from its start, or
/// read on by more than `rewriteAfter` bytes: not at every save.
struct LogPositions {
    private var positions: [String: LogPosition]
    /// The positions as the file holds them.
    private var stored: [String: LogPosition]
    private let file: URL?
    private let workspace: String

    /// Bytes read on past a stored position after which the file is written again.
    static let rewriteAfter = 1 << 20

    private static let magic = Data("ocenka-log-positions 1\n".utf8)
    private static let prefix = "positions-"

    /// The positions of the workspace at `root`, in the folder the environment names (none when
    /// there is no folder to use).
    static func load(for root: URL) -> LogPositions {
        let path = root.standardizedFileURL.path
        guard let folder = CacheFolder.location() else { return LogPositions(positions: [:], stored: [:], file: nil, workspace: path) }
        return load(for: root, in: folder)
    }

    static func load(for root: URL, in folder: URL) -> LogPositions {
        let path = root.standardizedFileURL.path
        let file = CacheFolder.file(prefix, for: path, in: folder)
        let read = Self.read(file, workspace: path)
        return LogPositions(positions: read, stored: read, file: file, workspace: path)
    }

    /// The position of the log at `url` (named `path` relative to the workspace) now, read on from
    /// the one known.
    mutating func position(of url: URL, named path: String) throws(WorkspaceError) -> LogPosition {
        let (position, readWhole) = try LogPosition.read(url, from: positions[path])
        positions[path] = position
        if readWhole || stored[path].map({ position.bytes - $0.bytes > Self.rewriteAfter }) ?? true {
            stored[path] = nil
        }
        return position
    }

    /// Writes the positions when one of them was read from its log's start, or far past the one
    /// stored (through `CacheWriting`). A failure to write is not an error.
    mutating func save() {
        guard let file, positions.contains(where: { stored[$0.key] == nil && $0.value.lines > 0 }) else { return }
        var writer = IndexWriter(capacity: 128 * positions.count)
        let kept = positions.filter { $0.value.lines > 0 }.sorted { $0.key < $1.key }
        writer.unsigned(UInt64(kept.count))
        for (path, position) in kept {
            writer.text(path)
            writer.int(position.bytes)
            writer.int(position.lines)
            writer.int(position.lastLineStart)
            writer.text(position.lastHash)
        }
        var data = Self.magic
        data.append(Data((workspace + "\n").utf8))
        data.append(contentsOf: writer.bytes)
        // Taken as stored once asked for: a write that fails leaves the file as it was, which is
        // checked like any other before it is used.
        stored = positions
        let bytes = data
        CacheWriting.perform {
            guard CacheFolder.write(bytes, to: file) else { return }
            CacheFolder.pruneStale(in: file.deletingLastPathComponent(), prefix: Self.prefix, magic: Self.magic, keeping: file.lastPathComponent)
        }
    }

    /// The positions `file` holds, when it is of this shape and names `workspace`.
    private static func read(_ file: URL, workspace: String) -> [String: LogPosition] {
        guard let data = CacheFolder.read(file), let header = CacheFolder.header(in: data, magic: magic), header.path == workspace
        else { return [:] }
        return data.withUnsafeBytes { bytes in
            (try? decode(bytes, from: header.end)) ?? [:]
        }
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, from start: Int) throws(IndexCorruption) -> [String: LogPosition] {
        var reader = IndexReader(bytes, from: start)
        let count = try reader.count()
        var positions: [String: LogPosition] = [:]
        for _ in 0..<count {
            let path = try reader.text()
            let position = LogPosition(bytes: try reader.int(), lines: try reader.int(), lastLineStart: try reader.int(), lastHash: try reader.text())
            guard position.bytes > position.lastLineStart, position.lastLineStart >= 0, position.lines > 0 else { throw IndexCorruption() }
            positions[path] = position
        }
        guard reader.isAtEnd else { throw IndexCorruption() }
        return positions
    }
}
