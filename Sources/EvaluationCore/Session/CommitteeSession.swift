/// `chair/session.json`: what the protocol says about the committee's work that the workspace does not
/// otherwise know — the protocol's number, the place, the dates of the first and last sitting, the
/// order appointing the committee, the secretary, who approves the protocol — and the currency the
/// committee reports in. Written by the chair (`ocenka session set`); every field is optional.
public struct CommitteeSession: Sendable, Equatable, Codable {
    public var format: Int
    /// The protocol's number: "1", "РД-09-123/15.12.2025".
    public var protocolNumber: String?
    /// Where the committee met: "гр. София".
    public var place: String?
    public var firstSitting: CalendarDate?
    public var lastSitting: CalendarDate?
    public var order: AppointmentOrder?
    /// The secretary's name, when the secretary is not a member in `workspace.json`.
    public var secretary: String?
    public var approver: Approver?
    /// The currency amounts are reported in first ("EUR"); absent: the procedure's own.
    public var reportingCurrency: String?

    public init(protocolNumber: String? = nil, place: String? = nil, firstSitting: CalendarDate? = nil,
                lastSitting: CalendarDate? = nil, order: AppointmentOrder? = nil, secretary: String? = nil,
                approver: Approver? = nil, reportingCurrency: String? = nil) {
        self.format = 1
        self.protocolNumber = protocolNumber
        self.place = place
        self.firstSitting = firstSitting
        self.lastSitting = lastSitting
        self.order = order
        self.secretary = secretary
        self.approver = approver
        self.reportingCurrency = reportingCurrency
    }

    /// The order (заповед) of the head of the authority that appointed the committee.
    public struct AppointmentOrder: Sendable, Equatable, Codable {
        public var number: String
        public var date: CalendarDate
        /// Who issued it: "Директор на ЦОИДУЕМ".
        public var issuedBy: String?
        /// The legal basis: "чл. 34, ал. 1 ЗУСЕФСУ".
        public var legalBasis: String?

        public init(number: String, date: CalendarDate, issuedBy: String? = nil, legalBasis: String? = nil) {
            self.number = number
            self.date = date
            self.issuedBy = issuedBy
            self.legalBasis = legalBasis
        }
    }

    /// The head of the authority who approves the protocol (УТВЪРДИЛ).
    public struct Approver: Sendable, Equatable, Codable {
        public var name: String
        public var position: String?

        public init(name: String, position: String? = nil) {
            self.name = name
            self.position = position
        }
    }
}
