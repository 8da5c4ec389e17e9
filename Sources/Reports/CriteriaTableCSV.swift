import EvaluationCore

/// `ocenka procedure export-criteria`: a procedure's criteria as the table a committee receives the
/// methodology in (Docs/procedure-format.md, "The criteria table"): one row per administrative
/// criterion, one row per level of a quality criterion. `procedure import` reads it back.
public enum CriteriaTableCSV {
    public static let header = ["part", "group", "groupTitle", "criterion", "text", "allowsNA", "onNo", "points", "levelText", "source"]

    public static func render(_ procedure: Procedure) throws -> String {
        var rows: [[String]] = []
        for group in procedure.admin.groups {
            for criterion in group.criteria {
                rows.append(["admin", group.id, group.title, criterion.id, criterion.text, criterion.allowsNA ? "yes" : "no",
                             criterion.onNo.rawValue, "", "", criterion.source ?? ""])
            }
        }
        for group in procedure.quality?.groups ?? [] {
            for criterion in group.criteria {
                for (index, level) in criterion.levels.enumerated() {
                    rows.append(["quality", group.id, group.title, criterion.id, index == 0 ? criterion.question : "", "", "",
                                 level.points.canonicalText, level.text, index == 0 ? criterion.source ?? "" : ""])
                }
            }
        }
        // Semicolons quoted too: the importer, like a spreadsheet, may take ";" for the separator.
        return CSVBuilder.text(header: header, rows: rows, quotingSemicolons: true)
    }
}
