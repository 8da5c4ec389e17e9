/// Consecutive cells of one row, starting at `column`: what
/// ``ScreenBuffer/diff(from:)`` reports as changed.
///
/// A run never starts with a continuation cell and never ends between the
/// two halves of a wide character, so it can be drawn on its own.
public struct CellRun: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}
