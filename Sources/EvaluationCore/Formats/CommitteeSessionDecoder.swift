import Foundation

/// Reads `chair/session.json`, naming every problem by its JSON path.
public enum CommitteeSessionDecoder {
    public static func decode(_ data: Data) -> Result<CommitteeSession, ValidationFailure> {
        DocumentDecoding.decode(data) { root -> CommitteeSession? in
            root.rejectUnknownKeys(["format", "protocolNumber", "place", "firstSitting", "lastSitting", "order",
                                    "secretary", "approver", "reportingCurrency"])
            DocumentDecoding.checkFormat(root)
            var session = CommitteeSession(
                protocolNumber: root.string("protocolNumber", required: false), place: root.string("place", required: false),
                firstSitting: root.date("firstSitting", required: false), lastSitting: root.date("lastSitting", required: false),
                secretary: root.string("secretary", required: false),
                reportingCurrency: root.string("reportingCurrency", required: false))
            if let first = session.firstSitting, let last = session.lastSitting, last < first {
                root.issues.add(root.path.appending("lastSitting"), bg: "последното заседание е преди първото",
                                en: "the last sitting is before the first")
            }
            if let code = session.reportingCurrency, !isCurrencyCode(code) {
                root.issues.add(root.path.appending("reportingCurrency"),
                                bg: "„\(code)“ не е код на валута от три главни латински букви (напр. „EUR“)",
                                en: "\"\(code)\" is not a three-letter currency code (e.g. \"EUR\")")
            }
            if let order = root.object("order", required: false) {
                order.rejectUnknownKeys(["number", "date", "issuedBy", "legalBasis"])
                if let number = order.string("number"), let date = order.date("date") {
                    session.order = CommitteeSession.AppointmentOrder(
                        number: number, date: date, issuedBy: order.string("issuedBy", required: false),
                        legalBasis: order.string("legalBasis", required: false))
                }
            }
            if let approver = root.object("approver", required: false) {
                approver.rejectUnknownKeys(["name", "position"])
                if let name = approver.string("name") {
                    session.approver = CommitteeSession.Approver(name: name, position: approver.string("position", required: false))
                }
            }
            return session
        }
    }

    static func isCurrencyCode(_ text: String) -> Bool {
        text.count == 3 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
