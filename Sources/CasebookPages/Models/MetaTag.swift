/// One Open Graph `<meta property>` tag.
public struct MetaTag: Sendable, Encodable {
    /// The property (`og:title`).
    public let property: String
    /// Its value.
    public let content: String

    /// Stores each field as given; the page builders compute them.
    public init(property: String, content: String) {
        self.property = property
        self.content = content
    }
}
