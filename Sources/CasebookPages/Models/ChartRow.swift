import CasebookContent

/// One bar of a chart, and one row of its table.
public struct ChartRow: Sendable, Encodable {
    /// The label.
    public let label: String
    /// The count.
    public let value: Int
    /// The page listing these cases, after `root`; absent when there is none.
    public let href: String?

    /// Stores each field as given; the page builders compute them.
    public init(label: String, value: Int, href: String? = nil) {
        self.label = label
        self.value = value
        self.href = href
    }
}
