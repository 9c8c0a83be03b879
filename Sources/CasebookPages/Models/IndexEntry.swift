import CasebookContent

/// One entry of an index: a term and its cases.
public struct IndexEntry: Sendable, Encodable {
    /// The term.
    public let label: String
    /// Its cases.
    public let cases: [IndexCase]

    /// Stores each field as given; the page builders compute them.
    public init(label: String, cases: [IndexCase]) {
        self.label = label
        self.cases = cases
    }
}
