/// Which changes to an evaluator's sheet may be saved (Docs/formats.md and Docs/architecture.md, "The rules"): the one rule the evaluator's
/// desk, `ocenka sheet import` and the interface follow, pure and testable.
///
/// A sheet is saved only by its own evaluator, after the declaration of impartiality, for a proposal
/// assigned to them, while it is a draft or returned, and not after a recusal. Saving never changes
/// the status (submitting, returning and cancelling are their own steps) nor the conflict-of-interest
/// answer once given, and a `statusChange` is the chair's: a saved sheet keeps the one on disk, and
/// a new sheet may carry only one the chair's `decisions.json` holds for that very sheet.
public enum SheetEditRules {
    /// What the rules look at in a sheet of either kind.
    public struct Sheet: Sendable, Equatable {
        public var proposal: String
        public var evaluator: String
        public var status: SheetStatus
        public var conflict: ConflictDeclaration?
        public var statusChange: StatusChange?
        /// Whether it holds answers, remedy records or scores.
        public var hasContent: Bool
        /// The first control character other than a new line or a tab in its notes, justifications
        /// and remedy texts, if any (the files refuse them, so they are refused before a save).
        public var refusedCharacter: Unicode.Scalar?

        public init(proposal: String, evaluator: String, status: SheetStatus, conflict: ConflictDeclaration?,
                    statusChange: StatusChange?, hasContent: Bool, refusedCharacter: Unicode.Scalar? = nil) {
            self.proposal = proposal
            self.evaluator = evaluator
            self.status = status
            self.conflict = conflict
            self.statusChange = statusChange
            self.hasContent = hasContent
            self.refusedCharacter = refusedCharacter
        }

        public init(_ sheet: AdminSheet) {
            let texts = sheet.answers.values.map(\.note) + sheet.remedy.flatMap { [$0.request, $0.reply?.text ?? ""] }
            self.init(proposal: sheet.proposal, evaluator: sheet.evaluator, status: sheet.status, conflict: sheet.conflict,
                      statusChange: sheet.statusChange, hasContent: !sheet.answers.isEmpty || !sheet.remedy.isEmpty,
                      refusedCharacter: Self.firstRefused(in: texts))
        }

        public init(_ sheet: QualitySheet) {
            self.init(proposal: sheet.proposal, evaluator: sheet.evaluator, status: sheet.status, conflict: sheet.conflict,
                      statusChange: sheet.statusChange, hasContent: !sheet.scores.isEmpty,
                      refusedCharacter: Self.firstRefused(in: sheet.scores.values.map(\.note)))
        }

        private static func firstRefused(in texts: [String]) -> Unicode.Scalar? {
            for text in texts {
                if let scalar = ControlCharacters.firstRefused(in: text, multiline: true) { return scalar }
            }
            return nil
        }
    }

    /// What the rules need to know beyond the sheet.
    public struct Context: Sendable, Equatable {
        public var evaluator: String
        public var proposal: String
        public var stage: Assignments.Stage
        public var declarationAccepted: Bool
        public var assigned: Bool
        public var procedureHasQuality: Bool
        /// The status changes the chair's decisions make to this sheet (returns and cancellations).
        public var chairChanges: [StatusChange]

        public init(evaluator: String, proposal: String, stage: Assignments.Stage, declarationAccepted: Bool, assigned: Bool,
                    procedureHasQuality: Bool, chairChanges: [StatusChange] = []) {
            self.evaluator = evaluator
            self.proposal = proposal
            self.stage = stage
            self.declarationAccepted = declarationAccepted
            self.assigned = assigned
            self.procedureHasQuality = procedureHasQuality
            self.chairChanges = chairChanges
        }

        /// The context of `evaluator`'s sheet of `proposal` at `stage` in a workspace with these
        /// assignments, procedure and decisions: what the evaluator's desk checks before every save.
        public init(evaluator: String, proposal: String, stage: Assignments.Stage, declarationAccepted: Bool,
                    assignments: Assignments, procedure: Procedure, decisions: DecisionLog) {
            self.init(evaluator: evaluator, proposal: proposal, stage: stage, declarationAccepted: declarationAccepted,
                      assigned: assignments.evaluators(of: proposal, in: stage).contains(evaluator),
                      procedureHasQuality: procedure.quality != nil,
                      chairChanges: Self.chairChanges(in: decisions, evaluator: evaluator, proposal: proposal, stage: stage))
        }

        /// The changes `decisions` make to the sheet of `evaluator` for `proposal` at `stage`.
        public static func chairChanges(in decisions: DecisionLog, evaluator: String, proposal: String,
                                        stage: Assignments.Stage) -> [StatusChange] {
            decisions.decisions.filter {
                $0.evaluator == evaluator && $0.proposal == proposal && $0.stage == stage
                    && ($0.kind == .returnSheet || $0.kind == .cancelSheet)
            }.map { StatusChange(by: $0.by, at: $0.at, reason: $0.reason, decision: $0.number) }
        }
    }

    public enum Refusal: Sendable, Equatable, Error {
        case noDeclaration(evaluator: String)
        case notOwnSheet(evaluator: String, proposal: String)
        case noQuality
        case notAssigned(evaluator: String, proposal: String, stage: Assignments.Stage)
        case locked(SheetStatus)
        case recused
        case conflictChanged
        case statusChanged
        case statusChangeAltered
        case statusChangeNotDecided(decision: Int?)
        case conflictFirst
        case recusalWithContent
        case controlCharacter(Unicode.Scalar)

