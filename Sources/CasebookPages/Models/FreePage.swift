/// A free page from content/pages (`page`).
public struct FreePage: Sendable, Encodable {
    /// The title.
    public let heading: String
    /// The rendered Markdown body (HTML).
    public let body: String
    /// The summary, for the meta tag; absent when there is none.
    public let description: String?
    /// Its h2 headings.
    public let toc: [TocEntry]
    /// Whether the table of contents is shown (three headings or more).
    public let hasToc: Bool

    /// Stores each field as given; the page builders compute them.
    public init(heading: String, body: String, description: String? = nil, toc: [TocEntry], hasToc: Bool) {
        self.heading = heading
        self.body = body
        self.description = description
        self.toc = toc
        self.hasToc = hasToc
    }
}
