/// A heading of a rendered document, for the table of contents and deep links.
public struct MarkdownHeading: Sendable, Hashable, Codable {
    /// The heading level, 1 to 6.
    public let level: Int
    /// The heading's plain text (no markup).
    public let text: String
    /// The ASCII `id` attribute given to the heading, unique within the document.
    public let id: String

    /// A heading of `level` with plain `text` and anchor `id`.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A link or image destination as written in the source, for the link checker.
public struct MarkdownLink: Sendable, Hashable, Codable {
    /// The destination as written (entities decoded), before any rewriting or safety removal.
    public let destination: String
    /// Whether the destination belongs to an image rather than a link.
    public let isImage: Bool
    /// The 1-based line of the link within the Markdown source.
    public let line: Int
    /// The 1-based column of the link's first character, counted in Unicode scalars.
    public let column: Int

    /// A destination found at `line`:`column`.
    public init(destination: String, isImage: Bool, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

/// The result of rendering one Markdown body.
public struct MarkdownDocument: Sendable, Hashable, Codable {
    /// The HTML fragment.
    public let html: String
    /// The headings in document order.
    public let headings: [MarkdownHeading]
    /// Every link and image destination the HTML shows, ordered by position in the source; those inside an
    /// image's description, which become alt text, are not links and are left out.
    public let links: [MarkdownLink]
    /// Raw HTML left out of `html` because `markdown.unsafe` is off; `destination` holds the HTML as written.
    public let droppedHTML: [MarkdownLink]

    /// A rendered document made of its parts.
    public init(html: String, headings: [MarkdownHeading], links: [MarkdownLink], droppedHTML: [MarkdownLink] = []) {
        self.html = html
        self.headings = headings
        self.links = links
        self.droppedHTML = droppedHTML
    }
}
