import EvaluationCore

/// The checklist: answers ДА / НЕ / Н/П, notes, remedy requests and replies.
enum AdminTabUpdate {
    static func handle(_ command: Command, in state: inout AppState, now: Timestamp) -> [Effect] {
        let model = state.model
        let criteria = model.procedure.admin.criteria
        guard criteria.indices.contains(state.view.adminCursor) else { return [] }
        let criterion = criteria[state.view.adminCursor]
        var sheet = model.adminSheet(state.view.proposal)
        if let refusal = model.editRefusal(of: state.view.proposal, stage: .admin) {
            state.message = StatusMessage(.warning, readOnlyText(refusal, state))
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
            let pendingKey = PendingNote(proposal: state.view.proposal, criterion: criterion.id)
            var note = previous?.note ?? state.pendingNotes[pendingKey] ?? ""
            state.pendingNotes[pendingKey] = nil
            if let previous, previous.answer == value, !(value == .no && previous.note.trimmingWhitespace().isEmpty) {
                // The same answer again changes nothing and moves on, as a new answer does.
                if state.view.adminCursor + 1 < criteria.count { state.view.adminCursor += 1 }
                return []
            }
            // A note written for a ДА or a Н/П is no ground for a НЕ: it would stand in the protocol as the reason for rejection.
            // (A НЕ turning into a ДА keeps its note: after a remedy it says how the irregularity was remedied.)
            let changed = value == .no && previous != nil && !note.trimmingWhitespace().isEmpty
            if changed { note = "" }
            state.undo = .admin(sheet)
            sheet.answers[criterion.id] = AdminSheet.Answer(value, note: note)
            state.model.setAdminSheet(sheet, of: state.view.proposal)
            if value == .no && note.trimmingWhitespace().isEmpty {
                state.view.editing = .init(target: .adminNote(criterion: criterion.id), editor: TextEditor(text: ""),
                                     advanceOnLeave: criterion.onNo != .remedy)
                state.view.scroll = 0
                state.message = StatusMessage(.info, changed
                    ? state.text("Отговорът е сменен; мотивът към предишния отговор е изчистен (u го връща). Впишете мотива за НЕ.",
                                 "The answer changed; the note of the previous answer was cleared (u brings it back). Write the note for NO.")
                    : criterion.onNo != .remedy
                        ? state.text("НЕ изисква мотив: впишете го; Esc — към следващия критерий.",
                                     "A NO needs a note: write it; Esc goes on to the next criterion.")
                        : state.text("НЕ изисква мотив: впишете го; после Esc и R — искане за отстраняване.",
                                     "A NO needs a note: write it; then Esc and R to request a remedy."))
            } else if state.view.adminCursor + 1 < criteria.count {
                state.view.adminCursor += 1
            }
            return [.saveAdmin(sheet, action: .sheetAnswer)]
        case .editNote:
            let pending = state.pendingNotes[PendingNote(proposal: state.view.proposal, criterion: criterion.id)]
            if sheet.answers[criterion.id] == nil {
                state.message = StatusMessage(.info, state.text("Мотивът ще бъде записан с отговора (y/n/a) — нищо не се губи.",
                                                                "The note is recorded with the answer (y/n/a) — nothing is lost."))
            } else {
                state.undo = .admin(sheet)
            }
            state.view.editing = .init(target: .adminNote(criterion: criterion.id), editor: TextEditor(text: sheet.answers[criterion.id]?.note ?? pending ?? ""))
            state.view.scroll = 0
            return []
        case .requestRemedy:
            return remedy(criterion, sheet: &sheet, in: &state, now: now)
        case .editRemedyDates:
            guard let request = sheet.remedyRequest(for: criterion.id) else {
                state.message = StatusMessage(.warning, state.text("Първо отправете искане за отстраняване (R).", "Request a remedy first (R)."))
                return []
            }
            state.view.editing = .init(target: .remedyDates(criterion: criterion.id), editor: TextEditor(text: RemedyDates.text(of: request)))
            state.message = StatusMessage(.info, state.text(
                "Дати: изпратено, получено от кандидата и (след отговора) дата на отговора, ДД.ММ.ГГГГ; срокът тече от получаването.",
                "Dates: sent, received by the applicant and (once replied) the reply's, DD.MM.YYYY; the deadline runs from the receipt."))
            return []
        default:
            return []
        }
    }

