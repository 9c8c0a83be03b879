/// The outstanding regions of the latest year, on the home page.
public struct LatestRegions: Sendable, Encodable {
    /// The year.
    public let year: String
    /// The regions.
    public let items: [RegionItem]

    /// Stores each field as given; the page builders compute them.
    public init(year: String, items: [RegionItem]) {
        self.year = year
        self.items = items
    }
}
