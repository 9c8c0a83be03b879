import CasebookContent

/// The number of cases of one enterprise type.
public struct TypeCount: Sendable, Encodable {
    /// The type.
    public let label: String
    /// Its cases.
    public let count: Int
    /// The type's case list, after `root`; absent on unit pages.
    public let href: String?
    /// Whether the type has a case list to link to.
    public let linked: Bool

    /// Stores each field as given; the page builders compute them.
    public init(label: String, count: Int, href: String? = nil, linked: Bool) {
        self.label = label
        self.count = count
        self.href = href
        self.linked = linked
    }
}
