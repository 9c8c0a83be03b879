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

    public init(case: CaseDetails, related: [ListedCase], hasRelated: Bool, description: String, social: Social) {
        self.case = `case`
        self.related = related
        self.hasRelated = hasRelated
        self.description = description
        self.social = social
    }
}
