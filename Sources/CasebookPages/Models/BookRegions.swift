/// The outstanding regions section of the book.
public struct BookRegions: Sendable, Encodable {
    /// The heading.
    public let heading: String
    /// The years, newest first.
    public let years: [BookRegionYear]
    /// Its named page style (its first year's).
    public let sheet: String

    /// Stores each field as given; the page builders compute them.
    public init(heading: String, years: [BookRegionYear], sheet: String) {
        self.heading = heading
        self.years = years
        self.sheet = sheet
    }
}
