import EvaluationCore

/// The checklist: answers ДА / НЕ / Н/П, notes, remedy requests and replies.
enum AdminTabUpdate {
    static func handle(_ command: Command, view: inout ProposalViewState, in state: inout AppState, now: Timestamp) -> [Effect] {
        let model = state.model
        let criteria = model.procedure.admin.criteria
        guard criteria.indices.contains(view.adminCursor) else { return [] }
        let criterion = criteria[view.adminCursor]
        guard model.assignedAdmin.contains(view.proposal) else {
            state.message = StatusMessage(.warning, state.text("Не сте определени за административната проверка на това предложение.",
                                                               "You are not assigned to the administrative check of this proposal."))
            return []
        }
        var sheet = model.adminSheet(view.proposal)
        guard sheet.status.isEditable else {
            state.message = StatusMessage(.warning, readOnlyText(sheet.status, state))
            return []
        }
        switch command {
        case .answer(let value):
            if value == .na && !criterion.allowsNA {
                state.message = StatusMessage(.warning, state.text("Отговорът Н/П не е допустим за критерий \(criterion.id).",
                                                                   "N/A is not allowed on criterion \(criterion.id)."))
                return []
            }
            let previous = sheet.answers[criterion.id]
            let pendingKey = PendingNote(proposal: view.proposal, criterion: criterion.id)
            var note = previous?.note ?? state.pendingNotes[pendingKey] ?? ""
            state.pendingNotes[pendingKey] = nil
            if let previous, previous.answer == value, !(value == .no && previous.note.trimmingWhitespace().isEmpty) {
                // The same answer again changes nothing and moves on, as a new answer does.
                if view.adminCursor + 1 < criteria.count { view.adminCursor += 1 }
                return []
            }
            // A note written for a ДА or a Н/П is no ground for a НЕ: it would stand in the protocol as the reason for rejection.
            // (A НЕ turning into a ДА keeps its note: after a remedy it says how the irregularity was remedied.)
            let changed = value == .no && previous != nil && !note.trimmingWhitespace().isEmpty
            if changed { note = "" }
            state.undo = .admin(sheet)
            sheet.answers[criterion.id] = AdminSheet.Answer(value, note: note)
            state.model.adminSheets[view.proposal] = sheet
            if value == .no && note.trimmingWhitespace().isEmpty {
                view.editing = .init(target: .adminNote(criterion: criterion.id), editor: TextEditor(text: ""),
                                     advanceOnLeave: criterion.onNo == .reject)
                view.scroll = 0
                state.message = StatusMessage(.info, changed
                    ? state.text("Отговорът е сменен; мотивът към предишния отговор е изчистен (u го връща). Впишете мотива за НЕ.",
                                 "The answer changed; the note of the previous answer was cleared (u brings it back). Write the note for NO.")
                    : criterion.onNo == .reject
                        ? state.text("НЕ изисква мотив: впишете го; Esc — към следващия критерий.",
                                     "A NO needs a note: write it; Esc goes on to the next criterion.")
                        : state.text("НЕ изисква мотив: впишете го; после Esc и R — искане за отстраняване.",
                                     "A NO needs a note: write it; then Esc and R to request a remedy."))
            } else if view.adminCursor + 1 < criteria.count {
                view.adminCursor += 1
            }
            return [.saveAdmin(sheet, action: "sheet.answer")]
        case .editNote:
            let pending = state.pendingNotes[PendingNote(proposal: view.proposal, criterion: criterion.id)]
            if sheet.answers[criterion.id] == nil {
                state.message = StatusMessage(.info, state.text("Мотивът ще бъде записан с отговора (y/n/a) — нищо не се губи.",
                                                                "The note is recorded with the answer (y/n/a) — nothing is lost."))
            } else {
                state.undo = .admin(sheet)
            }
            view.editing = .init(target: .adminNote(criterion: criterion.id), editor: TextEditor(text: sheet.answers[criterion.id]?.note ?? pending ?? ""))
            view.scroll = 0
            return []
        case .requestRemedy:
            return remedy(criterion, sheet: &sheet, view: &view, in: &state, now: now)
        default:
            return []
        }
    }

    private static func remedy(_ criterion: AdminCriterion, sheet: inout AdminSheet, view: inout ProposalViewState,
                               in state: inout AppState, now: Timestamp) -> [Effect] {
        guard criterion.onNo == .remedy else {
            state.message = StatusMessage(.warning, state.text("Критерий \(criterion.id) води до отхвърляне; по него не се иска отстраняване.",
                                                               "Criterion \(criterion.id) rejects; no remedy is requested on it."))
            return []
        }
        guard sheet.answers[criterion.id]?.answer == .no else {
            state.message = StatusMessage(.warning, state.text("Отстраняване се иска при отговор НЕ (n/н).", "A remedy is requested on a NO (n)."))
            return []
        }
        if let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion.id }) {
            if sheet.remedy[index].reply == nil {
                sheet.remedy[index].reply = RemedyRequest.Reply(receivedAt: now, text: "")
                state.model.adminSheets[view.proposal] = sheet
                view.editing = .init(target: .remedyReply(criterion: criterion.id), editor: TextEditor(text: ""))
                state.message = StatusMessage(.info, state.text("Впишете отговора на кандидата; после сменете отговора по критерия.",
                                                                "Write the applicant's reply; then change the answer on the criterion."))
                return [.saveAdmin(sheet, action: "sheet.remedyReply")]
            }
            state.message = StatusMessage(.info, state.text("Отговорът на кандидата е вписан; сменете отговора по критерия (y/д или n/н).",
                                                            "The applicant's reply is recorded; change the answer (y or n)."))
            return []
        }
        let due = RemedyDeadline.dueDate(requestedOn: now.localDate, checklist: state.model.procedure.admin)
        sheet.remedy.append(RemedyRequest(criterion: criterion.id, requestedAt: now, dueDate: due, request: ""))
        state.model.adminSheets[view.proposal] = sheet
        view.editing = .init(target: .remedyRequest(criterion: criterion.id), editor: TextEditor(text: ""))
        state.message = StatusMessage(.info, state.text("Искане за отстраняване със срок до \(due.bulgarianText); впишете какво се иска.",
                                                        "A remedy request due \(due.isoText); write what is asked."))
        return [.saveAdmin(sheet, action: "sheet.remedyRequest")]
    }

    static func readOnlyText(_ status: SheetStatus, _ state: AppState) -> String {
        state.text("Листът е \(status.label.bulgarian) и не може да се променя.", "The sheet is \(status.label.english) and cannot be changed.")
    }
}
