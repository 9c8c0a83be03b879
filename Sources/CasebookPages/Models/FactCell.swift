import CasebookContent

/// One fact of a book case's metadata table.
public struct FactCell: Sendable, Encodable {
    /// What it is.
    public let label: String
    /// Its value.
    public let value: String
    /// Whether it spans the row.
    public let wide: Bool

    /// Stores each field as given; the page builders compute them.
    public init(label: String, value: String, wide: Bool) {
        self.label = label
        self.value = value
        self.wide = wide
    }
}
