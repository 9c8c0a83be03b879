/// One heading in a page's table of contents.
public struct TocEntry: Sendable, Encodable {
    /// The heading text.
    public let text: String
    /// The heading's anchor.
    public let id: String
    /// Whether it is a sub-heading (h3).
    public let sub: Bool

    /// Stores each field as given; the page builders compute them.
    public init(text: String, id: String, sub: Bool) {
        self.text = text
        self.id = id
        self.sub = sub
    }
}
