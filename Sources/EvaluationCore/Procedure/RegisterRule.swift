/// A check the procedure declares on the register's columns, applied when a pass/fail procedure
/// approves proposals for direct provision (seed 003).
public enum RegisterRule: Sendable, Equatable {
    /// Caps by the population of the settlement (`settlementPopulation`): below `minimum` the
    /// proposal is not eligible; otherwise the band it falls in caps the amount per project.
    case populationBands(minimum: Int, bands: [PopulationBand], source: String?)
    /// At most one approved proposal per applicant (by ЕИК) among the proposals with no `network`;
    /// later ones are refused.
    case onePerApplicant(source: String?)
    /// At most one approved proposal per `network` and `nuts3` area; the proposals of one network
    /// and area are taken in the order of registration.
    case onePerNetworkArea(source: String?)

    /// The `kind` as the procedure file writes it.
    public var kind: String {
        switch self {
        case .populationBands: "populationBands"
        case .onePerApplicant: "onePerApplicant"
        case .onePerNetworkArea: "onePerNetworkArea"
        }
    }

    public static let kinds = ["populationBands", "onePerApplicant", "onePerNetworkArea"]
}

/// One band of settlement population (both ends inclusive; `upTo` nil: no upper end) with its cap.
public struct PopulationBand: Sendable, Equatable {
    public var from: Int
    public var upTo: Int?
    public var maxPerProject: Money
    /// The minimum number of workstations of the band, where the guidelines give one (informative).
    public var workstations: Int?

    public init(from: Int, upTo: Int?, maxPerProject: Money, workstations: Int? = nil) {
        self.from = from
        self.upTo = upTo
        self.maxPerProject = maxPerProject
        self.workstations = workstations
    }

    public func contains(_ population: Int) -> Bool {
        population >= from && upTo.map { population <= $0 } ?? true
    }
}
