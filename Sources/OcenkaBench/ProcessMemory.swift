import Foundation

/// This process's memory, from `/proc/self/status` (Linux).
enum ProcessMemory {
    /// The peak resident set size (`VmHWM`), in bytes.
    static var peak: Int { field("VmHWM") }

    /// The current resident set size (`VmRSS`), in bytes.
    static var resident: Int { field("VmRSS") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kilobytes = line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
            return kilobytes * 1_024
        }
        return 0
    }
}
