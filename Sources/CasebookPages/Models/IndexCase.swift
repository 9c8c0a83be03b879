/// A case listed under an index entry.
public struct IndexCase: Sendable, Encodable {
    /// Its anchor in the book.
    public let href: String
    /// Its title.
    public let title: String
    /// Its printed page; empty when unknown.
    public let page: String

    /// Stores each field as given; the page builders compute them.
    public init(href: String, title: String, page: String) {
        self.href = href
        self.title = title
        self.page = page
    }
}
