/// The summary card of a case, as lists show it (`case-card`); the one-line entries of related and
/// unit cases read the same fields. search.js makes search results and filtered cards from the same
/// partial (docs/search.md).
public struct CaseCard: Sendable, Encodable {
    /// The case's address segment.
    public let slug: String
    /// The case title.
    public let title: String
    /// The case page, after `root`.
    public let href: String
    /// The enterprise.
    public let enterprise: String
    /// The selection year.
    public let year: String
    /// The year's case list, after `root`.
    public let yearHref: String
    /// The region (provincial unit) the case comes from.
    public let unit: String
    /// The unit page, after `root`.
    public let unitHref: String
    /// The enterprise type.
    public let type: String
    /// The type's case list, after `root`.
    public let typeHref: String
    /// The industry.
    public let industry: String
    /// The industry's case list, after `root`.
    public let industryHref: String
    /// The one-paragraph summary.
    public let summary: String
    /// Whether the case is still under public notice (公示).
    public let publicity: Bool
    /// Whether the case is featured on the home page.
    public let featured: Bool
    /// Whether the case has tags.
    public let hasTags: Bool
    /// The tags, each linking to its case list.
    public let tags: [Link]
    /// The grade; absent when the case has none.
    public let grade: String?
    /// The grade's case list, after `root`; absent with `grade`.
    public let gradeHref: String?
    /// The status label when it is not the usual "selected"; else absent.
    public let status: String?
    /// What a search result is (case, outstanding region, page), filled by search.js on the search
    /// page; absent elsewhere.
    public let kind: String?
    /// A search result's summary cut around the first match, filled by search.js on the search
    /// page (matches are marked in the whole card); absent elsewhere.
    public let snippet: String?

    /// Stores each field as given; the page builders compute them.
    public init(
        slug: String, title: String, href: String, enterprise: String, year: String, yearHref: String, unit: String, unitHref: String, type: String,
        typeHref: String, industry: String, industryHref: String, summary: String, publicity: Bool, featured: Bool, hasTags: Bool, tags: [Link],
        grade: String? = nil, gradeHref: String? = nil, status: String? = nil, kind: String? = nil, snippet: String? = nil
    ) {
        self.slug = slug
        self.title = title
        self.href = href
        self.enterprise = enterprise
        self.year = year
        self.yearHref = yearHref
        self.unit = unit
        self.unitHref = unitHref
        self.type = type
        self.typeHref = typeHref
        self.industry = industry
        self.industryHref = industryHref
        self.summary = summary
        self.publicity = publicity
        self.featured = featured
        self.hasTags = hasTags
        self.tags = tags
        self.grade = grade
        self.gradeHref = gradeHref
        self.status = status
        self.kind = kind
        self.snippet = snippet
    }
}
