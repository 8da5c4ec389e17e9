import EvaluationCore
import Foundation

/// Everything in a workspace, read and checked: what `rank`, `protocol`, `check` and the interface
/// work from. Reading it writes nothing. The snapshot is the folder (`layout`), what the workspace
/// holds (`contents`, read through below) and what only the disk knows (the procedure's bytes).
public struct WorkspaceSnapshot: Sendable {
    public let layout: WorkspaceLayout
    public let contents: WorkspaceContents
    /// The frozen procedure's bytes, as hashed in `workspace.json`.
    public let procedureData: Data
    /// The proposals with a quality sheet given back without its justifications: taken from the
    /// index by a check that did not need them (`WorkspaceCheck.run(justifications: false)`). Empty
    /// when every justification is in `contents`, as after `WorkspaceLoader.load`.
    public let withoutJustifications: Set<String>

    public init(layout: WorkspaceLayout, contents: WorkspaceContents, procedureData: Data, withoutJustifications: Set<String> = []) {
        self.layout = layout
        self.contents = contents
        self.procedureData = procedureData
        self.withoutJustifications = withoutJustifications
    }

    public var info: WorkspaceInfo { contents.info }
    public var procedure: Procedure { contents.procedure }
    public var proposals: [Proposal] { contents.proposals }
    public var assignments: Assignments { contents.assignments }
    /// Evaluator id → declaration.
    public var declarations: [String: Declaration] { contents.declarations }
    /// Evaluator id → proposal id → sheet.
    public var adminSheets: [String: [String: AdminSheet]] { contents.adminSheets }
    public var qualitySheets: [String: [String: QualitySheet]] { contents.qualitySheets }
    public var decisions: DecisionLog { contents.decisions }

    public func proposal(withID id: String) -> Proposal? { contents.proposal(withID: id) }
    public func adminSheet(_ evaluator: String, _ proposal: String) -> AdminSheet? { contents.adminSheet(evaluator, proposal) }
    public func qualitySheet(_ evaluator: String, _ proposal: String) -> QualitySheet? { contents.qualitySheet(evaluator, proposal) }
    public func adminSheets(of proposal: String) -> [AdminSheet] { contents.adminSheets(of: proposal) }
    public func qualitySheets(of proposal: String) -> [QualitySheet] { contents.qualitySheets(of: proposal) }
    public func standing(of proposal: Proposal) -> ProposalStanding { contents.standing(of: proposal) }
    public func standings() -> [ProposalStanding] { contents.standings() }
    public func ranking() -> Ranking { contents.ranking() }
    public func ranking(of standings: [ProposalStanding]) -> Ranking { contents.ranking(of: standings) }
}

/// Reads a workspace folder into a `WorkspaceSnapshot`, reporting every file that does not parse
/// against its format, with the file and the JSON path.
public enum WorkspaceLoader {
    public static func load(_ root: URL) -> Result<WorkspaceSnapshot, WorkspaceError> {
        var tracking: LoadTracking?
        return load(root, tracking: &tracking)
    }

    /// The workspace as `load` reads it, except that each evaluator's file and the register whose
    /// stamp a check recorded in the index (`WorkspaceIndex`) are taken from there, the quality
    /// sheets without their justifications (the snapshot names those proposals,
    /// `withoutJustifications`); the index is not written. For the chair's screens, which read the
    /// workspace again at each change another process makes.
    public static func loadUnchanged(_ root: URL) -> Result<WorkspaceSnapshot, WorkspaceError> {
        var tracking: LoadTracking? = LoadTracking(index: WorkspaceIndex.load(for: root, justifications: false), started: FileStamp.now())
        return load(root, tracking: &tracking)
    }

