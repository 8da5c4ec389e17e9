/// What is still missing before a sheet can be submitted (Docs/architecture.md, "The rules"). An empty list means it can be.
public enum SubmissionCheck {
    /// Every criterion scored with one of its levels and justified; a conflict declaration made.
    public static func missing(_ sheet: QualitySheet, method: QualityMethod) -> [MissingItem] {
        var items = commonItems(status: sheet.status, conflict: sheet.conflict)
        guard sheet.conflict?.declared != true else { return items }
        for criterion in method.criteria {
            let score = sheet.scores[criterion.id]
            if let points = score?.points {
                if criterion.level(withPoints: points) == nil {
                    items.append(.notALevel(criterion: criterion.id, points: points))
                }
            } else {
                items.append(.notScored(criterion: criterion.id))
            }
            if (score?.note ?? "").trimmingWhitespace().isEmpty {
                items.append(.notAJustification(criterion: criterion.id))
            }
        }
        for id in sheet.scores.keys.sorted() where method.criterion(withID: id) == nil {
            items.append(.unknownCriterion(id))
        }
        return items
    }

    /// Every criterion answered (Н/П only where allowed); every НЕ with a note; a НЕ that can be
    /// remedied only after the applicant was asked and either replied or let the deadline pass.
    /// A НЕ on a criterion that rejects needs no remedy: the sheet can be submitted at once.
    public static func missing(_ sheet: AdminSheet, checklist: AdminChecklist, today: CalendarDate) -> [MissingItem] {
        var items = commonItems(status: sheet.status, conflict: sheet.conflict)
        guard sheet.conflict?.declared != true else { return items }
        for criterion in checklist.criteria {
            guard let answer = sheet.answers[criterion.id] else {
                items.append(.notAnswered(criterion: criterion.id))
                continue
            }
            switch answer.answer {
            case .yes:
                break
            case .na:
                if !criterion.allowsNA { items.append(.notApplicableNotAllowed(criterion: criterion.id)) }
            case .no:
                if answer.note.trimmingWhitespace().isEmpty { items.append(.noteMissingForNo(criterion: criterion.id)) }
                if criterion.onNo == .remedy {
                    if let request = sheet.remedyRequest(for: criterion.id) {
                        if request.isPending(on: today) {
                            items.append(.remedyPending(criterion: criterion.id, dueDate: request.dueDate))
                        }
                    } else {
                        items.append(.remedyNotRequested(criterion: criterion.id))
                    }
                }
            }
        }
        for id in sheet.answers.keys.sorted() where checklist.criterion(withID: id) == nil {
            items.append(.unknownCriterion(id))
        }
        return items
    }

    private static func commonItems(status: SheetStatus, conflict: ConflictDeclaration?) -> [MissingItem] {
        var items: [MissingItem] = []
        if !status.isEditable { items.append(.notEditable(status)) }
        switch conflict?.declared {
        case nil: items.append(.conflictNotDeclared)
        case true?: items.append(.recused)
        case false?: break
        }
        return items
    }
}