        public var message: LocalizedText {
            switch self {
            case .noDeclaration(let evaluator):
                LocalizedText(
                    bg: "първо приемете декларацията за безпристрастност и поверителност (ocenka declare --as \(evaluator))",
                    en: "accept the declaration of impartiality and confidentiality first (ocenka declare --as \(evaluator))")
            case .notOwnSheet(let evaluator, let proposal):
                LocalizedText(bg: "листът не е на \(evaluator) за \(proposal)", en: "the sheet is not \(evaluator)'s for \(proposal)")
            case .noQuality:
                LocalizedText(bg: "процедурата няма оценка на качеството", en: "the procedure has no quality assessment")
            case .notAssigned(let evaluator, let proposal, let stage):
                LocalizedText(
                    bg: "предложение \(proposal) не е разпределено на \(evaluator) за \(stage.label.bulgarian)",
                    en: "proposal \(proposal) is not assigned to \(evaluator) for the \(stage.label.english)")
            case .locked(let status):
                LocalizedText(
                    bg: "листът е \(status.label.bulgarian) и не може да се променя; само председателят може да го върне",
                    en: "the sheet is \(status.label.english) and cannot be changed; only the chair can return it")
            case .recused:
                LocalizedText(bg: "оценителят си е направил отвод по това предложение", en: "the evaluator has recused from this proposal")
            case .conflictChanged:
                LocalizedText(bg: "декларацията за конфликт на интереси не може да се променя",
                              en: "the conflict-of-interest declaration cannot be changed")
            case .statusChanged:
                LocalizedText(bg: "състоянието на листа не се променя така; подаването е с ocenka sheet submit",
                              en: "the sheet's status is not changed this way; submit with ocenka sheet submit")
            case .statusChangeAltered:
                LocalizedText(
                    bg: "полето statusChange се записва от председателя; листът трябва да носи същото statusChange като записания",
                    en: "statusChange is written by the chair; the sheet must carry the same statusChange as the saved one")
            case .statusChangeNotDecided(let decision):
                LocalizedText(
                    bg: "председателят няма решение\(decision.map { " № \($0)" } ?? ""), което да връща или анулира този лист; "
                        + "полето statusChange се записва само от решенията в chair/decisions.json",
                    en: "the chair has no decision\(decision.map { " no. \($0)" } ?? "") returning or cancelling this sheet; "
                        + "statusChange is written only from the decisions in chair/decisions.json")
            case .conflictFirst:
                LocalizedText(
                    bg: "преди оценяване декларирайте дали имате конфликт на интереси (поле conflict: {\"declared\": false, \"at\": …})",
                    en: "declare whether you have a conflict of interest before assessing (field conflict: {\"declared\": false, \"at\": …})")
            case .recusalWithContent:
                LocalizedText(bg: "лист с отвод не съдържа отговори или оценки", en: "a sheet with a recusal holds no answers or scores")
            case .controlCharacter(let scalar):
                ControlCharacters.refusal(scalar, multiline: true)
            }
        }
    }

    /// Why the evaluator may not change the sheet `current` (nil: none on disk yet) at all, or `nil`
    /// when they may: the checks that come before looking at the new content.
    public static func editRefusal(of current: Sheet?, in context: Context) -> Refusal? {
        guard context.declarationAccepted else { return .noDeclaration(evaluator: context.evaluator) }
        if context.stage == .quality && !context.procedureHasQuality { return .noQuality }
        guard context.assigned else {
            return .notAssigned(evaluator: context.evaluator, proposal: context.proposal, stage: context.stage)
        }
        if let current {
            if let refusal = lockRefusal(of: current) { return refusal }
        }
        return nil
    }

    /// Why a sheet in this state is closed to its evaluator's edits (submitted, cancelled, or
    /// recused), or `nil`: what the interface asks before it lets a key change the sheet.
    public static func lockRefusal(of sheet: Sheet) -> Refusal? {
        guard sheet.status.isEditable else { return .locked(sheet.status) }
        if sheet.conflict?.declared == true { return .recused }
        return nil
    }

    /// Why `new` may not be saved over `current` (nil: none on disk yet), or `nil` when it may.
    public static func saveRefusal(of new: Sheet, over current: Sheet?, in context: Context) -> Refusal? {
        if let refusal = editRefusal(of: current, in: context) { return refusal }
        guard new.evaluator == context.evaluator, new.proposal == context.proposal else {
            return .notOwnSheet(evaluator: context.evaluator, proposal: context.proposal)
        }
        if let old = current?.conflict, new.conflict != old { return .conflictChanged }
        guard new.status == (current?.status ?? .draft) else { return .statusChanged }
        if let current {
            if new.statusChange != current.statusChange {
                guard let change = new.statusChange, !context.chairChanges.contains(change) else { return .statusChangeAltered }
                return .statusChangeNotDecided(decision: change.decision)
            }
        } else if let change = new.statusChange, !context.chairChanges.contains(change) {
            return .statusChangeNotDecided(decision: change.decision)
        }
        if new.conflict == nil && new.hasContent { return .conflictFirst }
        if new.conflict?.declared == true && new.hasContent { return .recusalWithContent }
        if let scalar = new.refusedCharacter { return .controlCharacter(scalar) }
        return nil
    }

    /// Whether a sheet's status may go from `old` to `new`, and by whom: the evaluator submits a
    /// draft or a returned sheet; the chair returns a submitted sheet or cancels any but a cancelled one.
    public static func allowsTransition(from old: SheetStatus, to new: SheetStatus, byChair: Bool) -> Bool {
        switch (old, new) {
        case (.draft, .submitted), (.returned, .submitted): !byChair
        case (.submitted, .returned): byChair
        case (.draft, .cancelled), (.submitted, .cancelled), (.returned, .cancelled): byChair
        default: old == new
        }
    }
}
