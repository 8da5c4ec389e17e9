import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `--allow-damaged`: compute from a workspace that failed `ocenka check`, with a banner.
struct IntegrityOptions: ParsableArguments {
    @Flag(name: .customLong("allow-damaged"),
          help: "Изчислява и от работно пространство, което не е преминало проверката, с предупреждение в текста. / Computes even from a workspace that failed its check, with a warning in the text.")
    var allowDamaged = false
}

/// Nothing is computed from a damaged workspace: `rank`, `protocol` and the chair's screens run
/// `ocenka check` first and refuse, listing the problems, unless `--allow-damaged` is given; then
/// every text they print carries `banner`.
enum IntegrityGate {
    struct Checked {
        let snapshot: WorkspaceSnapshot
        /// The warning lines for the top and the end of every text, when the check failed.
        let banner: [String]?

        /// `text` with the banner above and below it.
        func marked(_ text: String) -> String {
            guard let banner else { return text }
            let block = banner.joined(separator: "\n")
            return block + "\n\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "\n" + block + "\n"
        }

        /// Whether the text is to be printed with the banner (the check found problems).
        var isMarked: Bool { banner != nil }

        /// `marked` of UTF-8 bytes: the bytes themselves when there is no banner.
        func marked(_ bytes: [UInt8]) -> [UInt8] {
            guard banner != nil else { return bytes }
            return Array(marked(String(decoding: bytes, as: UTF8.self)).utf8)
        }
    }

    /// `justifications`: false for a command that prints none, which then need not be read
    /// (`WorkspaceCheck.run`).
    static func check(_ root: URL, language: Language, allowDamaged: Bool, justifications: Bool = true) throws -> Checked {
        let report = WorkspaceCheck.run(root, language: language, justifications: justifications)
        guard report.isClean else {
            guard allowDamaged, let snapshot = report.snapshot else {
                throw CLIError(lines: report.problems + [LocalizedText(bg: "Работното пространство не премина проверката (ocenka check): нищо не е изчислено. С --allow-damaged резултатът се извежда с предупреждение.", en: "The workspace failed its check (ocenka check): nothing was computed. With --allow-damaged the result is printed with a warning.").text(in: language)])
            }
            let rule = String(repeating: "!", count: 72)
            let banner = [rule,
                          LocalizedText(bg: "!! ВНИМАНИЕ: работното пространство НЕ премина проверката за цялост (ocenka check).", en: "!! WARNING: the workspace FAILED its integrity check (ocenka check).").text(in: language),
                          LocalizedText(bg: "!! Резултатът по-долу не може да бъде подписан. Проблеми: \(report.problems.count).", en: "!! The result below cannot be signed. Problems: \(report.problems.count).").text(in: language)]
                + report.problems.prefix(10).map { "!! " + $0 }
                + (report.problems.count > 10 ? [LocalizedText(bg: "!! … и още \(report.problems.count - 10)", en: "!! … and \(report.problems.count - 10) more").text(in: language)] : [])
                + [rule]
            Console.error(lines: banner)
            return Checked(snapshot: snapshot, banner: banner)
        }
        guard let snapshot = report.snapshot else {
            throw CLIError(lines: report.problems)
        }
        return Checked(snapshot: snapshot, banner: nil)
    }
}
