/// What a case page shows beyond its card.
public struct CaseFacts: Sendable, Encodable {
    /// The rendered Markdown body (HTML).
    public let body: String
    /// Its protection steps, each linking to its list.
    public let steps: [Link]
    /// Whether it has steps.
    public let hasSteps: Bool
    /// The industry code; absent when the content gives none.
    public let industryCode: String?
    /// The recommending body; absent when the content gives none.
    public let recommender: String?
    /// The publication date; absent when the content gives none.
    public let date: String?
    /// The status.
    public let statusLabel: String
    /// Its source documents.
    public let sources: [SourceItem]
    /// Whether it has source documents.
    public let hasSources: Bool
    /// Its h2 and h3 headings.
    public let toc: [TocEntry]
    /// Whether the table of contents is shown (two headings or more).
    public let hasToc: Bool
    /// The cover image, after `root`; absent when there is none.
    public let cover: String?
    /// The cover image's size in pixels; absent when it is unknown.
    public let coverSize: ImageSize?

    /// Stores each field as given; the page builders compute them.
    public init(
        body: String, steps: [Link], hasSteps: Bool, industryCode: String? = nil, recommender: String? = nil, date: String? = nil, statusLabel: String,
        sources: [SourceItem], hasSources: Bool, toc: [TocEntry], hasToc: Bool, cover: String? = nil, coverSize: ImageSize? = nil
    ) {
        self.body = body
        self.steps = steps
        self.hasSteps = hasSteps
        self.industryCode = industryCode
        self.recommender = recommender
        self.date = date
        self.statusLabel = statusLabel
        self.sources = sources
        self.hasSources = hasSources
        self.toc = toc
        self.hasToc = hasToc
        self.cover = cover
        self.coverSize = coverSize
    }
}
