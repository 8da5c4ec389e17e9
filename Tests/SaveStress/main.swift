import EvaluationCore
import Foundation
import Workspace
#if canImport(Glibc)
import Glibc
#endif

// SaveStress WORKSPACE EVALUATOR PROPOSAL FIRST COUNT PROGRESS
//
// Saves the evaluator's admin sheet of PROPOSAL COUNT times through EvaluatorDesk, each time with
// different content (state FIRST, FIRST+1, …). Before each save it appends "begin N SHA256" to the
// PROGRESS file and after it "end N"; "ready" once the desk is open. The crash-safety test kills it
// at random moments and checks that the sheet is always the state before or after the save in flight.

let arguments = CommandLine.arguments
guard arguments.count == 7, let first = Int(arguments[4]), let count = Int(arguments[5]) else {
    FileHandle.standardError.write(Data("usage: SaveStress WORKSPACE EVALUATOR PROPOSAL FIRST COUNT PROGRESS\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1], isDirectory: true)
let evaluator = arguments[2]
let proposal = arguments[3]
let progress = open(arguments[6], O_WRONLY | O_CREAT | O_APPEND, 0o644)

func report(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBufferPointer { write(progress, $0.baseAddress, $0.count) }
}

/// State `index` of the sheet: the same for the same index, different from its neighbours.
func sheet(_ index: Int, conflict: ConflictDeclaration) -> AdminSheet {
    let note = String(repeating: "Запис № \(index): автобиографиите са прегледани. ", count: 1 + index % 37)
    return AdminSheet(proposal: proposal, evaluator: evaluator, conflict: conflict, answers: [
        "I.1": .init(.yes, note: note),
        "I.2": .init(index % 2 == 0 ? .na : .yes),
        "II.1": .init(index % 3 == 0 ? .no : .yes, note: index % 3 == 0 ? "Липсва автобиография, запис \(index)." : ""),
    ])
}

do {
    let clock = WorkspaceClock.fromEnvironment()
    let desk = try EvaluatorDesk.open(root, evaluator: evaluator, clock: clock)
    let conflict = try desk.adminSheet(proposal)?.conflict ?? ConflictDeclaration(declared: false, at: clock.now())
    report("ready")
    for index in first..<(first + count) {
        var next = sheet(index, conflict: conflict)
        next.updatedAt = clock.now()
        report("begin \(index) \(SHA256Digest.hex(try CanonicalJSON.encode(next)))")
        try desk.save(next, action: .sheetAnswer)
        report("end \(index)")
    }
    desk.close()
} catch let error as WorkspaceError {
    FileHandle.standardError.write(Data((error.lines(in: .english).joined(separator: "\n") + "\n").utf8))
    exit(1)
}
