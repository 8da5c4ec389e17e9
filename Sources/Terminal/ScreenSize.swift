/// A size in terminal cells.
public struct ScreenSize: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    /// A size; negative values count as 0.
    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    /// "columns×rows", the way terminals state their size.
    public var description: String {
        "\(columns)×\(rows)"
    }
}
