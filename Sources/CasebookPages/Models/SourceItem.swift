/// A source document of a case or region: the official notice it comes from.
public struct SourceItem: Sendable, Encodable {
    /// The document title.
    public let title: String
    /// Its address.
    public let url: String
    /// Whether it lies outside the site.
    public let external: Bool
    /// Its publication date; absent when the content gives none.
    public let date: String?

    /// Stores each field as given; the page builders compute them.
    public init(title: String, url: String, external: Bool, date: String? = nil) {
        self.title = title
        self.url = url
        self.external = external
        self.date = date
    }
}
