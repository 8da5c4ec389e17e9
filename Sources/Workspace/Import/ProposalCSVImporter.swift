import EvaluationCore
import Foundation

/// Reads the register of proposals from a CSV file, as a registry office or a spreadsheet exports it,
/// all or nothing: either every row is a good proposal, or every problem of every row is reported.
///
/// **The file.** UTF-8 (a byte order mark is allowed), separated by commas or by semicolons — the
/// separator is the one that splits the first line into known column names. Fields may be quoted
/// with `"`; a quoted field may hold separators, line ends and doubled quotes (`""`). Lines end in LF
/// or CRLF. Fields are trimmed of surrounding spaces; empty lines (also lines of separators only) are
/// skipped. At most 20 MB (`maximumFileSize`) and 10 000 characters a field (`maximumFieldLength`).
///
/// **The columns**, in any order, named in English or in Bulgarian; names are matched without regard
/// to case, spaces and punctuation ("ЕИК на кандидата", "еик на кандидата:", "applicant_eik"):
///
/// | column | Bulgarian names | required | content |
/// |---|---|---|---|
/// | `id` | номер, №, рег. №, вх. №, регистрационен номер, входящ номер, номер на предложението | yes | `[A-Za-z0-9._-]+`, unique in the file |
/// | `registeredAt` | дата на регистрация, регистрирано, регистрирано на, дата и час на регистрация, дата и час | yes | date and time (below) |
/// | `priority` | приоритет | yes¹ | a priority id of the procedure |
/// | `requested` | искана сума, сума, искана сума (лв.), искано финансиране, размер на исканото финансиране | yes | a positive amount, at most 2 decimals: `24850`, `24850.00`, `24 850,00` |
/// | `title` | наименование на проекта, наименование, заглавие, наименование на проектното предложение, проект | yes | not empty |
/// | `applicantName` | кандидат, наименование на кандидата, име на кандидата | yes | not empty |
/// | `applicantEik` | ЕИК, ЕИК на кандидата, БУЛСТАТ, ЕИК/БУЛСТАТ, ЕИК/БУЛСТАТ на кандидата | yes | 9 or 13 digits with valid check digits |
/// | `applicantType` | вид на кандидата, вид, тип на кандидата | no | empty, or `school`, `kindergarten`, `supportCentre`, `municipality`, `university`, `regionalOffice`, `other`, or a Bulgarian name: училище, ОУ, СУ, ПГ, детска градина, ДГ, ЦПЛР, община, висше училище, университет, РУО, друга |
/// | `partners` | партньори, партньор, партньори (наименование\|ЕИК) | no | `Name\|EIK; Name\|EIK` (or one partner a line); empty for none |
///
/// ¹ Optional (and may be empty) only when the procedure has no priorities of its own.
///
/// **Dates and times** of `registeredAt`: `2025-11-25T14:03:00+02:00` (ISO 8601 with an offset, or
/// `Z`); `2025-11-25T14:03:00`, `2025-11-25 14:03` (ISO without an offset); `25.11.2025 14:03`,
/// `25.11.2025 г. 14:03 ч.`; and a date alone, `25.11.2025` or `2025-11-25` (midnight). A time
/// without an offset is Bulgarian civil time: +02:00, and +03:00 from the last Sunday of March to the
/// last Sunday of October (01:00 UTC both); it is stored with that offset written out.
///
/// **Problems** are placed as `FILE:LINE: column` (the column as the header names it), `FILE:LINE`
/// for a whole row, or `FILE` for the whole file; LINE is the physical line where the row starts,
/// counting the line ends inside quoted fields. Header problems are on line 1.
///
/// On success the proposals come in file order, with their automatic findings
/// (`RegisterFindings.apply(to:procedure:)`).
public enum ProposalCSVImporter {
    /// The largest file read: 20 MB.
    public static let maximumFileSize = 20 * 1024 * 1024
    /// The longest field accepted, in characters.
    public static let maximumFieldLength = 10_000

    /// The proposals of the register in `data` (the bytes of the file called `fileName`), checked
    /// against `procedure`; or every problem found.
    public static func parse(_ data: Data, fileName: String, procedure: Procedure) -> Result<[Proposal], ValidationFailure> {
        var issues = CSVIssueLog(fileName: fileName)
        guard data.count <= maximumFileSize else {
            issues.add(bg: "файлът е по-голям от 20 MB (\(data.count) байта) и не се чете; регистър и с хиляди "
                           + "предложения е много по-малък — проверете дали това е правилният файл",
                       en: "the file is larger than 20 MB (\(data.count) bytes) and is not read; a register even of "
                           + "thousands of proposals is much smaller — check that this is the right file")
            return .failure(issues.failure)
        }
        let text: String
        switch CSVText.decode(data) {
        case .success(let decoded):
            text = decoded
        case .failure(let error):
            issues.add(line: error.line,
                       bg: "редът съдържа байтове, които не са текст в UTF-8; запишете файла в кодиране UTF-8 "
                           + "(в Excel: „CSV UTF-8 (с разделители запетаи)“)",
                       en: "the line has bytes that are not UTF-8 text; save the file as UTF-8 "
                           + "(in Excel: \"CSV UTF-8 (Comma delimited)\")")
            return .failure(issues.failure)
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            issues.add(line: 1, bg: "файлът е празен; очаква се заглавен ред с имената на колоните и по един ред "
                                    + "за всяко проектно предложение",
                       en: "the file is empty; expected a header line naming the columns and one line per proposal")
            return .failure(issues.failure)
        }
        guard let header = CSVHeader.read(text, procedure: procedure, issues: &issues) else {
            return .failure(issues.failure)
        }
        let document = CSVDocument(text, delimiter: header.delimiter)
        let rows = document.records.dropFirst().filter { !$0.isBlank }
        var reader = ProposalRowReader(header: header, procedure: procedure)
        var proposals: [Proposal] = []
        for record in rows {
            if let proposal = reader.read(record, issues: &issues) {
                proposals.append(proposal)
            }
        }
        if let open = document.openQuote {
            issues.add(line: open.line, column: header.label(ofField: open.fieldIndex),
                       bg: "кавичката в началото на полето не е затворена до края на файла; поле в кавички "
                           + "завършва с „\"“, а кавичка в самия текст се пише двойно („\"\"“)",
                       en: "the quote at the start of the field is not closed before the end of the file; a quoted "
                           + "field ends with '\"', and a quote in the text itself is doubled ('\"\"')")
        } else if rows.isEmpty {
            issues.add(line: document.records.first?.nextLine ?? 2,
                       bg: "файлът не съдържа проектни предложения: след заглавния ред няма нито един ред",
                       en: "the file has no proposals: there is no line after the header")
        }
        guard issues.isEmpty else { return .failure(issues.failure) }
        return .success(RegisterFindings.apply(to: proposals, procedure: procedure))
    }
}
