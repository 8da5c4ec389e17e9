/// A rectangle of cells: its top-left corner and its size.
public struct ScreenRect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var rows: Int
    public var columns: Int

    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.row = row
        self.column = column
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> ScreenRect {
        ScreenRect(
            row: row + amount,
            column: column + amount,
            rows: rows - 2 * amount,
            columns: columns - 2 * amount
        )
    }
}
