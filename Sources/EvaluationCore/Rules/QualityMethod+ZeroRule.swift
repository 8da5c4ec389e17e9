extension QualityMethod {
    /// The criteria whose 0 points make the whole sheet's total 0 (the zero rule, seed 001:
    /// "Проекти, получили 0 т. по критерий 2.3., получават служебно 0 т. за целия проект"), in the
    /// order of the rules.
    public var zeroRuleCriteria: [String] {
        rules.map { rule in
            switch rule {
            case .zeroTotalIfCriterionZero(let criterion, _): criterion
            }
        }
    }

    /// Whether 0 points on `criterion` make the whole sheet's total 0.
    public func zeroesTotal(criterion: String) -> Bool {
        zeroRuleCriteria.contains(criterion)
    }
}
