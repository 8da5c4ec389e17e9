import ArgumentParser

/// `--justifications`: a length (`400`) or a range (`300-2000`) of characters.
struct JustificationLengths: ExpressibleByArgument {
    let range: ClosedRange<Int>

    init(_ range: ClosedRange<Int>) {
        self.range = range
    }

    init?(argument: String) {
        let bounds = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil, low <= high else { return nil }
        range = low...high
    }

    var defaultValueDescription: String { "\(range.lowerBound)-\(range.upperBound)" }
}
