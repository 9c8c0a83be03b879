/// The home page (`home`).
public struct HomePage: Sendable, Encodable {
    /// Always true.
    public let isHome: Bool
    /// The headline figures.
    public let figures: [Figure]
    /// The cases of each enterprise type.
    public let typeCounts: [TypeCount]
    /// The years covered (`2022、2023`); empty without any.
    public let yearsLabel: String
    /// Up to six featured (else first) cases.
    public let featured: [ListedCase]
    /// Whether the site has cases.
    public let hasCases: Bool
    /// The tile map of the units.
    public let tileMap: TileMapModel
    /// The dashboard charts.
    public let charts: [ChartModel]
    /// Whether there are charts.
    public let hasCharts: Bool
    /// The latest year's outstanding regions; absent without any.
    public let latestRegions: LatestRegions?
    /// The site description, for the meta tag; absent when there is none.
    public let description: String?

    /// Stores each field as given; the page builders compute them.
    public init(
        isHome: Bool, figures: [Figure], typeCounts: [TypeCount], yearsLabel: String, featured: [ListedCase], hasCases: Bool, tileMap: TileMapModel,
        charts: [ChartModel], hasCharts: Bool, latestRegions: LatestRegions? = nil, description: String? = nil
    ) {
        self.isHome = isHome
        self.figures = figures
        self.typeCounts = typeCounts
        self.yearsLabel = yearsLabel
        self.featured = featured
        self.hasCases = hasCases
        self.tileMap = tileMap
        self.charts = charts
        self.hasCharts = hasCharts
        self.latestRegions = latestRegions
        self.description = description
    }
}
