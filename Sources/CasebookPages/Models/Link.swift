import CasebookContent

/// A labelled link to a page of the site: a tag, a step, an award, a taxonomy.
public struct Link: Sendable, Encodable {
    /// The text shown.
    public let label: String
    /// The page, after `root`.
    public let href: String

    /// Stores each field as given; the page builders compute them.
    public init(label: String, href: String) {
        self.label = label
        self.href = href
    }
}
