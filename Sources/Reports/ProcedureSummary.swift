import EvaluationCore

/// A one-line account of a procedure: its kind and the size of its checklist and methodology.
public enum ProcedureSummary {
    public static func line(_ procedure: Procedure) -> LocalizedText {
        let admin = procedure.admin.criteria.count
        let rejecting = procedure.admin.criteria.filter { $0.onNo == .reject }.count
        let noted = procedure.admin.criteria.filter { $0.onNo == .note }.count
        let notedBG = noted == 0 ? "" : ", \(noted) само за отбелязване"
        let notedEN = noted == 0 ? "" : ", \(noted) only noted"
        let priorities = procedure.hasExplicitPriorities ? procedure.priorities.count : 0
        let unitBG = procedure.priorityTerm == .component ? "компонента" : "приоритета"
        let unitEN = procedure.priorityTerm == .component ? "components" : "priorities"
        if let quality = procedure.quality, !quality.isComplete {
            let ids = quality.groupsToBeEntered.map(\.id).joined(separator: ", ")
            return LocalizedText(
                bg: "НЕПЪЛНА — \(procedure.id): \(priorities) \(unitBG), \(admin) административни критерия (\(rejecting) отхвърлящи\(notedBG)), \(quality.groups.count) групи за качество, от които критериите на \(ids) предстои да бъдат въведени; по нея не може да се създаде работно пространство",
                en: "INCOMPLETE — \(procedure.id): \(priorities) \(unitEN), \(admin) administrative criteria (\(rejecting) rejecting\(notedEN)), \(quality.groups.count) quality groups, the criteria of \(ids) still to be entered; no workspace can be created from it")
        }
        if let quality = procedure.quality {
            return LocalizedText(
                bg: "наред — \(procedure.id): \(priorities) \(unitBG), \(admin) административни критерия (\(rejecting) отхвърлящи\(notedBG)), \(quality.criteria.count) критерия за качество в \(quality.groups.count) групи, максимум \(quality.maxPoints.formatted(in: .bulgarian)), минимум \(quality.floor.formatted(in: .bulgarian))",
                en: "valid — \(procedure.id): \(priorities) \(unitEN), \(admin) administrative criteria (\(rejecting) rejecting\(notedEN)), \(quality.criteria.count) quality criteria in \(quality.groups.count) groups, maximum \(quality.maxPoints.formatted(in: .english)), floor \(quality.floor.formatted(in: .english))")
        }
        if procedure.directProvision {
            return LocalizedText(
                bg: "наред — \(procedure.id): процедура за директно предоставяне, \(admin) критерия в \(procedure.admin.groups.count) групи (\(rejecting) отхвърлящи\(notedBG)), \(procedure.registerRules.count) правила по регистъра",
                en: "valid — \(procedure.id): direct provision, \(admin) criteria in \(procedure.admin.groups.count) groups (\(rejecting) rejecting\(notedEN)), \(procedure.registerRules.count) register rules")
        }
        return LocalizedText(
            bg: "наред — \(procedure.id): процедура за допустимост, \(admin) критерия в \(procedure.admin.groups.count) групи (\(rejecting) отхвърлящи\(notedBG))",
            en: "valid — \(procedure.id): pass/fail procedure, \(admin) criteria in \(procedure.admin.groups.count) groups (\(rejecting) rejecting\(notedEN))")
    }
}
