/// The final ranking waits while an objection is open: a proposal the head may return to the
/// evaluation would otherwise be left out of a list already published (002_60dcf141085ee52b.txt:1148).
public enum ObjectionBlock {
    /// Why no final ranking can be made, or nil when no objection is open.
    public static func refusal(_ log: ObjectionLog, checklist: AdminChecklist) -> LocalizedText? {
        let open = log.open
        guard !open.isEmpty else { return nil }
        let bg = open.map { objection in
            "№ \(objection.number) по \(objection.proposal) (получено на \(objection.receivedOn.bulgarianText), срок за произнасяне \(ObjectionDeadlines(objection, checklist: checklist).decisionDue.bulgarianText))"
        }.joined(separator: "; ")
        let en = open.map { objection in
            "no. \(objection.number) on \(objection.proposal) (received \(objection.receivedOn.isoText), decision due \(ObjectionDeadlines(objection, checklist: checklist).decisionDue.isoText))"
        }.joined(separator: "; ")
        return LocalizedText(
            bg: "окончателно класиране не се изготвя, докато има неприключено възражение срещу недопускане: \(bg). Решението на Ръководителя на Управляващия орган се записва с ocenka objection decide.",
            en: "no final ranking is made while an objection against a non-admission is open: \(en). Record the decision of the head of the managing authority with ocenka objection decide.")
    }
}