    private static func remedy(_ criterion: AdminCriterion, sheet: inout AdminSheet,
                               in state: inout AppState, now: Timestamp) -> [Effect] {
        guard criterion.onNo == .remedy else {
            state.message = StatusMessage(.warning, criterion.onNo == .note
                ? state.text("Критерий \(criterion.id) не води до отхвърляне; НЕ се отбелязва, без искане за отстраняване.",
                             "Criterion \(criterion.id) does not reject; a NO is noted, with no remedy request.")
                : state.text("Критерий \(criterion.id) води до отхвърляне; по него не се иска отстраняване.",
                             "Criterion \(criterion.id) rejects; no remedy is requested on it."))
            return []
        }
        guard sheet.answers[criterion.id]?.answer == .no else {
            state.message = StatusMessage(.warning, state.text("Отстраняване се иска при отговор НЕ (n/н).", "A remedy is requested on a NO (n)."))
            return []
        }
        if let index = sheet.remedy.lastIndex(where: { $0.criterion == criterion.id }) {
            if sheet.remedy[index].reply == nil {
                sheet.remedy[index].reply = RemedyRequest.Reply(receivedAt: now, text: "", repliedOn: now.localDate)
                state.model.setAdminSheet(sheet, of: state.view.proposal)
                state.view.editing = .init(target: .remedyReply(criterion: criterion.id), editor: TextEditor(text: ""))
                state.message = StatusMessage(.info, state.text("Впишете отговора на кандидата; после сменете отговора по критерия.",
                                                                "Write the applicant's reply; then change the answer on the criterion."))
                return [.saveAdmin(sheet, action: .remedyReply)]
            }
            state.message = StatusMessage(.info, state.text("Отговорът на кандидата е вписан; сменете отговора по критерия (y/д или n/н).",
                                                            "The applicant's reply is recorded; change the answer (y or n)."))
            return []
        }
        var request = RemedyRequest(criterion: criterion.id, requestedAt: now, dueDate: now.localDate, request: "")
        request.setNotice(sentOn: now.localDate, receivedOn: now.localDate, checklist: state.model.procedure.admin)
        let due = request.dueDate
        sheet.remedy.append(request)
        state.model.setAdminSheet(sheet, of: state.view.proposal)
        state.view.editing = .init(target: .remedyRequest(criterion: criterion.id), editor: TextEditor(text: ""))
        state.message = StatusMessage(.info, state.text("Искане със срок до \(due.bulgarianText), ако уведомлението е получено днес (D — дати); впишете какво се иска.",
                                                        "A request due \(due.isoText) if the notice is received today (D — dates); write what is asked."))
        return [.saveAdmin(sheet, action: .remedyRequest)]
    }

    /// Why a key may not change the sheet, as `SheetEditRules` says it.
    static func readOnlyText(_ refusal: SheetEditRules.Refusal, _ state: AppState) -> String {
        switch refusal {
        case .locked(let status):
            return state.text("Листът е \(status.label.bulgarian) и не може да се променя.", "The sheet is \(status.label.english) and cannot be changed.")
        case .notAssigned(_, _, .admin):
            return state.text("Не сте определени за административната проверка на това предложение.",
                              "You are not assigned to the administrative check of this proposal.")
        case .notAssigned(_, _, .quality):
            return state.text("Не сте определени за оценка на качеството на това предложение.",
                              "You are not assigned to the quality assessment of this proposal.")
        default:
            return state.text(refusal.message)
        }
    }
}
