/// One year of outstanding regions, by award.
public struct RegionYear: Sendable, Encodable {
    /// The year.
    public let year: String
    /// The awards given that year.
    public let awards: [AwardBlock]

    public init(year: String, awards: [AwardBlock]) {
        self.year = year
        self.awards = awards
    }
}
