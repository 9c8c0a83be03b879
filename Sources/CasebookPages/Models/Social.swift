/// What a case page tells link previews and search engines.
public struct Social: Sendable, Encodable {
    /// The Open Graph tags.
    public let og: [MetaTag]
    /// The schema.org Article, as JSON safe inside `<script>`.
    public let jsonLD: String

    /// Stores each field as given; the page builders compute them.
    public init(og: [MetaTag], jsonLD: String) {
        self.og = og
        self.jsonLD = jsonLD
    }
}
