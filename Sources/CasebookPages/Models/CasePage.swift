/// A case page (`case`).
public struct CasePage: Sendable, Encodable {
    /// The case: its card and everything else the page shows.
    public let `case`: CaseDetails
    /// Related cases.
    public let related: [ListedCase]
    /// Whether there are related cases.
    public let hasRelated: Bool
    /// The summary, for the meta tag.
    public let description: String
    /// Link preview tags and JSON-LD.
    public let social: Social
    /// The trail above the page: home, its section, the page.
    public let breadcrumbs: [Crumb]
    /// The trail as a schema.org BreadcrumbList (JSON); absent without `base_url`.
    public let breadcrumbJSON: String?

    /// Stores each field as given; the page builders compute them.
    public init(
        case: CaseDetails, related: [ListedCase], hasRelated: Bool, description: String, social: Social, breadcrumbs: [Crumb], breadcrumbJSON: String? = nil
    ) {
        self.case = `case`
        self.related = related
        self.hasRelated = hasRelated
        self.description = description
        self.social = social
        self.breadcrumbs = breadcrumbs
        self.breadcrumbJSON = breadcrumbJSON
    }
}
