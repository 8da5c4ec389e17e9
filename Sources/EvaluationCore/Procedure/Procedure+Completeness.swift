extension Procedure {
    /// One issue per quality group whose criteria are still to be entered, at its JSON path. A
    /// procedure with any is a draft: `procedure check` says so, `ocenka init` refuses to freeze it
    /// (criteria cannot change once a procedure runs, 002_60dcf141085ee52b.txt:1174) and a workspace
    /// holding one is not loaded, so nothing is scored or ranked on placeholders.
    public var incompleteIssues: [ValidationIssue] {
        guard let quality else { return [] }
        return quality.groups.enumerated().compactMap { index, group in
            guard group.toBeEntered else { return nil }
            return ValidationIssue(
                path: JSONPath.root.appending("quality").appending("groups").appending(index),
                message: LocalizedText(
                    bg: "критериите на група \(group.id) („\(group.title)“) предстои да бъдат въведени (toBeEntered); процедурата е непълна и по нея не може да се оценява и класира — въведете ги с ocenka procedure import ТАБЛИЦА.csv --base \(id)",
                    en: "the criteria of group \(group.id) (\"\(group.title)\") are still to be entered (toBeEntered); the procedure is incomplete and nothing can be scored or ranked by it — enter them with ocenka procedure import TABLE.csv --base \(id)"))
        }
    }
}

extension Procedure {
    /// A proposal's priority as a column shows it: "—" in a procedure without priorities of its own,
    /// whose one implicit priority ("0") is no priority a reader would recognise.
    public func displayedPriority(_ id: String) -> String {
        hasExplicitPriorities ? id : "—"
    }
}
