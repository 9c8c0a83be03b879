/// One line of the book's contents.
public struct BookTocEntry: Sendable, Encodable {
    /// Its anchor.
    public let href: String
    /// Its text.
    public let text: String
    /// Its printed page; empty when unknown.
    public let page: String
    /// The lines below it.
    public let children: [BookTocEntry]
    /// Whether it has lines below it.
    public let hasChildren: Bool

    /// Stores each field as given; the page builders compute them.
    public init(href: String, text: String, page: String, children: [BookTocEntry], hasChildren: Bool) {
        self.href = href
        self.text = text
        self.page = page
        self.children = children
        self.hasChildren = hasChildren
    }
}
