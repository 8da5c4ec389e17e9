import EvaluationCore
import Foundation

/// `ocenka check`: every file against its format; every audit chain, its authors and their
/// signatures; every file against the last state its log records; every log against the heads the
/// chair's log anchored; nothing in the workspace that the program does not know; the references
/// between files. It writes nothing.
public enum WorkspaceCheck {
    public struct Report: Sendable {
        /// Problems, one line each, naming the file.
        public var problems: [String]
        /// Things worth knowing that are not problems (an interrupted save that will be completed).
        public var notes: [String]
        /// The one-line summary when all is well.
        public var summary: String
        /// The workspace as loaded, when every file parsed (even if other problems were found).
        public var snapshot: WorkspaceSnapshot?

        public var isClean: Bool { problems.isEmpty }
    }

    /// One writer's log and the files it records.
    private struct Writer {
        let log: URL
        let files: [URL]
        /// The evaluator whose folder this is; nil for the chair.
        let owner: String?
    }

    /// `signatures`: the lines verified by earlier checks (`VerifiedSignatures.load`), which are not
    /// verified again; the check keeps the lines it verified there.
    public static func run(_ root: URL, language: Language, signatures: VerifiedSignatures? = nil) -> Report {
        let known = signatures ?? VerifiedSignatures.load(for: root)
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
                return Report(problems: error.lines(in: language), notes: [], summary: "", snapshot: nil)
            }
            problems += error.lines(in: language)
            snapshot = nil
        }
        // The committee (for the signatures) even when another file failed to load.
        let committee = snapshot?.info.committee
            ?? (try? WorkspaceFiles.info(layout))?.committee

        let tree = WorkspaceTree.scan(layout)
        problems += tree.problems.map { $0.text(in: language) }
        notes += tree.notes.map { $0.text(in: language) }

        var writers = [Writer(log: layout.chairAuditFile, files: [layout.workspaceFile, layout.procedureFile, layout.proposalsFile,
                                                                   layout.assignmentsFile, layout.decisionsFile, layout.sessionFile,
                                                                   layout.exportLogFile, layout.objectionsFile], owner: nil)]
        for evaluator in tree.evaluatorFolders {
            let folder = layout.evaluatorFolder(evaluator)
            writers.append(Writer(log: layout.auditFile(evaluator), files: tree.files(in: evaluator).map { folder.appendingPathComponent($0) },
                                  owner: evaluator))
        }

        var logEntries = 0
        // Log path → the longest head another log anchored, and where.
        var anchors: [String: (head: ChainHead, by: String, line: Int)] = [:]
        var logData: [String: Data] = [:]
        var verified = Set<VerifiedSignatures.Record>()
        for writer in writers {
            let logName = layout.relativePath(of: writer.log)
            guard Posix.entry(at: writer.log.path) != .missing else {
                let existing = writer.files.filter { Posix.entry(at: $0.path) != .missing }
                if !existing.isEmpty {
                    problems.append(t("\(logName): липсва дневникът, а папката има файлове (\(existing.map(\.lastPathComponent).joined(separator: ", ")))",
                                      "\(logName): the log is missing but the folder has files (\(existing.map(\.lastPathComponent).joined(separator: ", ")))"))
                }
                continue
            }
            let rule = committee.map { SignatureRule(committee: $0, owner: writer.owner) }
            let data: Data
            do {
                data = try WorkspaceFiles.data(writer.log)
            } catch {
                problems += error.lines(in: language)
                continue
            }
            logData[logName] = data
            let reading = AuditLog.parse(data, verifying: rule, known: known, keepingChanges: false)
            verified.formUnion(reading.verified)
            logEntries += reading.entries.count
            problems += reading.problems.map { "\(logName): \($0.text(in: language))" }
            if reading.tornTail > 0 {
                notes.append(t("\(logName): последният ред е недописан (прекъснат запис); ще бъде премахнат при следващата промяна",
                               "\(logName): the last line is incomplete (an interrupted save); it is removed at the next change"))
            }
            if let owner = writer.owner {
                for entry in reading.entries where !entry.target.hasPrefix("sheets/\(owner)/") {
                    problems.append(t("\(logName): записът за \(entry.target) е извън папката на този оценител",
                                      "\(logName): an entry for \(entry.target) is outside this evaluator's folder"))
                }
            }
            for (index, entry) in reading.entries.enumerated() {
                for (log, head) in entry.anchors ?? [:] where head.lines >= (anchors[log]?.head.lines ?? 0) {
                    if let earlier = anchors[log], earlier.head.lines == head.lines, earlier.head.head != head.head {
                        problems.append(t("\(log): \(logName), ред \(index + 1) и \(earlier.by), ред \(earlier.line) отбелязват различен ред \(head.lines); един от дневниците е пренаписан",
                                          "\(log): \(logName) line \(index + 1) and \(earlier.by) line \(earlier.line) record a different line \(head.lines); one of the logs was rewritten"))
                    }
                    anchors[log] = (head, logName, index + 1)
                }
            }
            problems += compareFiles(writer, reading: reading, layout: layout, logName: logName, notes: &notes, language: language)
        }

        // Every log at least as long as the others last saw it, with the same line there.
        for (logName, anchor) in anchors.sorted(by: { $0.key < $1.key }) {
            guard let data = logData[logName] else {
                problems.append(t("\(logName): дневникът (или цялата папка) липсва, а \(anchor.by), ред \(anchor.line) е отбелязал \(anchor.head.lines) негови записа; изтрит е извън програмата",
                                  "\(logName): the log (or its whole folder) is missing, but \(anchor.by) line \(anchor.line) recorded \(anchor.head.lines) of its entries; it was deleted outside the program"))
                continue
            }
            let hash = AuditLog.hash(ofLine: anchor.head.lines, in: data)
            if hash == nil {
                problems.append(t("\(logName): дневникът има по-малко от \(anchor.head.lines) реда, отбелязани в \(anchor.by), ред \(anchor.line); краят му е отрязан",
                                  "\(logName): the log has fewer than the \(anchor.head.lines) lines recorded in \(anchor.by) line \(anchor.line); its end was cut off"))
            } else if hash != anchor.head.head {
                problems.append(t("\(logName): ред \(anchor.head.lines) не е този, който е отбелязан в \(anchor.by), ред \(anchor.line); дневникът е пренаписан",
                                  "\(logName): line \(anchor.head.lines) is not the one recorded in \(anchor.by) line \(anchor.line); the log was rewritten"))
            }
        }

        known.save(verified)

        var sheetCount = 0
        if let snapshot {
            problems += references(snapshot, evaluatorFolders: tree.evaluatorFolders, language: language)
            problems += objectionProblems(snapshot, language: language)
            sheetCount = snapshot.adminSheets.values.reduce(0) { $0 + $1.count } + snapshot.qualitySheets.values.reduce(0) { $0 + $1.count }
            let summary = t(
                "Работното пространство е наред: \(snapshot.proposals.count) предложения, \(snapshot.info.committee.count) членове на комисията, \(sheetCount) оценителни листа, \(logEntries) записа в дневниците.",
                "The workspace is in order: \(snapshot.proposals.count) proposals, \(snapshot.info.committee.count) committee members, \(sheetCount) sheets, \(logEntries) log entries.")
            return Report(problems: problems, notes: notes, summary: summary, snapshot: snapshot)
        }
        return Report(problems: problems, notes: notes, summary: "", snapshot: nil)
    }

    /// Each file of `writer` against the last state its log records.
    private static func compareFiles(_ writer: Writer, reading: AuditLog.Reading, layout: WorkspaceLayout, logName: String,
                                     notes: inout [String], language: Language) -> [String] {
        func t(_ bg: String, _ en: String) -> String { language == .bulgarian ? bg : en }
        var problems: [String] = []
        let latest = reading.latestEntries()
        var targets = Set(latest.keys)
        for file in writer.files { targets.insert(layout.relativePath(of: file)) }
        // The files are hashed on every core first (nil: there is no such file), then judged in order.
        let sortedTargets = targets.sorted()
        let hashes = sortedTargets.concurrentMap { target -> String? in
            let url = layout.url(forRelativePath: target)
            guard Posix.entry(at: url.path) == .file else { return nil }
            return SHA256Digest.hex((try? Data(contentsOf: url)) ?? Data())
        }
        for (target, hash) in zip(sortedTargets, hashes) {
            let url = layout.url(forRelativePath: target)
            let last = latest[target]?.last
            guard let sha = hash else {
                if last != nil, Posix.entry(at: url.path) == .missing {
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
            let pendingSHA = Posix.entry(at: pending.path) == .file ? (try? Data(contentsOf: pending)).map(SHA256Digest.hex) : nil
            let previousSHA = latest[target]?.previous?.sha256
            if pendingSHA == last.sha256 && sha == previousSHA {
                notes.append(t("\(target): запис, прекъснат преди преименуването; ще бъде довършен при следващата промяна",
                               "\(target): a save interrupted before its rename; it is completed at the next change"))
            } else {
                problems.append(t("\(target): съдържанието не съвпада с последното записано в \(logName) (\(last.at), \(last.actor)); файлът е променен извън програмата",
                                  "\(target): the content differs from the last state recorded in \(logName) (\(last.at), \(last.actor)); the file was changed outside the program"))
            }
        }
        return problems
    }

    /// The references between files: assignments to proposals and evaluators, folders to members,
    /// sheets to proposals.
    private static func references(_ snapshot: WorkspaceSnapshot, evaluatorFolders: [String], language: Language) -> [String] {
        func t(_ bg: String, _ en: String) -> String { language == .bulgarian ? bg : en }
        var problems: [String] = []
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
        return problems
    }
}

extension WorkspaceCheck {
    /// `chair/objections.json` read against its format, its proposals and its admission decisions.
    static func objectionProblems(_ snapshot: WorkspaceSnapshot, language: Language) -> [String] {
        func t(_ bg: String, _ en: String) -> String { language == .bulgarian ? bg : en }
        let log: ObjectionLog
        switch ObjectionService.load(snapshot.layout) {
        case .success(let loaded): log = loaded
        case .failure(let error): return error.lines(in: language)
        }
        var problems: [String] = []
        let proposalIDs = Set(snapshot.proposals.map(\.id))
        for (index, objection) in log.objections.enumerated() {
            let place = "chair/objections.json: $.objections[\(index)]"
            if !proposalIDs.contains(objection.proposal) {
                problems.append(t("\(place).proposal: няма предложение „\(objection.proposal)“ в регистъра",
                                  "\(place).proposal: there is no proposal \"\(objection.proposal)\" in the register"))
            }
            if let number = objection.decision?.admission {
                let decision = snapshot.decisions.decisions.first { $0.number == number }
                if decision?.kind != .admission || decision?.proposal != objection.proposal || decision?.admitted != true {
                    problems.append(t("\(place).decision.admission: в chair/decisions.json няма решение № \(number) за допускане на \(objection.proposal)",
                                      "\(place).decision.admission: chair/decisions.json has no decision no. \(number) admitting \(objection.proposal)"))
                }
            }
        }
        return problems
    }
}
