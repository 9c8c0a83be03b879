/// One year of outstanding regions in the book.
public struct BookRegionYear: Sendable, Encodable {
    /// The anchor.
    public let id: String
    /// The heading.
    public let heading: String
    /// The award list as the official notice gives it.
    public let awards: [BookAward]
    /// The material of each region.
    public let entries: [BookRegionEntry]
    /// The note under the award table: which lists are in ranked order, which in official order.
    public let orderNote: String
    /// Its named page style.
    public let sheet: String

    /// Stores each field as given; the page builders compute them.
    public init(id: String, heading: String, awards: [BookAward], entries: [BookRegionEntry], orderNote: String, sheet: String) {
        self.id = id
        self.heading = heading
        self.awards = awards
        self.entries = entries
        self.orderNote = orderNote
        self.sheet = sheet
    }
}
