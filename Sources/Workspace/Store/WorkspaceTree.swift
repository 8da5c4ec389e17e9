import EvaluationCore
import Foundation

/// What a workspace folder holds, walked without following links: the evaluators' folders and
/// their files, and everything that has no place in a workspace (unknown or hidden files, links,
/// stray folders), which `check` reports.
struct WorkspaceTree: Sendable {
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
        for (name, entry) in entries(in: layout.root) {
            let path = "\(name)"
            if rootFiles.contains(name) {
                tree.expect(.file, found: entry, named: path)
            } else if rootFolders.contains(name) {
                guard tree.expect(.folder, found: entry, named: path) else { continue }
                switch name {
                case "chair": tree.scanChair(layout)
                case "sheets": tree.scanSheets(layout)
                default: tree.scanExports(layout)
                }
            } else if tree.isPending(name, of: rootFiles, found: entry, named: path) {
                continue
            } else if name == ".git" {
                tree.expect(.folder, found: entry, named: path)
            } else if name == ".gitignore" {
                tree.expect(.file, found: entry, named: path)
            } else {
                tree.unknown(entry, named: path)
            }
        }
        return tree
    }

    private mutating func scanChair(_ layout: WorkspaceLayout) {
        for (name, entry) in Self.entries(in: layout.chairFolder) {
            let path = "chair/\(name)"
            if Self.chairFiles.contains(name) || name == ".lock" {
                expect(.file, found: entry, named: path)
            } else if !isPending(name, of: Self.chairFiles, found: entry, named: path) {
                unknown(entry, named: path)
            }
        }
    }

    private mutating func scanSheets(_ layout: WorkspaceLayout) {
        for (evaluator, entry) in Self.entries(in: layout.sheetsFolder) {
            let path = "sheets/\(evaluator)"
            guard !evaluator.hasPrefix("."), entry == .folder else {
                if entry == .symbolicLink { expect(.folder, found: entry, named: path) } else { unknown(entry, named: path) }
                continue
            }
            evaluatorFolders.append(evaluator)
            var files: [String] = []
            for (name, entry) in Self.entries(in: layout.evaluatorFolder(evaluator)) {
                let filePath = "\(path)/\(name)"
                if name == "audit.jsonl" || name == ".lock" {
                    expect(.file, found: entry, named: filePath)
                } else if Self.isSheetName(name) {
                    if expect(.file, found: entry, named: filePath) { files.append(name) }
                } else if name.hasPrefix("."), name.hasSuffix(".pending"),
                          Self.isSheetName(String(name.dropFirst().dropLast(".pending".count))) {
                    _ = isPending(name, of: [String(name.dropFirst().dropLast(".pending".count))], found: entry, named: filePath)
                } else {
                    unknown(entry, named: filePath)
                }
            }
            evaluatorFiles[evaluator] = files
        }
    }

    private mutating func scanExports(_ layout: WorkspaceLayout) {
        for (name, entry) in Self.entries(in: layout.exportsFolder) {
            let path = "exports/\(name)"
            if name.hasPrefix(".") && !isPending(name, of: nil, found: entry, named: path) {
                unknown(entry, named: path)
            } else if !name.hasPrefix(".") {
                expect(.file, found: entry, named: path)
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
    private mutating func isPending(_ name: String, of targets: Set<String>?, found: Posix.Entry, named path: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".pending") else { return false }
        let target = String(name.dropFirst().dropLast(".pending".count))
        guard targets?.contains(target) ?? true else { return false }
        guard expect(.file, found: found, named: path) else { return true }
        notes.append(LocalizedText(
            bg: "\(path): незавършен запис; ще бъде довършен или премахнат при следващата сесия на пишещия",
            en: "\(path): an unfinished save; it is completed or removed at the writer's next session"))
        return true
    }

    /// Whether an entry, `found` to be what its folder's listing says, is what it should be; a link or
    /// anything else is a problem.
    @discardableResult
    private mutating func expect(_ kind: Posix.Entry, found: Posix.Entry, named path: String) -> Bool {
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

    private mutating func unknown(_ found: Posix.Entry, named path: String) {
        if found == .symbolicLink {
            expect(.file, found: found, named: path)
            return
        }
        problems.append(LocalizedText(
            bg: "\(path): непознат файл или папка в работното пространство; ocenka не го е създала и не го чете (преместете го извън работното пространство)",
            en: "\(path): an unknown file or folder in the workspace; ocenka did not write it and does not read it (move it out of the workspace)"))
    }

    /// The folder's entries, sorted by name, each with what the listing says it is: an `lstat` per
    /// file was ~4 % of `rank` (`Posix.entries`).
    private static func entries(in folder: URL) -> [(name: String, entry: Posix.Entry)] {
        Posix.entries(in: folder.path)
    }
}
