import Foundation

/// Finds the `Config` folder with the procedures. In order: `$OCENKA_CONFIG`; a `Config/procedures`
/// in the current folder or any folder above it (`swift run` from a checkout); the same beside the
/// executable or above it (`.build/debug/ocenka` in a checkout); `<prefix>/share/ocenka/Config` for an
/// executable installed in `<prefix>/bin`; `/usr/local/share/ocenka/Config`; `/usr/share/ocenka/Config`.
public struct ConfigLocator: Sendable {
    public static let environmentVariable = "OCENKA_CONFIG"

    public let environment: [String: String]
    public let currentDirectory: URL
    public let executable: URL?

    public init(environment: [String: String], currentDirectory: URL, executable: URL?) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executable = executable
    }

    /// The locator for this process.
    public static var forCurrentProcess: ConfigLocator {
        ConfigLocator(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            executable: Bundle.main.executableURL?.resolvingSymlinksInPath())
    }

    /// Every place looked at, in order.
    public var candidates: [URL] {
        if let override = environment[ConfigLocator.environmentVariable], !override.isEmpty {
            return [URL(fileURLWithPath: override, isDirectory: true, relativeTo: currentDirectory).standardizedFileURL]
        }
        var result: [URL] = []
        result += ancestors(of: currentDirectory).map { $0.appendingPathComponent("Config", isDirectory: true) }
        if let executable {
            let folder = executable.deletingLastPathComponent()
            result += ancestors(of: folder).map { $0.appendingPathComponent("Config", isDirectory: true) }
            result.append(folder.deletingLastPathComponent().appendingPathComponent("share/ocenka/Config", isDirectory: true))
        }
        result.append(URL(fileURLWithPath: "/usr/local/share/ocenka/Config", isDirectory: true))
        result.append(URL(fileURLWithPath: "/usr/share/ocenka/Config", isDirectory: true))
        var seen: Set<String> = []
        return result.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The first candidate that has a `procedures` folder.
    public func locate() -> Result<URL, ProcedureStoreError> {
        let fileManager = FileManager.default
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            let procedures = candidate.appendingPathComponent("procedures", isDirectory: true)
            if fileManager.fileExists(atPath: procedures.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return .success(candidate.standardizedFileURL)
            }
        }
        return .failure(.configNotFound(searched: candidates.map(\.path),
                                        overridden: environment[ConfigLocator.environmentVariable].map { !$0.isEmpty } ?? false))
    }

    private func ancestors(of url: URL) -> [URL] {
        var result: [URL] = []
        var current = url.standardizedFileURL
        while true {
            result.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return result
    }
}
