/// The material of one year of an outstanding region, on its unit page.
public struct RegionDetails: Sendable, Encodable {
    /// The summary.
    public let summary: String
    /// The rendered Markdown body (HTML).
    public let body: String
    /// Its figures.
    public let stats: [StatCard]
    /// Whether it has figures.
    public let hasStats: Bool
    /// The applicant; absent when the content gives none.
    public let applicant: String?
    /// Its source documents.
    public let sources: [SourceItem]
    /// Whether it has source documents.
    public let hasSources: Bool

    /// Stores each field as given; the page builders compute them.
    public init(summary: String, body: String, stats: [StatCard], hasStats: Bool, applicant: String? = nil, sources: [SourceItem], hasSources: Bool) {
        self.summary = summary
        self.body = body
        self.stats = stats
        self.hasStats = hasStats
        self.applicant = applicant
        self.sources = sources
        self.hasSources = hasSources
    }
}
