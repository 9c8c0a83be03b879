/// The rendered `case-card` partial of a listed case.
public struct CardHTML: Sendable, Encodable {
    /// The card's HTML, inserted as `{{{html}}}`.
    public let html: String

    /// Stores each field as given; the page builders compute them.
    public init(html: String) {
        self.html = html
    }
}
