/// A holder of an award.
public struct AwardEntry: Sendable, Encodable {
    /// The region.
    public let unit: String
    /// Its unit page, after `root`.
    public let href: String
    /// Its rank, for the overall award; absent otherwise.
    public let rank: Int?

    /// Stores each field as given; the page builders compute them.
    public init(unit: String, href: String, rank: Int? = nil) {
        self.unit = unit
        self.href = href
        self.rank = rank
    }
}
