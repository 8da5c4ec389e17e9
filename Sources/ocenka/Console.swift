import EvaluationCore
import Foundation

/// Writing to standard output and standard error. Every text goes out with its control characters
/// escaped (`ControlCharacters.escaped`): what a file or an argument holds never drives the terminal.
enum Console {
    static func out(_ text: String) {
        let text = text.escapingControlCharacters
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        let text = text.escapingControlCharacters
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(lines: [String]) {
        for line in lines { error(line) }
    }
}
