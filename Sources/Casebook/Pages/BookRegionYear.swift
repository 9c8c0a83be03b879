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
    /// Its named page style.
    public let sheet: String

    public init(id: String, heading: String, awards: [BookAward], entries: [BookRegionEntry], sheet: String) {
        self.id = id
        self.heading = heading
        self.awards = awards
        self.entries = entries
        self.sheet = sheet
    }
}
