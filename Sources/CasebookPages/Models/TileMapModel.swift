/// The tile map of the 37 units, its legend and its table (`tile-map`).
public struct TileMapModel: Sendable, Encodable {
    /// The units in official order.
    public let tiles: [Tile]
    /// The legend.
    public let steps: [LegendStep]
    /// Grid columns.
    public let columns: Int
    /// Grid rows.
    public let rows: Int

    /// Stores each field as given; the page builders compute them.
    public init(tiles: [Tile], steps: [LegendStep], columns: Int, rows: Int) {
        self.tiles = tiles
        self.steps = steps
        self.columns = columns
        self.rows = rows
    }
}
