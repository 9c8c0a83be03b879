extension PageBuilder {
    func homeContext() -> Context {
        let unitsWithCases = site.casesByUnit.count
        let awards = site.regions.reduce(0) { $0 + $1.awards.count }
        let years = site.years
        let featured = site.cases.indices.filter { site.cases[$0].featured }
        let charts = chartsContext()
        let figures: [Context] = [
            ["value": site.cases.count, "label": t("figure_cases")],
            ["value": unitsWithCases, "label": t("figure_units")],
            ["value": Set(site.regions.map { "\($0.year)-\($0.unit.id)" }).count, "label": t("figure_regions")],
            ["value": awards, "label": t("figure_awards")],
        ]
        let typeCounts: [Context] = EnterpriseType.allCases.map { type in
            let term = site.taxonomy(.types)?.terms.first { $0.slug == type.pathSegment }
            return ["label": type.label(language), "count": term?.members.count ?? 0,
                    "href": routes.href(Routes.term(.types, type.pathSegment)), "linked": term != nil]
        }
        return [
            "isHome": true,
            "figures": figures,
            "typeCounts": typeCounts,
            "yearsLabel": years.sorted().map(String.init).joined(separator: "、"),
            "featured": (featured.isEmpty ? Array(site.cases.indices.prefix(6)) : Array(featured.prefix(6))).map { cardItem($0, root: "") },
            "hasCases": !site.cases.isEmpty,
            "tileMap": tileMapContext(),
            "charts": charts,
            "hasCharts": !charts.isEmpty,
            "latestRegions": latestRegions(),
            "description": site.config.description as Any,
        ]
    }

    private func latestRegions() -> Context? {
        guard let year = site.regions.map(\.year).max() else { return nil }
        return ["year": String(year), "items": site.regions.filter { $0.year == year }.map(regionItem)]
    }

    func freePage(_ index: Int) -> (String, String, String?, Context) {
        let page = site.pages[index]
        let body = bodies.pages[index]
        var context: Context = ["heading": page.title, "body": body.html]
        if let summary = page.summary { context["description"] = summary }
        let toc = body.headings.filter { $0.level == 2 }
        context["toc"] = toc.map { ["text": $0.text, "id": $0.id] as Context }
        context["hasToc"] = toc.count >= 3
        return (Routes.page(page.slug), "page", page.title, context)
    }
}
