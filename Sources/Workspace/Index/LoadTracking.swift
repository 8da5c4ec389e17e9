/// What `ocenka check` asks of `WorkspaceLoader.load` besides the snapshot: the hash of every file's
/// bytes as parsed (so that no file is read twice), the files taken from the index, and the records
/// of what the index is to keep.
struct LoadTracking: Sendable {
    /// Path relative to the workspace → hex SHA-256 of the bytes parsed.
    var digests: [String: String] = [:]
    /// The index as read; the loader matches it with the workspace once `workspace.json` and
    /// `procedure.json` are read.
    var index: WorkspaceIndex
    /// Path → what the index keeps of the file.
    var records: [String: WorkspaceIndex.Record] = [:]
    /// When the check began (nanoseconds since 1970): files changed less than
    /// `WorkspaceIndex.settleMargin` before are not recorded.
    let started: Int64

    init(index: WorkspaceIndex, started: Int64) {
        self.index = index
        self.started = started
    }

    /// Room for the hashes and records of `count` more files, so that the tables are not rehashed
    /// as they grow file by file.
    mutating func reserve(files count: Int) {
        digests.reserveCapacity(digests.count + count)
        records.reserveCapacity(records.count + count)
    }
}
