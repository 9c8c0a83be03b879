import CasebookContent

/// One headline figure: a count and what it counts.
public struct Figure: Sendable, Encodable {
    /// The count.
    public let value: Int
    /// What it counts.
    public let label: String

    /// Stores each field as given; the page builders compute them.
    public init(value: Int, label: String) {
        self.value = value
        self.label = label
    }
}
