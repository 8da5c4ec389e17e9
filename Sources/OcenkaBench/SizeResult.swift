/// What `run-one` measured on one workspace, handed to `run` as JSON on standard output.
struct SizeResult: Codable, Sendable {
    var proposals: Int
    var evaluators: Int
    /// The JSON files the loader reads, and their bytes.
    var files: Int
    var bytes: Int
    /// The bytes of the audit logs.
    var logBytes: Int
    var runs: Int
    /// Step → the milliseconds of every run.
    var samples: [String: [Double]]
    /// The peak resident memory of the process (`VmHWM`).
    var peakBytes: Int
    /// The resident memory right after the first opening, with one snapshot in memory (`VmRSS`).
    var openBytes: Int

    func median(_ step: BenchStep) -> Double? {
        samples[step.rawValue].map(Stopwatch.median)
    }
}
