import CasebookContent

/// One figure of an outstanding region.
public struct StatCard: Sendable, Encodable {
    /// What is counted.
    public let label: String
    /// The figure.
    public let value: String
    /// Its unit (家, 个); absent when the content gives none.
    public let unit: String?

    /// Stores each field as given; the page builders compute them.
    public init(label: String, value: String, unit: String? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
    }
}
