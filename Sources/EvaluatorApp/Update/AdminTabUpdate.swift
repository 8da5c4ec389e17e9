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
        if let refusal = SheetEditRules.lockRefusal(of: SheetEditRules.Sheet(sheet)) {
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
            let note = sheet.answers[criterion.id]?.note ?? ""
            sheet.answers[criterion.id] = AdminSheet.Answer(value, note: note)
            state.model.adminSheets[view.proposal] = sheet
            if value == .no && note.trimmingWhitespace().isEmpty {
                state.message = StatusMessage(.info, state.text("НЕ изисква мотив: натиснете e, за да го впишете.",
                                                                "A NO needs a note: press e to write it."))
            } else if view.adminCursor + 1 < criteria.count {
                view.adminCursor += 1
            }
            return [.saveAdmin(sheet, action: "sheet.answer")]
        case .editNote:
            view.editing = .init(target: .adminNote(criterion: criterion.id), editor: TextEditor(text: sheet.answers[criterion.id]?.note ?? ""))
            view.scroll = 0
            return []
        case .requestRemedy:
            return remedy(criterion, sheet: &sheet, view: &view, in: &state, now: now)
        case .editRemedyDates:
            guard let request = sheet.remedyRequest(for: criterion.id) else {
                state.message = StatusMessage(.warning, state.text("Първо отправете искане за отстраняване (R).", "Request a remedy first (R)."))
                return []
            }
            view.editing = .init(target: .remedyDates(criterion: criterion.id), editor: TextEditor(text: RemedyDates.text(of: request)))
            state.message = StatusMessage(.info, state.text(
                "Дати: изпратено, получено от кандидата и (след отговора) дата на отговора, ДД.ММ.ГГГГ; срокът тече от получаването.",
                "Dates: sent, received by the applicant and (once replied) the reply's, DD.MM.YYYY; the deadline runs from the receipt."))
            return []
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
                sheet.remedy[index].reply = RemedyRequest.Reply(receivedAt: now, text: "", repliedOn: now.localDate)
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
        var request = RemedyRequest(criterion: criterion.id, requestedAt: now, dueDate: now.localDate, request: "")
        request.setNotice(sentOn: now.localDate, receivedOn: now.localDate, checklist: state.model.procedure.admin)
        let due = request.dueDate
        sheet.remedy.append(request)
        state.model.adminSheets[view.proposal] = sheet
        view.editing = .init(target: .remedyRequest(criterion: criterion.id), editor: TextEditor(text: ""))
        state.message = StatusMessage(.info, state.text("Искане със срок до \(due.bulgarianText), ако уведомлението е получено днес (D — дати); впишете какво се иска.",
                                                        "A request due \(due.isoText) if the notice is received today (D — dates); write what is asked."))
        return [.saveAdmin(sheet, action: "sheet.remedyRequest")]
    }

    /// Why a key may not change the sheet, as `SheetEditRules` says it.
    static func readOnlyText(_ refusal: SheetEditRules.Refusal, _ state: AppState) -> String {
        guard case .locked(let status) = refusal else { return state.text(refusal.message.bulgarian, refusal.message.english) }
        return state.text("Листът е \(status.label.bulgarian) и не може да се променя.", "The sheet is \(status.label.english) and cannot be changed.")
    }
}
