import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Terminal
import Workspace

/// Opens the chair's screens: the check, the chair's authority and the terminal, then the program
/// loop (`ProgramRunner` with `ChairEffects`, OcenkaKit).
enum ChairRunner {
    /// Opens the chair's screens on a workspace that passes its check (the check's own reading is the
    /// first screen's data: the workspace is read once). The justifications are left out of it: only
    /// the comparison shows them, and it reads a proposal's from its files when it opens.
    static func run(root: URL, chair id: String?, language: Language, clock: WorkspaceClock) throws {
        let snapshot = try IntegrityGate.check(root, language: language, allowDamaged: false, justifications: false).snapshot
        let chair = try Run.workspace(language) { () throws(WorkspaceError) in
            try Authorization.require(id, roles: [.chair], in: snapshot.info,
                                      for: LocalizedText(bg: "Екраните на председателя", en: "The chair's screens"))
        }
        let terminal = try TerminalSession.startForInterface()
        defer { terminal.stop() }
        var state = ChairState(model: ChairModel(snapshot, chair: chair), language: language, size: terminal.size)
        state.sync = WorkspaceSync.state(root).map(SyncStatus.init)
        let effects = ChairEffects(root: root, chair: chair, clock: clock)
        var runner = ProgramRunner(state, interpreter: effects)
        try runner.run(on: terminal, now: { clock.now() })
    }
}
