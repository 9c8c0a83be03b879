import CasebookContent
import Foundation

/// Where each unit sits on the tile map, a grid cartogram in which every unit is one tile placed
/// roughly where it lies: `"tile": [column, row]` in units.json, counted from 0 at the top left.
/// The coordinates are data shipped with the tool, beside the official unit table.
public struct TileLayout: Sendable {
    /// A tile's cell, 0-based.
    public struct Position: Sendable, Hashable {
        /// Counted from 0 at the left.
        public let column: Int
        /// Counted from 0 at the top.
        public let row: Int
    }

    /// The cell of each unit, by unit id.
    public let positions: [String: Position]
    /// Number of columns the tiles span.
    public let columns: Int
    /// Number of rows the tiles span.
    public let rows: Int

    /// The layout embedded in the tool.
    public static let official: TileLayout = {
        struct Row: Decodable {
            let id: String
            let tile: [Int]?
        }
        let rows = (try? JSONDecoder().decode([Row].self, from: UnitTable.embeddedJSON)) ?? []
        var positions: [String: Position] = [:]
        for row in rows {
            guard let tile = row.tile, tile.count == 2, tile[0] >= 0, tile[1] >= 0 else { continue }
            positions[row.id] = Position(column: tile[0], row: tile[1])
        }
        return TileLayout(positions: positions)
    }()

    /// A layout from explicit positions.
    public init(positions: [String: Position]) {
        self.positions = positions
        columns = (positions.values.map(\.column).max() ?? -1) + 1
        rows = (positions.values.map(\.row).max() ?? -1) + 1
    }
}
