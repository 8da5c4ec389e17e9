import Foundation

/// Finds the `ocenka` executable that end-to-end tests run.
///
/// SwiftPM builds it beside the test bundle, so the first place looked at
/// is the folder of the running test binary: that is the build the tests
/// came from (`.build`, `.build-NAME`, debug or release). Then the package's
/// own build folders (`.build*/debug`), newest first. `OCENKA_EXECUTABLE`
/// in the environment overrides both.
enum OcenkaExecutable {
    /// Why no executable was found: the places that were tried.
    struct NotFound: Error, CustomStringConvertible {
        let tried: [String]

        var description: String {
            "the ocenka executable was not found; tried:\n" + tried.joined(separator: "\n")
        }
    }

    /// The path of the executable to run.
    static func path(packageFile: String = #filePath) throws -> String {
        let candidates = self.candidates(packageFile: packageFile)
        for candidate in candidates where isExecutableFile(candidate) {
            return candidate
        }
        throw NotFound(tried: candidates)
    }

    /// `path` quoted for `sh`, to start it in a tmux pane.
    static func shellQuoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func candidates(packageFile: String) -> [String] {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["OCENKA_EXECUTABLE"], !override.isEmpty {
            candidates.append(override)
        }
        let runningBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runningBinary.deletingLastPathComponent().appendingPathComponent("ocenka").path)
        let bundleFolder = Bundle.main.bundleURL.resolvingSymlinksInPath()
        candidates.append(bundleFolder.appendingPathComponent("ocenka").path)
        candidates.append(bundleFolder.deletingLastPathComponent().appendingPathComponent("ocenka").path)
        candidates += packageBuildCandidates(packageFile: packageFile)
        return candidates
    }

    /// `.build*/debug/ocenka` under the package root (two levels above
    /// this file), the most recently built first.
    private static func packageBuildCandidates(packageFile: String) -> [String] {
        let root = URL(fileURLWithPath: packageFile)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        let manager = FileManager.default
        let folders = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        let executables = folders
            .filter { $0.hasPrefix(".build") }
            .map { root.appendingPathComponent($0).appendingPathComponent("debug").appendingPathComponent("ocenka").path }
            .filter(isExecutableFile)
        func modified(_ path: String) -> Date {
            let attributes = try? manager.attributesOfItem(atPath: path)
            return attributes?[.modificationDate] as? Date ?? .distantPast
        }
        return executables.sorted { modified($0) > modified($1) }
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
