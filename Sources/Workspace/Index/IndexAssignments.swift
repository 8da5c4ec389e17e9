import EvaluationCore

/// The draw (`chair/assignments.json`) as the loader parsed it and the index keeps it: every field,
/// so that what the index gives back is equal (`==`) to what parsing the file gives.
enum IndexAssignments {
    static func encoded(_ assignments: Assignments) -> [UInt8] {
        var writer = IndexWriter(capacity: (assignments.admin.count + assignments.quality.count) * 40)
        writer.int(assignments.format)
        writer.optional(assignments.seed) { $0.unsigned($1) }
        for stage in Assignments.Stage.allCases {
            let map = assignments[stage]
            writer.unsigned(UInt64(map.count))
            for (proposal, evaluators) in map.sorted(by: { $0.key < $1.key }) {
                writer.text(proposal)
                writer.texts(evaluators)
            }
        }
        return writer.bytes
    }

    static func decoded(_ bytes: UnsafeRawBufferPointer) throws(IndexCorruption) -> Assignments {
        var reader = IndexReader(bytes)
        let format = try reader.int()
        var assignments = Assignments(seed: try reader.optional { reader throws(IndexCorruption) in try reader.unsigned() })
        assignments.format = format
        for stage in Assignments.Stage.allCases {
            let count = try reader.count()
            var map: [String: [String]] = Dictionary(minimumCapacity: count)
            for _ in 0 ..< count { map[try reader.text()] = try reader.texts() }
            assignments[stage] = map
        }
        guard reader.isAtEnd else { throw IndexCorruption() }
        return assignments
    }
}
