import EvaluationCore
import Foundation

/// `ocenka sync`: a workspace as a git repository shared through a remote. Every file has one
/// writer, so a member commits only its own files (an evaluator `sheets/<id>/`, the chair and the
/// secretary `chair/`, the files at the root and `exports/`), rebases on what the others pushed and
/// pushes; no merge conflict can arise unless someone edited another member's file by hand, and then
/// nothing is changed and the file and its owner are named.
public enum WorkspaceSync {
    /// What never travels: locks, interrupted saves, caches.
    public static let gitignore = """
    # ocenka: files of one machine only, never shared
    .lock
    .*.pending
    .ocenka-cache/

    """

    /// Whose a path of the workspace is: an evaluator's id, or nil for the chair's side.
    public static func owner(of path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "sheets" else { return nil }
        return String(parts[1])
    }

    /// Who writes `path`, for messages: "e1" or "председателя".
    static func ownerName(of path: String, in language: Language) -> String {
        owner(of: path) ?? (language == .bulgarian ? "председателя" : "the chair")
    }

    /// What one sync did.
    public struct Outcome: Sendable {
        /// The commit message of this machine's own changes, when there were any.
        public var committed: String?
        /// Whether the remote was reached and everything is sent.
        public var sent: Bool
        /// Why nothing was sent, when it was not.
        public var offlineReason: String?
        /// What arrived from the others, one line per member.
        public var arrived: [String]
        /// How many times the push was retried because another member pushed in between.
        public var retries: Int
        /// Problems `check` found in the state after the sync.
        public var problems: [String]

        /// One line: what was committed, whether it was sent, what arrived (for the interfaces'
        /// status line; `ocenka sync` prints the same parts a line each).
        public func summary(in language: Language) -> String {
            parts(in: language).joined(separator: "; ")
        }

        public func parts(in language: Language) -> [String] {
            let bg = language == .bulgarian
            var parts: [String] = []
            parts.append(committed.map { (bg ? "записано локално: " : "committed here: ") + $0 }
                         ?? (bg ? "няма нови собствени промени" : "no new changes of one's own"))
            if sent {
                parts.append(bg ? "изпратено е всичко" : "everything is sent")
                if retries > 0 {
                    parts.append(bg ? "междувременно друг член е изпратил промени; опити: \(retries + 1)" : "another member pushed meanwhile; attempts: \(retries + 1)")
                }
                parts += arrived.isEmpty ? [bg ? "нищо ново от другите" : "nothing new from the others"]
                                         : arrived.map { (bg ? "получено " : "received ") + $0 }
            } else {
                parts.append(bg ? "отдалеченото хранилище не е достъпно; нищо не е изпратено — следващото ocenka sync ще го изпрати (\(offlineReason ?? ""))"
                                : "the remote cannot be reached; nothing was sent — the next ocenka sync sends it (\(offlineReason ?? ""))")
            }
            return parts
        }
    }

