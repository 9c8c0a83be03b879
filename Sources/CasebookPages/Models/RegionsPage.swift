/// The outstanding regions page (`regions`).
public struct RegionsPage: Sendable, Encodable {
    /// The years, newest first.
    public let years: [RegionYear]
    /// Whether there are regions.
    public let hasRegions: Bool
    /// The tile map of the units.
    public let tileMap: TileMapModel

    /// Stores each field as given; the page builders compute them.
    public init(years: [RegionYear], hasRegions: Bool, tileMap: TileMapModel) {
        self.years = years
        self.hasRegions = hasRegions
        self.tileMap = tileMap
    }
}
