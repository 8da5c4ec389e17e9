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
        /// How many files and logs the index gave back unread, their stamps unchanged since a check
        /// read them (`WorkspaceIndex`).
        public var unread = 0
        /// The logs that had grown since a check found them sound, read on from where it left them
        /// (only the lines after those were read; the earlier ones hashed again, unchanged).
        public var readOn: [String] = []

        public var isClean: Bool { problems.isEmpty }
    }

    /// One writer's log and the files it records (paths relative to the workspace).
    private struct Writer {
        let log: URL
        let files: [String]
        /// The evaluator whose folder this is; nil for the chair.
        let owner: String?
    }

    /// `signatures`: the lines verified by earlier checks (`VerifiedSignatures.load`), which are not
    /// verified again; the check keeps the lines it verified there. `full`: every file is read,
    /// whatever the `WorkspaceIndex` records (which the check writes anew either way).
    /// `justifications`: false when the caller prints no justification of a quality score (`check`,
    /// `rank`): they are checked all the same, but the snapshot's may be left empty.
    public static func run(_ root: URL, language: Language, signatures: VerifiedSignatures? = nil, full: Bool = false,
                           justifications: Bool = true) -> Report {
        run(root, language: language, signatures: signatures, index: WorkspaceIndex.load(for: root, justifications: justifications), full: full)
    }

    /// `index`: the workspace's index as read from its file (`WorkspaceIndex.load`).
    static func run(_ root: URL, language: Language, signatures: VerifiedSignatures?, index stored: WorkspaceIndex, full: Bool) -> Report {
        let started = FileStamp.now()
        // The verified signatures are read only if a log has to be read.
        var loadedSignatures = signatures
        func known() -> VerifiedSignatures {
            if let loadedSignatures { return loadedSignatures }
            let loaded = VerifiedSignatures.load(for: root)
            loadedSignatures = loaded
            return loaded
        }
        let layout = WorkspaceLayout(root: root)
        // The folder is walked on a thread of its own while the loader reads the files: the walk
        // waits on the file system, one folder after another, and the loader does not keep both
        // cores busy.
        let walk = MadeAhead(onThreadOfItsOwn: true) { WorkspaceTree.scan(layout) }
        var problems: [String] = []
        var notes: [String] = []
        let snapshot: WorkspaceSnapshot?
        // The hashes of the bytes the loader parsed (each file is read once), and the files the
        // index gave back.
        var tracking: LoadTracking? = LoadTracking(index: full ? stored.withoutEntries() : stored, started: started)
        switch WorkspaceLoader.load(root, tracking: &tracking) {
        case .success(let loaded):
            snapshot = loaded
        case .failure(let error):
            if case .notAWorkspace = error {
                _ = walk.take()
                return Report(problems: error.lines(in: language), notes: [], summary: "", snapshot: nil)
            }
            problems += error.lines(in: language)
            snapshot = nil
        }
        let index = tracking?.index ?? .none
        let digests = tracking?.digests ?? [:]
        var records = tracking?.records ?? [:]
        // The tracking let go, so that the records are held once and a log's record added below does
        // not copy the table of every file.
        tracking = nil
        // The committee (for the signatures) even when another file failed to load.
        let committee = snapshot?.info.committee
            ?? (try? WorkspaceFiles.info(layout))?.committee

        let tree = walk.take()
        problems += tree.problems.map { $0.text(in: language) }
        notes += tree.notes.map { $0.text(in: language) }

        let chairFiles = [layout.workspaceFile, layout.procedureFile, layout.proposalsFile, layout.assignmentsFile, layout.decisionsFile,
                          layout.sessionFile, layout.exportLogFile, layout.objectionsFile]
        var writers = [Writer(log: layout.chairAuditFile, files: chairFiles.map { layout.relativePath(of: $0) }, owner: nil)]
        for evaluator in tree.evaluatorFolders {
            let folder = layout.relativePath(of: layout.evaluatorFolder(evaluator))
            writers.append(Writer(log: layout.auditFile(evaluator), files: tree.files(in: evaluator).map { "\(folder)/\($0)" },
                                  owner: evaluator))
        }

        var logEntries = 0
        // Log path → the longest head another log anchored, and where.
        var anchors: [String: (head: ChainHead, by: String, line: Int)] = [:]
        var summaries: [String: LogSummary] = [:]
        var verified = Set<VerifiedSignatures.Record>()
        var logsFromIndex = false
        var readOn: [String] = []
        func note(anchorsOf summary: LogSummary, in logName: String) {
            for anchor in summary.anchors {
                for (log, head) in anchor.heads where head.lines >= (anchors[log]?.head.lines ?? 0) {
                    if let earlier = anchors[log], earlier.head.lines == head.lines, earlier.head.head != head.head {
                        problems.append(LocalizedText(bg: "\(log): \(logName), ред \(anchor.line) и \(earlier.by), ред \(earlier.line) отбелязват различен ред \(head.lines); един от дневниците е пренаписан",
                                          en: "\(log): \(logName) line \(anchor.line) and \(earlier.by) line \(earlier.line) record a different line \(head.lines); one of the logs was rewritten").text(in: language))
                    }
                    anchors[log] = (head, logName, anchor.line)
                }
            }
        }
        for writer in writers {
            let logName = layout.relativePath(of: writer.log)
            guard Posix.entry(at: writer.log.path) != .missing else {
                let existing = writer.files.map(layout.url(forRelativePath:)).filter { Posix.entry(at: $0.path) != .missing }
                if !existing.isEmpty {
                    problems.append(LocalizedText(bg: "\(logName): липсва дневникът, а папката има файлове (\(existing.map(\.lastPathComponent).joined(separator: ", ")))",
                                      en: "\(logName): the log is missing but the folder has files (\(existing.map(\.lastPathComponent).joined(separator: ", ")))").text(in: language))
                }
                continue
            }
            // A log is taken from the index only when a check found it sound at this very stamp.
            let stamp = FileStamp(path: writer.log.path)
            if let stamp, let kept = index.log(logName, stamp: stamp) {
                logsFromIndex = true
                summaries[logName] = kept.summary
                records[logName] = kept.record
                logEntries += kept.summary.entryCount
                note(anchorsOf: kept.summary, in: logName)
                problems += compareFiles(writer, latest: kept.summary.latest, layout: layout, logName: logName, digests: digests,
                                         notes: &notes, language: language)
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
            // A log only grows: when the lines a sound check read are still its first ones, only the
            // lines after them are read (chained and numbered on from them).
            let earlier = index.earlierLog(logName).flatMap { earlier in
                AuditLog.linesMatch(data, count: earlier.summary.bytes, hashes: earlier.summary.lineHashes) ? earlier : nil
            }
            let reading = AuditLog.parse(data, verifying: rule, known: known(), keepingChanges: false, after: earlier?.summary.continuation)
            let complete = data.count - reading.tornTail
            let summary = earlier?.summary.extended(with: reading, bytes: complete) ?? LogSummary(reading, bytes: complete)
            if earlier != nil {
                logsFromIndex = true
                readOn.append(logName)
            }
            summaries[logName] = summary
            verified.formUnion(reading.verified)
            logEntries += summary.entryCount
            var logProblems = reading.problems.map { "\(logName): \($0.text(in: language))" }
            if reading.tornTail > 0 {
                notes.append(LocalizedText(bg: "\(logName): последният ред е недописан (прекъснат запис); ще бъде премахнат при следващата промяна",
                               en: "\(logName): the last line is incomplete (an interrupted save); it is removed at the next change").text(in: language))
            }
            if let owner = writer.owner {
                for entry in reading.entries where !entry.target.hasPrefix("sheets/\(owner)/") {
                    logProblems.append(LocalizedText(bg: "\(logName): записът за \(entry.target) е извън папката на този оценител",
                                         en: "\(logName): an entry for \(entry.target) is outside this evaluator's folder").text(in: language))
                }
            }
            if logProblems.isEmpty, reading.tornTail == 0, committee != nil, let stamp,
               stamp.isSettled(before: started, margin: WorkspaceIndex.settleMargin) {
                records[logName] = WorkspaceIndex.Record(stamp: stamp, digest: reading.lastHash, kind: .log, payload: .fresh(structure: summary.encoded(), notes: []))
            } else if let earlier {
                // Lines too new to record: the earlier ones stay recorded, to be read on from again.
                records[logName] = earlier.record
            }
            problems += logProblems
            note(anchorsOf: summary, in: logName)
            problems += compareFiles(writer, latest: summary.latest, layout: layout, logName: logName, digests: digests,
                                     notes: &notes, language: language)
        }

        // Every log at least as long as the others last saw it, with the same line there.
        for (logName, anchor) in anchors.sorted(by: { $0.key < $1.key }) {
            guard let summary = summaries[logName] else {
                problems.append(LocalizedText(bg: "\(logName): дневникът (или цялата папка) липсва, а \(anchor.by), ред \(anchor.line) е отбелязал \(anchor.head.lines) негови записа; изтрит е извън програмата",
                                  en: "\(logName): the log (or its whole folder) is missing, but \(anchor.by) line \(anchor.line) recorded \(anchor.head.lines) of its entries; it was deleted outside the program").text(in: language))
                continue
            }
            let hash = summary.hash(ofLine: anchor.head.lines)
            if hash == nil {
                problems.append(LocalizedText(bg: "\(logName): дневникът има по-малко от \(anchor.head.lines) реда, отбелязани в \(anchor.by), ред \(anchor.line); краят му е отрязан",
                                  en: "\(logName): the log has fewer than the \(anchor.head.lines) lines recorded in \(anchor.by) line \(anchor.line); its end was cut off").text(in: language))
            } else if hash != anchor.head.head {
                problems.append(LocalizedText(bg: "\(logName): ред \(anchor.head.lines) не е този, който е отбелязан в \(anchor.by), ред \(anchor.line); дневникът е пренаписан",
                                  en: "\(logName): line \(anchor.head.lines) is not the one recorded in \(anchor.by) line \(anchor.line); the log was rewritten").text(in: language))
            }
        }

        // A log taken from the index was not verified again, so its lines stay known as they were.
        if let known = loadedSignatures {
            known.save(logsFromIndex ? verified.union(known.records) : verified)
        }
        index.save(records)
        let unread = records.values.count { if case .kept = $0.payload { true } else { false } }

        var sheetCount = 0
        if let snapshot {
            problems += references(snapshot, evaluatorFolders: tree.evaluatorFolders, language: language)
            problems += objectionProblems(snapshot, language: language)
            sheetCount = snapshot.adminSheets.values.reduce(0) { $0 + $1.count } + snapshot.qualitySheets.values.reduce(0) { $0 + $1.count }
            let summary = LocalizedText(bg: "Работното пространство е наред: \(snapshot.proposals.count) предложения, \(snapshot.info.committee.count) членове на комисията, \(sheetCount) оценителни листа, \(logEntries) записа в дневниците.",
                en: "The workspace is in order: \(snapshot.proposals.count) proposals, \(snapshot.info.committee.count) committee members, \(sheetCount) sheets, \(logEntries) log entries.").text(in: language)
            return Report(problems: problems, notes: notes, summary: summary, snapshot: snapshot, unread: unread, readOn: readOn)
        }
        return Report(problems: problems, notes: notes, summary: "", snapshot: nil, unread: unread, readOn: readOn)
    }

    /// Each file of `writer` against the last state its log records; `digests`: the hashes of the
    /// files the loader read, by path relative to the workspace (the others are read here).
    private static func compareFiles(_ writer: Writer, latest: [String: LogSummary.FileState], layout: WorkspaceLayout, logName: String,
                                     digests: [String: String], notes: inout [String], language: Language) -> [String] {
        // The files are hashed on every core first (nil: there is no such file), then judged; what is
        // found is reported in the order of the files' paths. Only what is found is sorted, not every
        // path (a log of 20 000 sheets' paths sorted at each check grew faster than the workspace).
        var found: [(target: String, problem: String?, note: String?)] = []
        var targets = Array(latest.keys)
        var unrecorded = Set<String>()
        for file in writer.files where latest[file] == nil && unrecorded.insert(file).inserted { targets.append(file) }
        let hashes = targets.concurrentMap { target -> String? in
            if let digest = digests[target] { return digest }
            let url = layout.url(forRelativePath: target)
            guard Posix.entry(at: url.path) == .file else { return nil }
            return SHA256Digest.hex((try? Data(contentsOf: url)) ?? Data())
        }
        for (target, hash) in zip(targets, hashes) {
            let last = latest[target]
            guard let sha = hash else {
                if last != nil, Posix.entry(at: layout.url(forRelativePath: target).path) == .missing {
                    found.append((target, LocalizedText(bg: "\(target): файлът липсва, а дневникът \(logName) го записва; изтрит е извън програмата",
                                                        en: "\(target): the file is missing but \(logName) records it; it was deleted outside the program").text(in: language), nil))
                }
                continue
            }
            guard let last else {
                found.append((target, LocalizedText(bg: "\(target): файлът не е записан в дневника \(logName); създаден е извън програмата",
                                                    en: "\(target): the file is not in \(logName); it was written outside the program").text(in: language), nil))
                continue
            }
            if sha == last.sha256 { continue }
            let pending = AtomicFile.pendingURL(for: layout.url(forRelativePath: target))
            let pendingSHA = Posix.entry(at: pending.path) == .file ? (try? Data(contentsOf: pending)).map(SHA256Digest.hex) : nil
            let previousSHA = last.previousSHA256
            if pendingSHA == last.sha256 && sha == previousSHA {
                found.append((target, nil, LocalizedText(bg: "\(target): запис, прекъснат преди преименуването; ще бъде довършен при следващата промяна",
                                                         en: "\(target): a save interrupted before its rename; it is completed at the next change").text(in: language)))
            } else {
                found.append((target, LocalizedText(bg: "\(target): съдържанието не съвпада с последното записано в \(logName) (\(last.at), \(last.actor)); файлът е променен извън програмата",
                                                    en: "\(target): the content differs from the last state recorded in \(logName) (\(last.at), \(last.actor)); the file was changed outside the program").text(in: language), nil))
            }
        }
        found.sort { $0.target < $1.target }
        notes += found.compactMap(\.note)
        return found.compactMap(\.problem)
    }

    /// The references between files: assignments to proposals and evaluators, folders to members,
    /// sheets to proposals.
    private static func references(_ snapshot: WorkspaceSnapshot, evaluatorFolders: [String], language: Language) -> [String] {
        var problems: [String] = []
        let members = Dictionary(snapshot.info.committee.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let proposalIDs = Set(snapshot.proposals.map(\.id))
        // Only the entries with a problem are sorted (for the order of the report): sorting every
        // entry of a clean workspace was 8 % of a check at 20 000 proposals.
        for stage in Assignments.Stage.allCases {
            let faulty = snapshot.assignments[stage].filter { proposal, evaluators in
                !proposalIDs.contains(proposal) || evaluators.contains { members[$0]?.role != .evaluator }
            }
            for (proposal, evaluators) in faulty.sorted(by: { $0.key < $1.key }) {
                if !proposalIDs.contains(proposal) {
                    problems.append(LocalizedText(bg: "chair/assignments.json: \(stage.rawValue): няма предложение „\(proposal)“ в регистъра",
                                      en: "chair/assignments.json: \(stage.rawValue): there is no proposal \"\(proposal)\" in the register").text(in: language))
                }
                for evaluator in evaluators where members[evaluator]?.role != .evaluator {
                    problems.append(LocalizedText(bg: "chair/assignments.json: \(stage.rawValue).\(proposal): „\(evaluator)“ не е оценител в комисията",
                                      en: "chair/assignments.json: \(stage.rawValue).\(proposal): \"\(evaluator)\" is not an evaluator of the committee").text(in: language))
                }
            }
        }
        for evaluator in evaluatorFolders where members[evaluator] == nil {
            problems.append(LocalizedText(bg: "sheets/\(evaluator): няма такъв член на комисията", en: "sheets/\(evaluator): there is no such committee member").text(in: language))
        }
        var unknownProposals: [String: Set<String>] = [:]
        func noteUnknown<Sheet>(in tables: [String: [String: Sheet]]) {
            for (evaluator, sheets) in tables {
                for proposal in sheets.keys where !proposalIDs.contains(proposal) { unknownProposals[evaluator, default: []].insert(proposal) }
            }
        }
        noteUnknown(in: snapshot.adminSheets)
        noteUnknown(in: snapshot.qualitySheets)
        for (evaluator, proposals) in unknownProposals.sorted(by: { $0.key < $1.key }) {
            for proposal in proposals.sorted() {
                problems.append(LocalizedText(bg: "sheets/\(evaluator): лист за предложение „\(proposal)“, което не е в регистъра",
                                  en: "sheets/\(evaluator): a sheet for proposal \"\(proposal)\", which is not in the register").text(in: language))
            }
        }
        return problems
    }
}

extension WorkspaceCheck {
    /// `chair/objections.json` read against its format, its proposals and its admission decisions.
    static func objectionProblems(_ snapshot: WorkspaceSnapshot, language: Language) -> [String] {
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
                problems.append(LocalizedText(bg: "\(place).proposal: няма предложение „\(objection.proposal)“ в регистъра",
                                  en: "\(place).proposal: there is no proposal \"\(objection.proposal)\" in the register").text(in: language))
            }
            if let number = objection.decision?.admission {
                let decision = snapshot.decisions.decisions.first { $0.number == number }
                if decision?.kind != .admission || decision?.proposal != objection.proposal || decision?.admitted != true {
                    problems.append(LocalizedText(bg: "\(place).decision.admission: в chair/decisions.json няма решение № \(number) за допускане на \(objection.proposal)",
                                      en: "\(place).decision.admission: chair/decisions.json has no decision no. \(number) admitting \(objection.proposal)").text(in: language))
                }
            }
        }
        return problems
    }
}
