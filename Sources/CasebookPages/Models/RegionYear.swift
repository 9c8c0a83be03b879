/// One year of outstanding regions, by award.
public struct RegionYear: Sendable, Encodable {
    /// The year.
    public let year: String
    /// The awards given that year.
    public let awards: [AwardBlock]
    /// The note under the award lists: which lists are in ranked order, which in official order.
    public let orderNote: String

    /// Stores each field as given; the page builders compute them.
    public init(year: String, awards: [AwardBlock], orderNote: String) {
        self.year = year
        self.awards = awards
        self.orderNote = orderNote
    }
}
