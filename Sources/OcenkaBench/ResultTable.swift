import Foundation

/// The benchmark's table: per size the median milliseconds of every step and its ratio to the floor
/// (reading the same files' bytes), and from the second size on the growth from the size before.
struct ResultTable {
    let results: [SizeResult]

    private static let labelWidth = 40

    func render() -> String {
        var lines: [String] = []
        let runs = results.first?.runs ?? 0
        lines.append("ocenka-bench: median of \(runs) runs, in ms; ×floor = the step ÷ reading the same files' bytes;")
        lines.append("×py = the step ÷ the Python reference script; growth = this size ÷ the size before (linear work grows")
        lines.append("as much as the workspace); rows with $ time the release binaries as processes, the others in-process")
        lines.append("")
        var header = pad("", Self.labelWidth)
        var units = pad("", Self.labelWidth)
        for (index, result) in results.enumerated() {
            let title = "\(grouped(result.proposals)) × \(result.evaluators)"
            header += padLeft(title, index == 0 ? 25 : 34)
            units += padLeft("ms", 10) + padLeft("×floor", 8) + padLeft("×py", 7) + (index == 0 ? "" : padLeft("growth", 9))
        }
        lines.append(header)
        lines.append(units)
        lines.append(row("files read by open", results.map { Double($0.files) }, format: { grouped(Int($0)) }))
        lines.append(row("their size (MB)", results.map { Double($0.bytes) / 1_048_576 }, format: { String(format: "%.1f", $0) }))
        lines.append(row("audit logs (MB)", results.map { Double($0.logBytes) / 1_048_576 }, format: { String(format: "%.1f", $0) }))
        for step in BenchStep.allCases {
            lines.append(timeRow(step.label, floors: results.map { $0.median(step.floor) ?? 0 }, values: results.map { $0.median(step) ?? 0 }))
        }
        lines.append(timeRow("$ rank + $ protocol", floors: results.map { $0.median(.readBytes) ?? 0 },
                             values: results.map { ($0.median(.ocenkaRank) ?? 0) + ($0.median(.ocenkaProtocol) ?? 0) }))
        // Reading the workspace (floor 1) and writing the protocol's files (floor 3), one after the
        // other: what a protocol costs with nothing checked, parsed or rendered, and so what a rank
        // (which the index lets read almost nothing) and a protocol together cost at the least.
        lines.append(timeRow("floor + floor 3 (protocol's bytes alone)", floors: results.map { $0.median(.readBytes) ?? 0 },
                             values: results.map { ($0.median(.readBytes) ?? 0) + ($0.median(.writeProtocolOutput) ?? 0) }))
        lines.append(row("memory after open (MB, VmRSS)", results.map { Double($0.openBytes) / 1_048_576 }, format: { String(format: "%.0f", $0) }))
        lines.append(row("peak memory of all steps (MB, VmHWM)", results.map { Double($0.peakBytes) / 1_048_576 },
                         format: { String(format: "%.0f", $0) }))
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }

    /// A row of times: per size the milliseconds, the ratio to the floor and to the Python script, the growth.
    private func timeRow(_ label: String, floors: [Double], values: [Double]) -> String {
        var line = pad(label, Self.labelWidth)
        for (index, result) in results.enumerated() {
            let value = values[index]
            let python = result.median(.python) ?? 0
            line += padLeft(milliseconds(value), 10) + padLeft(floors[index] > 0 ? String(format: "%.2f", value / floors[index]) : "", 8)
                + padLeft(python > 0 ? String(format: "%.2f", value / python) : "", 7)
            if index > 0 { line += padLeft(growth(value, values[index - 1]), 9) }
        }
        return line
    }

    /// A row of sizes (not times): the value under "ms" and the growth.
    private func row(_ label: String, _ values: [Double], format: (Double) -> String) -> String {
        var line = pad(label, Self.labelWidth)
        for (index, value) in values.enumerated() {
            line += padLeft(format(value), 10) + padLeft("", 15)
            if index > 0 { line += padLeft(growth(value, values[index - 1]), 9) }
        }
        return line
    }

    private func milliseconds(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : value >= 1 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }

    private func growth(_ value: Double, _ previous: Double) -> String {
        previous > 0 ? String(format: "%.1f×", value / previous) : ""
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        guard digits.count > 4 || value >= 1_000 else { return digits }
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += " " }
            result.append(character)
        }
        return result
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