    /// `ocenka init --git` and `ocenka sync --setup REMOTE`: makes the workspace a repository (when it
    /// is not one), commits it, and with `remote` sets it as `origin` and pushes.
    public static func setUp(_ root: URL, remote: String?, actingAs actor: String?, clock: WorkspaceClock,
                             language: Language) throws(WorkspaceError) -> String {
        let layout = WorkspaceLayout(root: root)
        let info = try WorkspaceFiles.info(layout)
        let identity: (name: String, email: String)
        if info.committee.isEmpty {
            identity = ("ocenka", "ocenka@ocenka.invalid")
        } else {
            let member = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                                   for: LocalizedText(bg: "Настройването на синхронизацията", en: "Setting up sync"))
            identity = (member.name, "\(member.id)@ocenka.invalid")
        }
        let session = try WriterSession.chair(layout, actor: actor ?? WorkspaceCreator.systemActor, clock: clock)
        defer { session.close() }
        let git = try Git.locate(in: layout.root)
        if Posix.entry(at: layout.root.appendingPathComponent(".git").path) == .missing {
            try git.must(["init", "-q", "-b", "main"])
        } else if try git.must(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
                    != layout.root.resolvingSymlinksInPath().path {
            throw .refused(LocalizedText(bg: "\(layout.root.path) е вътре в друго хранилище на git; работното пространство трябва да е самостоятелно",
                                         en: "\(layout.root.path) is inside another git repository; the workspace must be one of its own"))
        }
        try AtomicFile.write(Data(gitignore.utf8), to: layout.root.appendingPathComponent(".gitignore"))
        try git.must(["add", "-A"])
        if try !git.run(["diff", "--cached", "--quiet"]).succeeded {
            try git.must(["commit", "-q", "-m", language == .bulgarian ? "ocenka: работното пространство" : "ocenka: the workspace"],
                         identity: identity)
        }
        guard let remote else {
            return language == .bulgarian ? "Работното пространство е хранилище на git." : "The workspace is a git repository."
        }
        if try git.run(["remote", "get-url", "origin"]).succeeded {
            try git.must(["remote", "set-url", "origin", remote])
        } else {
            try git.must(["remote", "add", "origin", remote])
        }
        let push = try git.run(["push", "-q", "-u", "origin", "HEAD"])
        guard push.succeeded else {
            throw .refused(LocalizedText(bg: "отдалеченото хранилище \(remote) не приема: \(push.standardError.trimmingCharacters(in: .whitespacesAndNewlines))",
                                         en: "the remote \(remote) does not accept the push: \(push.standardError.trimmingCharacters(in: .whitespacesAndNewlines))"))
        }
        return language == .bulgarian ? "Работното пространство е изпратено в \(remote)." : "The workspace is pushed to \(remote)."
    }

