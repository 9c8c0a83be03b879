/// An outstanding region of one year, as award lists show it.
public struct RegionItem: Sendable, Encodable {
    /// The region (provincial unit).
    public let unit: String
    /// The unit page, after `root`.
    public let href: String
    /// The year of the award.
    public let year: String
    /// Its awards, each linking to its list.
    public let awards: [Link]
    /// Its rank among overall winners; absent otherwise.
    public let rank: Int?

    /// Stores each field as given; the page builders compute them.
    public init(unit: String, href: String, year: String, awards: [Link], rank: Int? = nil) {
        self.unit = unit
        self.href = href
        self.year = year
        self.awards = awards
        self.rank = rank
    }
}
