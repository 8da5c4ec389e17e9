/// Something that stops a sheet from being submitted, in words an evaluator can act on.
public enum MissingItem: Sendable, Equatable, CustomStringConvertible {
    case notEditable(SheetStatus)
    case conflictNotDeclared
    case recused
    case notScored(criterion: String)
    case notAJustification(criterion: String)
    case notALevel(criterion: String, points: Points)
    case unknownCriterion(String)
    case notAnswered(criterion: String)
    case noteMissingForNo(criterion: String)
    case notApplicableNotAllowed(criterion: String)
    case remedyNotRequested(criterion: String)
    case remedyPending(criterion: String, dueDate: CalendarDate)

    public var message: LocalizedText {
        switch self {
        case .notEditable(let status):
            LocalizedText(bg: "листът е „\(status.label.bulgarian)“ и не може да се променя",
                          en: "the sheet is \(status.label.english) and cannot be changed")
        case .conflictNotDeclared:
            LocalizedText(bg: "не е декларирано отсъствие на конфликт на интереси",
                          en: "the conflict-of-interest question has not been answered yet")
        case .recused:
            LocalizedText(bg: "оценителят е декларирал конфликт на интереси и си е направил отвод",
                          en: "the evaluator declared a conflict of interest and recused")
        case .notScored(let id):
            LocalizedText(bg: "критерий \(id): не е избрано ниво", en: "criterion \(id): no level chosen")
        case .notAJustification(let id):
            LocalizedText(bg: "критерий \(id): липсва обосновка", en: "criterion \(id): the justification is missing")
        case .notALevel(let id, let points):
            LocalizedText(bg: "критерий \(id): \(points.canonicalText) т. не е от нивата на критерия",
                          en: "criterion \(id): \(points.canonicalText) points is not one of the criterion's levels")
        case .unknownCriterion(let id):
            LocalizedText(bg: "критерий \(id) не съществува в процедурата", en: "criterion \(id) is not in the procedure")
        case .notAnswered(let id):
            LocalizedText(bg: "критерий \(id): няма отговор", en: "criterion \(id): not answered")
        case .noteMissingForNo(let id):
            LocalizedText(bg: "критерий \(id): отговор НЕ без мотив", en: "criterion \(id): a NO without a note")
        case .notApplicableNotAllowed(let id):
            LocalizedText(bg: "критерий \(id): отговорът Н/П не е допустим", en: "criterion \(id): N/A is not allowed")
        case .remedyNotRequested(let id):
            LocalizedText(bg: "критерий \(id): НЕ може да се отстрани — първо поискайте отстраняване от кандидата",
                          en: "criterion \(id): a NO that can be remedied — request the remedy from the applicant first")
        case .remedyPending(let id, let due):
            LocalizedText(bg: "критерий \(id): срокът за отстраняване тече до \(due.bulgarianText) и кандидатът още не е отговорил",
                          en: "criterion \(id): the remedy deadline runs until \(due.isoText) and the applicant has not replied")
        }
    }

    public var description: String { message.bulgarian }
}
