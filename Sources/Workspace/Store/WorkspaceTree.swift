import EvaluationCore
import Foundation

/// What a workspace folder holds, walked without following links: the evaluators' folders and
/// their files, and everything that has no place in a workspace (unknown or hidden files, links,
/// stray folders), which `check` reports.
struct WorkspaceTree {
    var evaluatorFolders: [String] = []
    /// Evaluator id → the JSON files of the folder (sheets and the declaration), sorted.
    var evaluatorFiles: [String: [String]] = [:]
    var problems: [LocalizedText] = []
    var notes: [LocalizedText] = []

    func files(in evaluator: String) -> [String] {
        evaluatorFiles[evaluator] ?? []
    }

    static let rootFiles: Set<String> = ["workspace.json", "procedure.json", "proposals.json"]
    static let rootFolders: Set<String> = ["chair", "sheets", "exports"]
    static let chairFiles: Set<String> = ["assignments.json", "decisions.json", "audit.jsonl", "session.json", "exports.json", "objections.json"]

    static func scan(_ layout: WorkspaceLayout) -> WorkspaceTree {
        var tree = WorkspaceTree()
        for name in names(in: layout.root) {
            let path = "\(name)"
            let url = layout.root.appendingPathComponent(name)
            if rootFiles.contains(name) {
                tree.expect(.file, at: url.path, named: path)
            } else if rootFolders.contains(name) {
                guard tree.expect(.folder, at: url.path, named: path) else { continue }
                switch name {
                case "chair": tree.scanChair(layout)
                case "sheets": tree.scanSheets(layout)
                default: tree.scanExports(layout)
                }
            } else if tree.isPending(name, of: rootFiles, at: url.path, named: path) {
                continue
            } else if name == ".git" {
                tree.expect(.folder, at: url.path, named: path)
            } else if name == ".gitignore" {
                tree.expect(.file, at: url.path, named: path)
            } else {
                tree.unknown(url.path, named: path)
            }
        }
        return tree
    }

    private mutating func scanChair(_ layout: WorkspaceLayout) {
        for name in Self.names(in: layout.chairFolder) {
            let path = "chair/\(name)"
            let url = layout.chairFolder.appendingPathComponent(name)
            if Self.chairFiles.contains(name) || name == ".lock" {
                expect(.file, at: url.path, named: path)
            } else if !isPending(name, of: Self.chairFiles, at: url.path, named: path) {
                unknown(url.path, named: path)
            }
        }
    }

    private mutating func scanSheets(_ layout: WorkspaceLayout) {
        for evaluator in Self.names(in: layout.sheetsFolder) {
            let path = "sheets/\(evaluator)"
            let url = layout.evaluatorFolder(evaluator)
            guard !evaluator.hasPrefix("."), Posix.entry(at: url.path) == .folder else {
                if Posix.entry(at: url.path) == .symbolicLink { expect(.folder, at: url.path, named: path) } else { unknown(url.path, named: path) }
                continue
            }
            evaluatorFolders.append(evaluator)
            // Paths by concatenation: a `URL` per file was 1.5 % of a check.
            let folderPath = url.path
            var files: [String] = []
            // What each file is, from the listing: an lstat per file was ~4 % of `rank`.
            for (name, entry) in Posix.entries(in: folderPath) {
                let filePath = "\(path)/\(name)"
                let file = folderPath + "/" + name
                if name == "audit.jsonl" || name == ".lock" {
                    expect(.file, at: file, named: filePath, found: entry)
                } else if Self.isSheetName(name) {
                    if expect(.file, at: file, named: filePath, found: entry) { files.append(name) }
                } else if name.hasPrefix("."), name.hasSuffix(".pending"),
                          Self.isSheetName(String(name.dropFirst().dropLast(".pending".count))) {
                    _ = isPending(name, of: [String(name.dropFirst().dropLast(".pending".count))], at: file, named: filePath)
                } else {
                    unknown(file, named: filePath)
                }
            }
            evaluatorFiles[evaluator] = files
        }
    }

    private mutating func scanExports(_ layout: WorkspaceLayout) {
        for name in Self.names(in: layout.exportsFolder) {
            let path = "exports/\(name)"
            let url = layout.exportsFolder.appendingPathComponent(name)
            if name.hasPrefix(".") && !isPending(name, of: nil, at: url.path, named: path) {
                unknown(url.path, named: path)
            } else if !name.hasPrefix(".") {
                expect(.file, at: url.path, named: path)
            }
        }
    }

    /// `declaration.json`, `<proposal>.admin.json`, `<proposal>.quality.json`, with a proposal id
    /// that is not hidden.
    static func isSheetName(_ name: String) -> Bool {
        if name == "declaration.json" { return true }
        for suffix in [".admin.json", ".quality.json"] where name.hasSuffix(suffix) {
            let proposal = name.dropLast(suffix.count)
            return !proposal.isEmpty && !proposal.hasPrefix(".")
        }
        return false
    }

    /// A pending file of one of `targets` (any name when nil): noted, not a problem.
    private mutating func isPending(_ name: String, of targets: Set<String>?, at file: String, named path: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".pending") else { return false }
        let target = String(name.dropFirst().dropLast(".pending".count))
        guard targets?.contains(target) ?? true else { return false }
        guard expect(.file, at: file, named: path) else { return true }
        notes.append(LocalizedText(
            bg: "\(path): незавършен запис; ще бъде довършен или премахнат при следващата сесия на пишещия",
            en: "\(path): an unfinished save; it is completed or removed at the writer's next session"))
        return true
    }

    /// Whether the file at `file` (its path on disk) is what it should be; a link or anything else is a problem.
    /// `found`: what the folder's listing says it is, when known.
    @discardableResult
    private mutating func expect(_ kind: Posix.Entry, at file: String, named path: String, found: Posix.Entry? = nil) -> Bool {
        let found = found ?? Posix.entry(at: file)
        if found == kind { return true }
        if found == .symbolicLink {
            problems.append(LocalizedText(bg: "\(path): символна връзка в работното пространство; връзки не се допускат",
                                          en: "\(path): a symbolic link inside the workspace; links are not allowed"))
        } else {
            let expected = kind == .folder ? LocalizedText(bg: "папка", en: "a folder") : LocalizedText(bg: "обикновен файл", en: "a regular file")
            problems.append(LocalizedText(bg: "\(path): очаква се \(expected.bulgarian)", en: "\(path): expected \(expected.english)"))
        }
        return false
    }

    private mutating func unknown(_ file: String, named path: String) {
        if Posix.entry(at: file) == .symbolicLink {
            expect(.file, at: file, named: path)
            return
        }
        problems.append(LocalizedText(
            bg: "\(path): непознат файл или папка в работното пространство; ocenka не го е създала и не го чете (преместете го извън работното пространство)",
            en: "\(path): an unknown file or folder in the workspace; ocenka did not write it and does not read it (move it out of the workspace)"))
    }

    private static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}