    /// `tracking`: when not nil, the hex SHA-256 of the bytes of every file read is added to its
    /// digests, by the file's path relative to the workspace, so that `ocenka check` compares with the
    /// log the bytes it parsed instead of reading every file again; and the evaluators' files whose
    /// stamps its index records are taken from the index, unread.
    static func load(_ root: URL, tracking: inout LoadTracking?) -> Result<WorkspaceSnapshot, WorkspaceError> {
        let layout = WorkspaceLayout(root: root)
        var errors: [WorkspaceError] = []
        guard FileManager.default.fileExists(atPath: layout.workspaceFile.path) else {
            return .failure(.notAWorkspace(path: layout.root.path))
        }
        let workspaceName = layout.relativePath(of: layout.workspaceFile)
        let procedureName = layout.relativePath(of: layout.procedureFile)
        let info = read(layout.workspaceFile, errors: &errors, tracking: &tracking, as: workspaceName) { WorkspaceInfoDecoder.decode($0) }
        guard let procedureData = readData(layout.procedureFile, errors: &errors, tracking: &tracking, as: procedureName) else {
            return .failure(.many(errors))
        }
        if let workspaceDigest = tracking?.digests[workspaceName], let procedureDigest = tracking?.digests[procedureName] {
            if let matched = tracking?.index.matching(workspaceDigest: workspaceDigest, procedureDigest: procedureDigest) {
                tracking?.index = matched
            }
        }
        var procedure: Procedure?
        switch ProcedureDecoder.decode(procedureData) {
        case .success(let decoded) where !decoded.isComplete:
            errors.append(.invalidFile(path: layout.procedureFile.path, issues: decoded.incompleteIssues))
        case .success(let decoded): procedure = decoded
        case .failure(let failure): errors.append(.invalidFile(path: layout.procedureFile.path, issues: failure.issues))
        }
        if let info {
            let sha = tracking?.digests[procedureName] ?? SHA256Digest.hex(procedureData)
            if sha != info.procedureSha256 {
                errors.append(.procedureChanged(path: layout.procedureFile.path, expected: info.procedureSha256, found: sha))
            }
        }
        guard let info, let procedure else { return .failure(.many(errors)) }
        let proposals = FileManager.default.fileExists(atPath: layout.proposalsFile.path)
            ? register(layout, procedure: procedure, errors: &errors, tracking: &tracking)
            : []
        let assignments = FileManager.default.fileExists(atPath: layout.assignmentsFile.path)
            ? draw(layout, errors: &errors, tracking: &tracking)
            : Assignments()
        let decisions = FileManager.default.fileExists(atPath: layout.decisionsFile.path)
            ? read(layout.decisionsFile, errors: &errors, tracking: &tracking, as: layout.relativePath(of: layout.decisionsFile)) { DecisionsDecoder.decode($0) } ?? DecisionLog()
            : DecisionLog()
        var files: [EvaluatorFile] = []
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: layout.sheetsFolder.path)) ?? []
        for evaluator in folders.sorted() where !evaluator.hasPrefix(".") {
            let folder = layout.evaluatorFolder(evaluator)
            let relativeFolder = layout.relativePath(of: folder)
            if Posix.entry(at: folder.path) == .symbolicLink {
                errors.append(.symbolicLink(path: folder.path))
                continue
            }
            let folderPath = folder.path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                files.append(EvaluatorFile(evaluator: evaluator, name: name, path: folderPath + "/" + name,
                                           relativePath: "\(relativeFolder)/\(name)"))
            }
        }
        // The files are read and checked on every core, then taken in order, errors too.
        let indexing = tracking.map { (index: $0.index, started: $0.started) }
        let contents = files.concurrentMap { $0.read(procedure: procedure, indexing: indexing) }
        var declarations: [String: Declaration] = [:]
        // Room for every file at once: grown one file at a time, these tables were rehashed again and
        // again, on fresh pages (9 % of the loader's samples at 20 000 proposals).
        var filesOf: [String: Int] = [:]
        for file in files { filesOf[file.evaluator, default: 0] += 1 }
        var adminSheets: [String: [String: AdminSheet]] = filesOf.mapValues { Dictionary(minimumCapacity: $0) }
        var qualitySheets: [String: [String: QualitySheet]] = filesOf.mapValues { Dictionary(minimumCapacity: $0) }
        tracking?.reserve(files: files.count)
        var withoutJustifications = Set<String>()
        for (file, content) in zip(files, contents) {
            errors += content.errors
            if let digest = content.digest { tracking?.digests[file.relativePath] = digest }
            if let record = content.record { tracking?.records[file.relativePath] = record }
            switch content.document {
            case .declaration(let declaration):
                declarations[file.evaluator] = declaration
            case .admin(let proposal, let sheet):
                adminSheets[file.evaluator, default: [:]][proposal] = sheet
            case .quality(let proposal, let sheet):
                qualitySheets[file.evaluator, default: [:]][proposal] = sheet
                if content.withoutJustifications { withoutJustifications.insert(proposal) }
            case .unknown:
                break
            }
        }
        guard errors.isEmpty else { return .failure(errors.count == 1 ? errors[0] : .many(errors)) }
        // An evaluator with no sheet of a stage has no table of that stage, as when they were grown.
        adminSheets = adminSheets.filter { !$0.value.isEmpty }
        qualitySheets = qualitySheets.filter { !$0.value.isEmpty }
        return .success(WorkspaceSnapshot(
            layout: layout,
            contents: WorkspaceContents(procedure: procedure, info: info, proposals: proposals, assignments: assignments,
                                        declarations: declarations, adminSheets: adminSheets, qualitySheets: qualitySheets,
                                        decisions: decisions),
            procedureData: procedureData, withoutJustifications: withoutJustifications))
    }

    /// The register, from the index when `proposals.json` is unchanged since a check read it.
    private static func register(_ layout: WorkspaceLayout, procedure: Procedure, errors: inout [WorkspaceError],
                                 tracking: inout LoadTracking?) -> [Proposal] {
        indexed(layout.proposalsFile, in: layout, kind: .register, errors: &errors, tracking: &tracking, kept: IndexRegister.decoded,
                decode: { ProposalRegisterDecoder.decode($0, procedure: procedure) }, encode: IndexRegister.encoded) ?? []
    }

    /// The draw, from the index when `chair/assignments.json` is unchanged since a check read it.
    private static func draw(_ layout: WorkspaceLayout, errors: inout [WorkspaceError], tracking: inout LoadTracking?) -> Assignments {
        indexed(layout.assignmentsFile, in: layout, kind: .assignments, errors: &errors, tracking: &tracking, kept: IndexAssignments.decoded,
                decode: AssignmentsDecoder.decode, encode: IndexAssignments.encoded) ?? Assignments()
    }

    /// A chair's file the index keeps (the register, the draw): given back from the index (its
    /// bytes there read by `kept`) when its stamp is unchanged since a check read it, else read and
    /// decoded, and recorded when it read without error and has settled.
    private static func indexed<Value>(_ url: URL, in layout: WorkspaceLayout, kind: WorkspaceIndex.Kind, errors: inout [WorkspaceError],
                                       tracking: inout LoadTracking?, kept: (UnsafeRawBufferPointer) throws(IndexCorruption) -> Value,
                                       decode: (Data) -> Result<Value, ValidationFailure>, encode: (Value) -> [UInt8]) -> Value? {
        let name = layout.relativePath(of: url)
        // The stamp is taken before the bytes are read, as for the evaluators' files.
        let stamp = tracking == nil ? nil : FileStamp(path: url.path)
        if let stamp, let (value, digest, record) = tracking?.index.recorded(name, kind: kind, stamp: stamp, kept) {
            tracking?.digests[name] = digest
            tracking?.records[name] = record
            return value
        }
        let before = errors.count
        guard let value = read(url, errors: &errors, tracking: &tracking, as: name, decode) else { return nil }
        if errors.count == before, let stamp, let started = tracking?.started, let digest = tracking?.digests[name],
           stamp.isSettled(before: started, margin: WorkspaceIndex.settleMargin) {
            tracking?.records[name] = WorkspaceIndex.Record(stamp: stamp, digest: digest, kind: kind, payload: .fresh(structure: encode(value), notes: []))
        }
        return value
    }

    /// One JSON file of an evaluator's folder.
    private struct EvaluatorFile: Sendable {
        let evaluator: String
        let name: String
        /// By concatenation: `appendingPathComponent` asks the file system whether each is a folder
        /// (a tenth of the chair's start), and a file taken from the index needs only its stamp.
        let path: String
        let relativePath: String

        var url: URL { URL(fileURLWithPath: path, isDirectory: false) }

        /// What the file holds, by its name, and what is wrong with it.
        enum Document: Sendable {
            case declaration(Declaration?)
            case admin(proposal: String, AdminSheet?)
            case quality(proposal: String, QualitySheet?)
            case unknown
        }

        /// What was read of the file: its document, what is wrong with it, the SHA-256 of its bytes
        /// (when indexing), the record that keeps it in the index, and whether its justifications
        /// were left out (a quality sheet from an index read without them).
        struct Content: Sendable {
            let document: Document
            let errors: [WorkspaceError]
            let digest: String?
            let record: WorkspaceIndex.Record?
            var withoutJustifications = false
        }

        /// `indexing`: the index to take the file from when its stamp is recorded there, and when the
        /// check began; the file is then also hashed, and recorded when it parsed and has settled.
        func read(procedure: Procedure, indexing: (index: WorkspaceIndex, started: Int64)?) -> Content {
            var errors: [WorkspaceError] = []
            guard let indexing else {
                var tracking: LoadTracking?
                return Content(document: read(procedure: procedure, errors: &errors, tracking: &tracking), errors: errors, digest: nil, record: nil)
            }
            // The stamp is taken before the bytes are read: a change made meanwhile changes the
            // stamp, so the file is read again next time.
            let stamp = FileStamp(path: path)
            if let stamp, let kept = indexing.index.document(relativePath, stamp: stamp), let document = document(kept.document) {
                var withoutJustifications = false
                if case .quality = document { withoutJustifications = !indexing.index.holdsJustifications }
                return Content(document: document, errors: [], digest: kept.digest, record: kept.record,
                               withoutJustifications: withoutJustifications)
            }
            var tracking: LoadTracking? = LoadTracking(index: .none, started: indexing.started)
            let document = read(procedure: procedure, errors: &errors, tracking: &tracking)
            let digest = tracking?.digests[relativePath]
            var record: WorkspaceIndex.Record?
            if errors.isEmpty, let stamp, let digest, stamp.isSettled(before: indexing.started, margin: WorkspaceIndex.settleMargin),
               let kept = Self.indexDocument(document) {
                let encoded = kept.encoded()
                record = WorkspaceIndex.Record(stamp: stamp, digest: digest, kind: .document,
                                               payload: .fresh(structure: encoded.structure, notes: encoded.notes))
            }
            return Content(document: document, errors: errors, digest: digest, record: record)
        }

        /// What the index keeps of a document that parsed.
        private static func indexDocument(_ document: Document) -> IndexDocument? {
            switch document {
            case .declaration(let declaration?): .declaration(declaration)
            case .admin(_, let sheet?): .admin(sheet)
            case .quality(_, let sheet?): .quality(sheet)
            default: nil
            }
        }

        /// `kept` as this file's document, when it is of the kind the file's name says.
        private func document(_ kept: IndexDocument) -> Document? {
            switch kept {
            case .declaration(let declaration) where name == "declaration.json":
                return .declaration(declaration)
            case .admin(let sheet) where name.hasSuffix(".admin.json"):
                return .admin(proposal: String(name.dropLast(".admin.json".count)), sheet)
            case .quality(let sheet) where name.hasSuffix(".quality.json"):
                return .quality(proposal: String(name.dropLast(".quality.json".count)), sheet)
            default:
                return nil
            }
        }

        private func read(procedure: Procedure, errors: inout [WorkspaceError], tracking: inout LoadTracking?) -> Document {
            if name == "declaration.json" {
                let declaration = WorkspaceLoader.read(url, errors: &errors, tracking: &tracking, as: relativePath) {
                    DeclarationDecoder.decode($0, evaluator: evaluator)
                }
                return .declaration(declaration)
            } else if name.hasSuffix(".admin.json") {
                let proposal = String(name.dropLast(".admin.json".count))
                let expectation = SheetDecoder.Expectation(proposal: proposal, evaluator: evaluator)
                let sheet = WorkspaceLoader.read(url, errors: &errors, tracking: &tracking, as: relativePath) {
                    SheetDecoder.decodeAdmin($0, procedure: procedure, expecting: expectation)
                }
                return .admin(proposal: proposal, sheet)
            } else if name.hasSuffix(".quality.json") {
                let proposal = String(name.dropLast(".quality.json".count))
                let expectation = SheetDecoder.Expectation(proposal: proposal, evaluator: evaluator)
                let sheet = WorkspaceLoader.read(url, errors: &errors, tracking: &tracking, as: relativePath) {
                    SheetDecoder.decodeQuality($0, procedure: procedure, expecting: expectation)
                }
                return .quality(proposal: proposal, sheet)
            } else {
                errors.append(.invalidFile(path: path, issues: [ValidationIssue(place: "", message: LocalizedText(
                    bg: "непознат файл: в папката на оценител се очакват declaration.json, <номер>.admin.json и <номер>.quality.json",
                    en: "unknown file: an evaluator's folder holds declaration.json, <id>.admin.json and <id>.quality.json"))]))
                return .unknown
            }
        }
    }

    static func readData(_ url: URL, errors: inout [WorkspaceError]) -> Data? {
        var tracking: LoadTracking?
        return readData(url, errors: &errors, tracking: &tracking, as: "")
    }

    /// `key`: the file's place in the digests of `tracking`.
    private static func readData(_ url: URL, errors: inout [WorkspaceError], tracking: inout LoadTracking?, as key: String) -> Data? {
        if Posix.entry(at: url.path) == .symbolicLink {
            errors.append(.symbolicLink(path: url.path))
            return nil
        }
        do {
            let data = try Data(contentsOf: url)
            if tracking != nil { tracking?.digests[key] = SHA256Digest.hex(data) }
            return data
        } catch {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
                errors.append(.missingFile(path: url.path))
            } else if isFolder.boolValue {
                errors.append(.refused(LocalizedText(bg: "\(url.path): това е папка, а се очаква файл",
                                                     en: "\(url.path): this is a folder, not a file")))
            } else {
                errors.append(.io(path: url.path, operation: "read", reason: error.localizedDescription))
            }
            return nil
        }
    }

    static func read<T>(_ url: URL, errors: inout [WorkspaceError], _ decode: (Data) -> Result<T, ValidationFailure>) -> T? {
        var tracking: LoadTracking?
        return read(url, errors: &errors, tracking: &tracking, as: "", decode)
    }

    private static func read<T>(_ url: URL, errors: inout [WorkspaceError], tracking: inout LoadTracking?, as key: String,
                                _ decode: (Data) -> Result<T, ValidationFailure>) -> T? {
        guard let data = readData(url, errors: &errors, tracking: &tracking, as: key) else { return nil }
        switch decode(data) {
        case .success(let value): return value
        case .failure(let failure):
            errors.append(.invalidFile(path: url.path, issues: failure.issues))
            return nil
        }
    }
}
