import ArgumentParser
import EvaluationCore
import Foundation
import OcenkaKit
import Workspace
import WorkspaceFixtures

/// `ocenka demo [DIR] [--summary]`: makes the demonstration workspace of procedure 33.24-2025 in DIR
/// (or reuses the workspace already there, unchanged) and shows where it stands.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Създава демонстрационно работно пространство по процедура 33.24-2025 и показва състоянието му. / Creates a demo workspace of procedure 33.24-2025 and shows where it stands.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Папката на демонстрацията: нова, празна или вече създадено работно пространство (по подразбиране ./ocenka-demo). / The demo's folder: new, empty, or a workspace made before (default ./ocenka-demo).")
    var folder = "ocenka-demo"

    /// Without it, and in a terminal, the demo opens in the interface as `DemoWorkspace.firstEvaluatorID`;
    /// otherwise (no terminal, or this flag) the summary is printed.
    @Flag(help: "Само обобщение, без интерфейса. / The summary only, without the interface.")
    var summary = false

    func run() throws {
        let language = global.language
        let root = URL(fileURLWithPath: folder, isDirectory: true, relativeTo: ProcedureCommand.currentDirectory).standardizedFileURL
        let made = try prepare(root, language: language)
        if !summary && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            try InterfaceRunner.run(root: root, evaluator: DemoWorkspace.firstEvaluatorID, language: language,
                                    clock: .fromEnvironment())
            return
        }
        let snapshot = try Run.workspace(language) { () throws(WorkspaceError) in try WorkspaceLoader.load(root).get() }
        Console.out(DemoReport(summary: DemoWorkspace.Summary(snapshot), made: made, folder: folder, language: language).render())
    }

    /// Makes the demo in `root` unless a workspace is there already; whether it was made now.
    private func prepare(_ root: URL, language: Language) throws -> Bool {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: WorkspaceLayout(root: root).workspaceFile.path) { return false }
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: root.path, isDirectory: &isFolder) {
            let contents = isFolder.boolValue ? (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? ["?"] : ["?"]
            guard contents.isEmpty else {
                throw CLIError(LocalizedText(
                    bg: "\(root.path): \(isFolder.boolValue ? "папката не е празна и не е работно пространство на ocenka (няма workspace.json)" : "това е файл, а не папка"); демонстрацията се създава в нова или празна папка, напр. ocenka demo ocenka-demo-2",
                    en: "\(root.path): \(isFolder.boolValue ? "the folder is not empty and is not an ocenka workspace (no workspace.json)" : "this is a file, not a folder"); the demo is made in a new or empty folder, e.g. ocenka demo ocenka-demo-2"),
                    in: language)
            }
        }
        let procedure: ProcedureFile
        switch DemoWorkspace.referenceProcedure() {
        case .success(let loaded):
            procedure = loaded
        case .failure(let error):
            throw CLIError(error, in: language)
        }
        _ = try Run.workspace(language) { () throws(WorkspaceError) in try DemoWorkspace.create(at: root, procedure: procedure) }
        return true
    }
}
