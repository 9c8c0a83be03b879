import CasebookContent
import CasebookPages

/// The tile map of the 37 units: one tile per unit in its geographic cell, shaded by its number
/// of published cases in a few discrete steps, with the number of awards as a badge.
public struct TileMap: Sendable {
    /// One unit's tile.
    public struct Tile: Sendable {
        /// The unit the tile stands for; its short name is the tile's label.
        public let unit: CasebookContent.Unit
        /// The cell, or nil when the layout does not place this unit (it then flows after the grid).
        public let position: TileLayout.Position?
        /// The unit's published cases, the number on the tile.
        public let cases: Int
        /// The unit's outstanding-region awards over all years, shown as a badge when there are any.
        public let awards: Int
        /// Shade from 0 (no case) to 4 (the most cases).
        public let level: Int
    }

    /// One step of the legend: tiles with `lower...upper` cases get shade `level`.
    public struct Step: Sendable, Hashable {
        /// The fewest cases a tile of this step has.
        public let lower: Int
        /// The most cases a tile of this step has.
        public let upper: Int
        /// The shade of the step, as in `tile-level-N`.
        public let level: Int
    }

    /// Every unit of the site's table, in official order (which is also the reading order).
    public let tiles: [Tile]
    /// The legend, from "no case" up; only steps that can occur.
    public let steps: [Step]
    /// The grid the tiles are placed on.
    public let layout: TileLayout

    /// The darkest shade; the stylesheet defines `tile-level-0` to `tile-level-4`.
    public static let maximumLevel = 4

    /// The map of `site`'s published cases and awards.
    public init(site: Site, layout: TileLayout = .official) {
        let counts = site.units.units.map { unit in
            (
                unit, site.casesByUnit[unit.id]?.count ?? 0,
                (site.regionsByUnit[unit.id] ?? []).reduce(0) { $0 + site.regions[$1].awards.count }
            )
        }
        let steps = Self.steps(forMaximum: counts.map(\.1).max() ?? 0)
        self.steps = steps
        self.layout = layout
        tiles = counts.map { unit, cases, awards in
            Tile(
                unit: unit, position: layout.positions[unit.id], cases: cases, awards: awards,
                level: steps.first { cases >= $0.lower && cases <= $0.upper }?.level ?? 0)
        }
    }

    /// Splits `1...maximum` into at most four steps of about equal width, after a step for zero.
    /// Fewer distinct counts use fewer steps, spread over the whole colour scale so that the
    /// busiest unit is always the darkest.
    static func steps(forMaximum maximum: Int) -> [Step] {
        var steps = [Step(lower: 0, upper: 0, level: 0)]
        guard maximum > 0 else { return steps }
        let classes = min(maximumLevel, maximum)
        var lower = 1
        for index in 1...classes {
            let upper = (maximum * index + classes - 1) / classes
            let level = (index * maximumLevel + classes / 2) / classes
            steps.append(Step(lower: lower, upper: upper, level: level))
            lower = upper + 1
        }
        return steps
    }
}
