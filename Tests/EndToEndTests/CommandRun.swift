import Foundation
import TestSupport

/// One run of the `ocenka` executable as a shell user would make it: arguments, environment, folder;
/// what it printed and how it exited.
struct CommandRun {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// Runs `ocenka` with `arguments` in `folder` (default: the package root), with the environment
    /// of the test less any `OCENKA_*` variables, plus `environment`.
    static func ocenka(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> CommandRun {
        var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("OCENKA_") || $0.key == "OCENKA_EXECUTABLE" }
        merged["LANG"] = "C.UTF-8"
        for (key, value) in environment { merged[key] = value }
        let result = try ChildProcess.run(try OcenkaExecutable.path(), arguments: arguments, environment: merged,
                                          directory: (folder ?? packageRoot).path)
        return CommandRun(status: result.status, standardOutput: result.output, standardError: result.errorOutput)
    }

    static var packageRoot: URL { TestFiles.packageRoot }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        try TestFiles.temporaryFolder()
    }
}
