/// One case in the book (`book-case`).
public struct BookCase: Sendable, Encodable {
    /// The anchor.
    public let id: String
    /// The title.
    public let title: String
    /// The enterprise.
    public let enterprise: String
    /// The enterprise type.
    public let type: String
    /// The region.
    public let unit: String
    /// The year.
    public let year: String
    /// Whether the case is still under public notice.
    public let publicity: Bool
    /// The summary.
    public let summary: String
    /// The cover image, relative to the book; absent when there is none.
    public let cover: String?
    /// The rendered Markdown body (HTML).
    public let body: String
    /// The body from its last `####` section on, kept on one page with the sources; absent when the body has none.
    public let bodyEnd: String?
    /// The metadata panel, as table rows.
    public let facts: [FactRow]
    /// Its source documents.
    public let sources: [SourceItem]
    /// Whether it has source documents.
    public let hasSources: Bool
    /// Whether it has a closing block (the body's last section or the sources), so the block's
    /// wrapper is written only around something.
    public let hasEnd: Bool

    /// Stores each field as given; the page builders compute them.
    public init(
        id: String, title: String, enterprise: String, type: String, unit: String, year: String, publicity: Bool, summary: String, cover: String? = nil,
        body: String, bodyEnd: String? = nil, facts: [FactRow], sources: [SourceItem], hasSources: Bool
    ) {
        self.id = id
        self.title = title
        self.enterprise = enterprise
        self.type = type
        self.unit = unit
        self.year = year
        self.publicity = publicity
        self.summary = summary
        self.cover = cover
        self.body = body
        self.bodyEnd = bodyEnd
        self.facts = facts
        self.sources = sources
        self.hasSources = hasSources
        hasEnd = bodyEnd != nil || hasSources
    }
}