    /// `ocenka join REMOTE DIR --as ID`: clones the workspace and checks it.
    public static func join(remote: String, into root: URL, as memberID: String, keys: KeyStore = .standard,
                            language: Language) throws(WorkspaceError) -> [String] {
        guard Posix.entry(at: root.path) == .missing
                || ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? ["?"]).isEmpty else {
            throw .notEmpty(path: root.path)
        }
        let parent = root.deletingLastPathComponent()
        try AtomicFile.createFolder(parent)
        let git = try Git.locate(in: parent)
        try git.must(["clone", "-q", remote, root.path])
        let clone = Git(executable: git.executable, folder: root)
        if try !clone.run(["rev-parse", "-q", "--verify", "HEAD"]).succeeded {
            // The remote's HEAD names a branch nobody pushed (a bare repository made with another
            // default): take the branch the workspace was pushed to.
            let branches = try clone.must(["branch", "-r", "--format=%(refname:short)"]).split(separator: "\n").map(String.init)
            guard let branch = branches.first(where: { $0 == "origin/main" }) ?? branches.first(where: { !$0.hasSuffix("/HEAD") }) else {
                throw .refused(LocalizedText(bg: "\(remote) е празно: председателят още не е изпратил работното пространство (ocenka sync --setup)",
                                             en: "\(remote) is empty: the chair has not pushed the workspace yet (ocenka sync --setup)"))
            }
            try clone.must(["checkout", "-q", "-b", String(branch.dropFirst("origin/".count)), "--track", branch])
        }
        let layout = WorkspaceLayout(root: root)
        let info = try WorkspaceFiles.info(layout)
        guard let member = info.member(withID: memberID) else {
            throw .refused(LocalizedText(bg: "„\(memberID)“ не е член на комисията в \(remote)", en: "\"\(memberID)\" is not a committee member in \(remote)"))
        }
        var lines: [String] = []
        let report = WorkspaceCheck.run(root, language: language)
        lines += report.isClean ? [report.summary] : report.problems
        if member.publicKey.flatMap({ keys.key(matching: $0) }) == nil {
            lines.append(language == .bulgarian
                ? "На тази машина няма личния ключ на \(member.name) (\(member.id)): създайте го с ocenka key new и дайте публичния ключ на председателя (ocenka committee key \(member.id) --key …)."
                : "This machine does not hold the private key of \(member.name) (\(member.id)): make one with ocenka key new and give the chair its public key (ocenka committee key \(member.id) --key …).")
        }
        return lines
    }

    /// `ocenka sync --as ID`. `lockHeld`: the caller (the member's interface) already holds the
    /// member's lock, so no second session is opened.
    public static func sync(_ root: URL, actingAs actor: String?, clock: WorkspaceClock, language: Language,
                            maximumRetries: Int = 5, lockHeld: Bool = false) throws(WorkspaceError) -> Outcome {
        let layout = WorkspaceLayout(root: root)
        let info = try WorkspaceFiles.info(layout)
        let member = try Authorization.require(actor, roles: [.chair, .secretary, .evaluator], in: info,
                                               for: LocalizedText(bg: "Синхронизирането", en: "Syncing"))
        let git = try Git.locate(in: layout.root)
        guard Posix.entry(at: layout.root.appendingPathComponent(".git").path) == .folder else {
            throw .refused(LocalizedText(
                bg: "\(layout.root.path) не е хранилище на git; председателят го прави такова с ocenka sync --setup ОТДАЛЕЧЕНО",
                en: "\(layout.root.path) is not a git repository; the chair makes it one with ocenka sync --setup REMOTE"))
        }
        let session: WriterSession? = lockHeld ? nil : member.role == .evaluator
            ? try WriterSession.evaluator(layout, id: member.id, clock: clock)
            : try WriterSession.chair(layout, actor: member.id, clock: clock)
        defer { session?.close() }
        let identity = (member.name, "\(member.id)@ocenka.invalid")
        let mine: (String) -> Bool = { path in
            member.role == .evaluator ? owner(of: path) == member.id : owner(of: path) == nil
        }

        // Nothing of anybody else's may be changed here.
        let changed = try changedPaths(git)
        let foreign = changed.filter { !mine($0) }
        guard foreign.isEmpty else {
            let list = foreign.map { "\($0) (\(LocalizedText(bg: "на", en: "of").text(in: language)) \(ownerName(of: $0, in: language)))" }.joined(separator: ", ")
            throw .refused(LocalizedText(
                bg: "на тази машина са променени файлове, които \(member.id) не пише: \(list); нищо не е синхронизирано (върнете ги с git checkout -- ФАЙЛ)",
                en: "files that \(member.id) does not write are changed on this machine: \(list); nothing was synced (restore them with git checkout -- FILE)"))
        }
        let before = WorkspaceCheck.run(layout.root, language: language)
        guard before.isClean else {
            throw .refused(LocalizedText(
                bg: "работното пространство на тази машина не преминава проверката; нищо не е изпратено:\n" + WorkspaceCheck.run(layout.root, language: .bulgarian).problems.joined(separator: "\n"),
                en: "the workspace on this machine fails its check; nothing was sent:\n" + WorkspaceCheck.run(layout.root, language: .english).problems.joined(separator: "\n")))
        }

        var outcome = Outcome(committed: nil, sent: false, offlineReason: nil, arrived: [], retries: 0, problems: [])
        if !changed.isEmpty {
            let message = commitMessage(for: member, paths: changed, git: git, layout: layout)
            try git.must(["add", "-A", "--"] + changed)
            try git.must(["commit", "-q", "-m", message], identity: identity)
            outcome.committed = message
        }
        defer { record(outcome, at: clock.now(), in: layout) }
        guard try git.run(["remote", "get-url", "origin"]).succeeded else {
            outcome.offlineReason = LocalizedText(bg: "няма отдалечено хранилище (origin)", en: "there is no remote (origin)").text(in: language)
            return outcome
        }
        let branch = try git.must(["rev-parse", "--abbrev-ref", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let upstream = "origin/\(branch)"
        let known = try? git.must(["rev-parse", "--verify", "-q", upstream]).trimmingCharacters(in: .whitespacesAndNewlines)
        var attempt = 0
        while true {
            let fetch = try git.run(["fetch", "-q", "origin"])
            guard fetch.succeeded else {
                outcome.offlineReason = fetch.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
                return outcome
            }
            if try git.run(["rev-parse", "--verify", "-q", upstream]).succeeded {
                let rebase = try git.run(["rebase", "-q", upstream], identity: identity)
                if !rebase.succeeded {
                    let conflicted = (try? git.must(["diff", "--name-only", "--diff-filter=U"]))?
                        .split(separator: "\n").map(String.init) ?? []
                    _ = try? git.run(["rebase", "--abort"])
                    let list = conflicted.map { "\($0) (\(LocalizedText(bg: "файл на", en: "a file of").text(in: language)) \(ownerName(of: $0, in: language)))" }.joined(separator: ", ")
                    throw .refused(LocalizedText(
                        bg: "git съобщи конфликт\(list.isEmpty ? "" : " в \(list)"): някой е променил ръчно чужд файл; хранилището е оставено както беше. \(rebase.standardError.trimmingCharacters(in: .whitespacesAndNewlines))",
                        en: "git reported a conflict\(list.isEmpty ? "" : " in \(list)"): someone edited another member's file by hand; the repository is left as it was. \(rebase.standardError.trimmingCharacters(in: .whitespacesAndNewlines))"))
                }
            }
            let push = try git.run(["push", "-q", "origin", "HEAD:\(branch)"])
            if push.succeeded { break }
            attempt += 1
            guard attempt <= maximumRetries else {
                throw .refused(LocalizedText(bg: "изпращането не успя и след \(maximumRetries) опита: \(push.standardError)",
                                             en: "the push failed after \(maximumRetries) retries: \(push.standardError)"))
            }
            outcome.retries = attempt
        }
        _ = try? git.must(["branch", "-q", "--set-upstream-to", upstream])
        outcome.sent = true
        outcome.arrived = try arrivals(git, from: known, to: upstream, excluding: mine, language: language)
        let after = WorkspaceCheck.run(layout.root, language: language)
        outcome.problems = after.problems
        return outcome
    }

    /// Where this machine stands with the others: when it last synced, whether everything was sent
    /// then, and how many changes (files not committed, commits not pushed) wait now. Nil when the
    /// workspace is not a git repository.
    public struct State: Sendable, Equatable {
        public var lastSync: Timestamp?
        public var lastSent: Bool
        public var unsent: Int
    }

    public static func state(_ root: URL) -> State? {
        let layout = WorkspaceLayout(root: root)
        guard Posix.entry(at: layout.root.appendingPathComponent(".git").path) == .folder,
              let git = try? Git.locate(in: layout.root), let changed = try? changedPaths(git) else { return nil }
        let ahead = (try? git.must(["rev-list", "--count", "@{upstream}..HEAD"]))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        var state = State(lastSync: nil, lastSent: false, unsent: changed.count + ahead)
        if let data = try? Data(contentsOf: recordFile(layout)), case .success(.object(let fields)) = JSONValue.parse(data) {
            if case .string(let at)? = fields["at"] { state.lastSync = Timestamp(at) }
            if case .bool(let sent)? = fields["sent"] { state.lastSent = sent }
        }
        return state
    }

    /// `.git/ocenka-sync.json`: this machine's own record of its last sync (inside `.git`, so it
    /// never travels and is no workspace file).
    static func recordFile(_ layout: WorkspaceLayout) -> URL {
        layout.root.appendingPathComponent(".git/ocenka-sync.json")
    }

    private static func record(_ outcome: Outcome, at moment: Timestamp, in layout: WorkspaceLayout) {
        let record = JSONValue.object(["at": .string(moment.text), "sent": .bool(outcome.sent)])
        if let data = try? CanonicalJSON.encode(record) { try? AtomicFile.write(data, to: recordFile(layout)) }
    }

    /// Every path git sees as changed or new (ignored files excluded).
    static func changedPaths(_ git: Git) throws(WorkspaceError) -> [String] {
        let status = try git.must(["status", "--porcelain=v1", "-z", "--untracked-files=all"])
        var paths: [String] = []
        var fields = status.split(separator: "\0", omittingEmptySubsequences: true).map(String.init)[...]
        while let field = fields.popFirst() {
            guard field.count > 3 else { continue }
            let code = field.prefix(2)
            paths.append(String(field.dropFirst(3)))
            if code.contains("R") || code.contains("C"), let original = fields.popFirst() { paths.append(original) }
        }
        return Array(Set(paths)).sorted()
    }

    /// "e2: 3 листа, 1 подаден" — what this member's commit holds.
    static func commitMessage(for member: CommitteeMember, paths: [String], git: Git, layout: WorkspaceLayout) -> String {
        let described = describe(Set(paths), before: { git.file($0, at: "HEAD") },
                                 after: { try? WorkspaceFiles.ownData(layout.url(forRelativePath: $0)) }, in: .bulgarian)
        return "\(member.id): " + described
    }

    /// One line per member of what arrived between `old` and `new`: "от e1: 2 листа, 1 подаден".
    static func arrivals(_ git: Git, from old: String?, to new: String, excluding mine: (String) -> Bool,
                         language: Language) throws(WorkspaceError) -> [String] {
        let range = old.map { ["\($0)..\(new)"] } ?? [new]
        let names = try git.must(["log", "--format=", "--name-only"] + range).split(separator: "\n").map(String.init)
        var byOwner: [String: Set<String>] = [:]
        for path in names where !path.isEmpty && !mine(path) {
            byOwner[ownerName(of: path, in: language), default: []].insert(path)
        }
        return byOwner.keys.sorted().map { owner in
            let described = describe(byOwner[owner]!, before: { path in old.flatMap { git.file(path, at: $0) } },
                                     after: { git.file($0, at: new) }, in: language)
            return (language == .bulgarian ? "от \(owner): " : "from \(owner): ") + described
        }
    }

    /// What a set of changed paths holds, in words — "2 листа, 1 подаден, декларация, 1 решение,
    /// регистърът" — with each file's content before and after the change (nil: none).
    static func describe(_ paths: Set<String>, before: (String) -> Data?, after: (String) -> Data?, in language: Language) -> String {
        let bg = language == .bulgarian
        var parts: [String] = []
        let sheets = paths.filter { $0.hasSuffix(".admin.json") || $0.hasSuffix(".quality.json") }
        if !sheets.isEmpty {
            let submitted = sheets.filter { path in
                after(path).flatMap(SheetStatus.recorded) == .submitted && before(path).flatMap(SheetStatus.recorded) != .submitted
            }.count
            parts.append(CountedNoun.sheet.phrase(sheets.count, in: language))
            // An adjective agreeing with "лист", not a noun: "1 подаден", "3 подадени".
            if submitted > 0 { parts.append("\(submitted) " + (bg ? (submitted == 1 ? "подаден" : "подадени") : "submitted")) }
        }
        if paths.contains(where: { $0.hasSuffix("/declaration.json") }) { parts.append(bg ? "декларация" : "the declaration") }
        if paths.contains("chair/decisions.json") {
            let count = { (data: Data?) -> Int in data.flatMap { DecisionsDecoder.decode($0).success }?.decisions.count ?? 0 }
            let added = max(0, count(after("chair/decisions.json")) - count(before("chair/decisions.json")))
            parts.append(CountedNoun.decision.phrase(added, in: language))
        }
        if paths.contains("proposals.json") { parts.append(bg ? "регистърът" : "the register") }
        if paths.contains("workspace.json") { parts.append(bg ? "комисията" : "the committee") }
        if paths.contains("chair/assignments.json") { parts.append(bg ? "разпределението" : "the assignments") }
        let exports = paths.filter { $0.hasPrefix("exports/") }.count
        if exports > 0 { parts.append(CountedNoun.exportFile.phrase(exports, in: language)) }
        if parts.isEmpty { parts.append(bg ? "записи в дневника" : "log entries") }
        return parts.joined(separator: ", ")
    }
}

extension Result {
    /// The value, when there is one.
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
