extension PageBuilder {
    /// The dashboard charts of the home page, each with its SVG and its data table.
    func chartsContext() -> [Context] {
        DashboardCharts(site: site, strings: strings).charts().map { chart in
            [
                "id": chart.id,
                "title": chart.title,
                "svg": BarChartSVG.render(chart),
                "labelHeading": chart.labelHeading,
                "valueHeading": chart.valueHeading,
                "rows": chart.bars.map { bar in
                    var row: Context = ["label": bar.label, "value": bar.value, "href": false]
                    if let route = bar.route { row["href"] = routes.href(route) }
                    return row
                },
                "total": chart.total,
            ]
        }
    }

    /// The tile map of the 37 units, its legend and its table, as the tile-map partial shows them.
    func tileMapContext() -> Context {
        let map = TileMap(site: site)
        let tiles: [Context] = map.tiles.map { tile in
            var context: Context = [
                "name": tile.unit.label(language),
                "short": language == .english ? tile.unit.english : tile.unit.short,
                "href": routes.href(Routes.unit(tile.unit.id)),
                "cases": tile.cases,
                "level": tile.level,
                "placed": tile.position != nil,
                "col": (tile.position?.column ?? 0) + 1,
                "row": (tile.position?.row ?? 0) + 1,
                "awards": false,
            ]
            // Mustache shows a section for any number, 0 included, so a missing badge is `false`.
            if tile.awards > 0 { context["awards"] = tile.awards }
            context["awardCount"] = tile.awards
            return context
        }
        let steps: [Context] = map.steps.map { step in
            let range = step.lower == step.upper ? "\(step.lower)" : "\(step.lower)–\(step.upper)"
            return ["level": step.level, "label": step.upper == 0 ? t("tile_legend_none") : "\(range) \(t("count_cases"))"]
        }
        return ["tiles": tiles, "steps": steps, "columns": map.layout.columns, "rows": map.layout.rows]
    }
}
