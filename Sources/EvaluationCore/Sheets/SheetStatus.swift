import Foundation

/// The life of a sheet: `draft` → `submitted` (locked) → `returned` by the chair (editable again) or
/// `cancelled` (Docs/formats.md).
public enum SheetStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case submitted
    case returned
    case cancelled

    /// Whether the evaluator may still change the sheet.
    public var isEditable: Bool { self == .draft || self == .returned }

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(bg: "чернова", en: "draft")
        case .submitted: LocalizedText(bg: "подаден", en: "submitted")
        case .returned: LocalizedText(bg: "върнат", en: "returned")
        case .cancelled: LocalizedText(bg: "анулиран", en: "cancelled")
        }
    }
}

/// The evaluator's statement about a conflict of interest with a proposal. A sheet without one means
/// the evaluator has not been asked yet, which is not the same as "no conflict".
public struct ConflictDeclaration: Sendable, Equatable, Codable {
    /// true: the evaluator declared a conflict and recused.
    public var declared: Bool
    public var at: Timestamp
    /// Why the evaluator recused, in their words (absent in sheets written before it was asked).
    public var reason: String?

    public init(declared: Bool, at: Timestamp, reason: String? = nil) {
        self.declared = declared
        self.at = at
        self.reason = reason
    }
}

/// Who changed a sheet's status on the evaluator's behalf (the chair returning or cancelling it), and why.
public struct StatusChange: Sendable, Equatable, Codable {
    public var by: String
    public var at: Timestamp
    public var reason: String
    /// The number of the chair's decision this change carries out; a sheet that names the latest
    /// return of it has taken that return in, whatever the clocks of the machines say.
    public var decision: Int?

    public init(by: String, at: Timestamp, reason: String, decision: Int? = nil) {
        self.by = by
        self.at = at
        self.reason = reason
        self.decision = decision
    }
}

/// What admin and quality sheets share for the chair's returns and cancellations (both conform
/// through ``EvaluationSheet``).
public protocol StatusCarrying {
    var status: SheetStatus { get set }
    var statusChange: StatusChange? { get set }
}

extension SheetStatus {
    /// The `status` a sheet file records, read without decoding the rest of the sheet (nil when the
    /// bytes are not a JSON object with a known status).
    public static func recorded(in data: Data) -> SheetStatus? {
        guard case .success(.object(let fields)) = JSONValue.parse(data), case .string(let text)? = fields["status"] else { return nil }
        return SheetStatus(rawValue: text)
    }
}
