/// The material of one outstanding region in the book.
public struct BookRegionEntry: Sendable, Encodable {
    /// The anchor.
    public let id: String
    /// The region.
    public let unit: String
    /// Its awards, as one line.
    public let awards: String
    /// The applicant; absent when the content gives none.
    public let applicant: String?
    /// The summary.
    public let summary: String
    /// Its figures.
    public let stats: [StatCard]
    /// Whether it has figures.
    public let hasStats: Bool
    /// The rendered Markdown body (HTML).
    public let body: String
    /// The body from its last `####` section on, kept on one page with the sources; absent when the body has none.
    public let bodyEnd: String?
    /// Its source documents.
    public let sources: [SourceItem]
    /// Whether it has source documents.
    public let hasSources: Bool
    /// Whether it has a closing block (the body's last section or the sources), so the block's
    /// wrapper is written only around something.
    public let hasEnd: Bool

    /// Stores each field as given; the page builders compute them.
    public init(
        id: String, unit: String, awards: String, applicant: String? = nil, summary: String, stats: [StatCard], hasStats: Bool, body: String,
        bodyEnd: String? = nil, sources: [SourceItem], hasSources: Bool
    ) {
        self.id = id
        self.unit = unit
        self.awards = awards
        self.applicant = applicant
        self.summary = summary
        self.stats = stats
        self.hasStats = hasStats
        self.body = body
        self.bodyEnd = bodyEnd
        self.sources = sources
        self.hasSources = hasSources
        hasEnd = bodyEnd != nil || hasSources
    }
}
