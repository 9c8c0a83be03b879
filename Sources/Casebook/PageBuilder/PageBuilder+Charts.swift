import CasebookContent
import CasebookPages

extension PageBuilder {
    /// The dashboard charts of the home page, each with its SVG and its data table.
    func chartModels() -> [ChartModel] {
        DashboardCharts(site: site, strings: strings).charts().map { chart in
            ChartModel(
                id: chart.id,
                title: chart.title,
                svg: BarChartSVG.render(chart),
                labelHeading: chart.labelHeading,
                valueHeading: chart.valueHeading,
                rows: chart.bars.map { ChartRow(label: $0.label, value: $0.value, href: $0.route.map(routes.href)) },
                total: chart.total)
        }
    }

    /// The tile map of the 37 units, its legend and its table, as the tile-map partial shows them.
    func tileMap() -> TileMapModel {
        let map = TileMap(site: site)
        let tiles = map.tiles.map { tile in
            Tile(
                name: tile.unit.label(language),
                short: language == .english ? tile.unit.english : tile.unit.short,
                href: routes.href(Routes.unit(tile.unit.id)),
                cases: tile.cases,
                level: tile.level,
                placed: tile.position != nil,
                col: (tile.position?.column ?? 0) + 1,
                row: (tile.position?.row ?? 0) + 1,
                awards: tile.awards > 0 ? tile.awards : nil,
                awardCount: tile.awards)
        }
        let steps = map.steps.map { step in
            let range = step.lower == step.upper ? "\(step.lower)" : "\(step.lower)–\(step.upper)"
            return LegendStep(level: step.level, label: step.upper == 0 ? t("tile_legend_none") : "\(range) \(t("count_cases"))")
        }
        return TileMapModel(tiles: tiles, steps: steps, columns: map.layout.columns, rows: map.layout.rows)
    }
}
