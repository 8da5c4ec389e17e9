import EvaluationCore
import Foundation

/// `ocenka check`: every file against its format, every audit chain, every file against the last
/// state its log records, and the references between files (DESIGN §7). It writes nothing.
public enum WorkspaceCheck {
    public struct Report: Sendable {
        /// Problems, one line each, naming the file.
        public var problems: [String]
        /// Things worth knowing that are not problems (an interrupted save that will be completed).
        public var notes: [String]
        /// The one-line summary when all is well.
        public var summary: String

        public var isClean: Bool { problems.isEmpty }
    }

    public static func run(_ root: URL, language: Language) -> Report {
        func t(_ bg: String, _ en: String) -> String { language == .bulgarian ? bg : en }
        let layout = WorkspaceLayout(root: root)
        var problems: [String] = []
        var notes: [String] = []
        let snapshot: WorkspaceSnapshot?
        switch WorkspaceLoader.load(root) {
        case .success(let loaded):
            snapshot = loaded
        case .failure(let error):
            if case .notAWorkspace = error {
                return Report(problems: error.lines(in: language), notes: [], summary: "")
            }
            problems += error.lines(in: language)
            snapshot = nil
        }

        var logEntries = 0
        var writers: [(log: URL, files: [URL], folderPrefix: String?)] = []
        let chairFiles = [layout.workspaceFile, layout.procedureFile, layout.proposalsFile, layout.assignmentsFile, layout.decisionsFile]
        writers.append((layout.chairAuditFile, chairFiles, nil))
        let evaluatorFolders = ((try? FileManager.default.contentsOfDirectory(atPath: layout.sheetsFolder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        for evaluator in evaluatorFolders {
            let folder = layout.evaluatorFolder(evaluator)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
            writers.append((layout.auditFile(evaluator), files, "sheets/\(evaluator)/"))
        }
        for writer in writers {
            let logName = layout.relativePath(of: writer.log)
            guard FileManager.default.fileExists(atPath: writer.log.path) else {
                let existing = writer.files.filter { FileManager.default.fileExists(atPath: $0.path) }
                if !existing.isEmpty {
                    problems.append(t("\(logName): липсва дневникът, а папката има файлове (\(existing.map(\.lastPathComponent).joined(separator: ", ")))",
                                      "\(logName): the log is missing but the folder has files (\(existing.map(\.lastPathComponent).joined(separator: ", ")))"))
                }
                continue
            }
            let reading: AuditLog.Reading
            switch AuditLog.read(writer.log) {
            case .failure(let error):
                problems += error.lines(in: language)
                continue
            case .success(let read):
                reading = read
            }
            logEntries += reading.entries.count
            problems += reading.problems.map { "\(logName): \($0.text(in: language))" }
            if reading.tornTail > 0 {
                notes.append(t("\(logName): последният ред е недописан (прекъснат запис); ще бъде премахнат при следващата промяна",
                               "\(logName): the last line is incomplete (an interrupted save); it is removed at the next change"))
            }
            if let prefix = writer.folderPrefix {
                for entry in reading.entries where !entry.target.hasPrefix(prefix) {
                    problems.append(t("\(logName): записът за \(entry.target) е извън папката на този оценител",
                                      "\(logName): an entry for \(entry.target) is outside this evaluator's folder"))
                }
            }
            let latest = reading.latestEntries()
            var targets = Set(latest.keys)
            for file in writer.files { targets.insert(layout.relativePath(of: file)) }
            // The files are hashed on every core first (nil: there is no such file), then judged in order.
            let sortedTargets = targets.sorted()
            let hashes = sortedTargets.concurrentMap { target -> String? in
                let url = layout.url(forRelativePath: target)
                guard FileManager.default.fileExists(atPath: url.path) else { return nil }
                return SHA256Digest.hex((try? Data(contentsOf: url)) ?? Data())
            }
            for (target, hash) in zip(sortedTargets, hashes) {
                let url = layout.url(forRelativePath: target)
                let last = latest[target]?.last
                guard let sha = hash else {
                    if last != nil {
                        problems.append(t("\(target): файлът липсва, а дневникът \(logName) го записва; изтрит е извън програмата",
                                          "\(target): the file is missing but \(logName) records it; it was deleted outside the program"))
                    }
                    continue
                }
                guard let last else {
                    problems.append(t("\(target): файлът не е записан в дневника \(logName); създаден е извън програмата",
                                      "\(target): the file is not in \(logName); it was written outside the program"))
                    continue
                }
                if sha == last.sha256 { continue }
                let pending = AtomicFile.pendingURL(for: url)
                let pendingSHA = (try? Data(contentsOf: pending)).map(SHA256Digest.hex)
                let previousSHA = latest[target]?.previous?.sha256
                if pendingSHA == last.sha256 && sha == previousSHA {
                    notes.append(t("\(target): запис, прекъснат преди преименуването; ще бъде довършен при следващата промяна",
                                   "\(target): a save interrupted before its rename; it is completed at the next change"))
                } else {
                    problems.append(t("\(target): съдържанието не съвпада с последното записано в \(logName) (\(last.at), \(last.actor)); файлът е променен извън програмата",
                                      "\(target): the content differs from the last state recorded in \(logName) (\(last.at), \(last.actor)); the file was changed outside the program"))
                }
            }
        }

        var sheetCount = 0
        if let snapshot {
            let members = Dictionary(snapshot.info.committee.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let proposalIDs = Set(snapshot.proposals.map(\.id))
            for stage in Assignments.Stage.allCases {
                for (proposal, evaluators) in snapshot.assignments[stage].sorted(by: { $0.key < $1.key }) {
                    if !proposalIDs.contains(proposal) {
                        problems.append(t("chair/assignments.json: \(stage.rawValue): няма предложение „\(proposal)“ в регистъра",
                                          "chair/assignments.json: \(stage.rawValue): there is no proposal \"\(proposal)\" in the register"))
                    }
                    for evaluator in evaluators where members[evaluator]?.role != .evaluator {
                        problems.append(t("chair/assignments.json: \(stage.rawValue).\(proposal): „\(evaluator)“ не е оценител в комисията",
                                          "chair/assignments.json: \(stage.rawValue).\(proposal): \"\(evaluator)\" is not an evaluator of the committee"))
                    }
                }
            }
            for evaluator in evaluatorFolders where members[evaluator] == nil {
                problems.append(t("sheets/\(evaluator): няма такъв член на комисията", "sheets/\(evaluator): there is no such committee member"))
            }
            var sheetProposals: [String: Set<String>] = [:]
            for (evaluator, sheets) in snapshot.adminSheets { sheetProposals[evaluator, default: []].formUnion(sheets.keys) }
            for (evaluator, sheets) in snapshot.qualitySheets { sheetProposals[evaluator, default: []].formUnion(sheets.keys) }
            for (evaluator, proposals) in sheetProposals.sorted(by: { $0.key < $1.key }) {
                for proposal in proposals.sorted() where !proposalIDs.contains(proposal) {
                    problems.append(t("sheets/\(evaluator): лист за предложение „\(proposal)“, което не е в регистъра",
                                      "sheets/\(evaluator): a sheet for proposal \"\(proposal)\", which is not in the register"))
                }
            }
            sheetCount = snapshot.adminSheets.values.reduce(0) { $0 + $1.count } + snapshot.qualitySheets.values.reduce(0) { $0 + $1.count }
            let summary = t(
                "Работното пространство е наред: \(snapshot.proposals.count) предложения, \(snapshot.info.committee.count) членове на комисията, \(sheetCount) оценителни листа, \(logEntries) записа в дневниците.",
                "The workspace is in order: \(snapshot.proposals.count) proposals, \(snapshot.info.committee.count) committee members, \(sheetCount) sheets, \(logEntries) log entries.")
            return Report(problems: problems, notes: notes, summary: summary)
        }
        return Report(problems: problems, notes: notes, summary: "")
    }
}
