import CasebookContent

/// A facet of the case list's static filter links.
public struct Facet: Sendable, Encodable {
    /// The facet's heading.
    public let label: String
    /// The facet id (`units`, `years`, …), for `data-facet`.
    public let kind: String
    /// Its values.
    public let terms: [TermCount]

    /// Stores each field as given; the page builders compute them.
    public init(label: String, kind: String, terms: [TermCount]) {
        self.label = label
        self.kind = kind
        self.terms = terms
    }
}
