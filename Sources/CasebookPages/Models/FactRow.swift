/// One row of a book case's metadata table.
public struct FactRow: Sendable, Encodable {
    /// One or two facts.
    public let cells: [FactCell]

    /// Stores each field as given; the page builders compute them.
    public init(cells: [FactCell]) {
        self.cells = cells
    }
}
