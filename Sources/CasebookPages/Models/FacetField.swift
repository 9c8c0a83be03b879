import CasebookContent

/// A `<select>` of the search form or the case-list filter; search.js fills in its options.
public struct FacetField: Sendable, Encodable {
    /// The facet id (`FacetID`), also the URL parameter.
    public let id: String
    /// The field label.
    public let label: String

    /// Stores each field as given; the page builders compute them.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
