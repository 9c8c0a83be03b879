extension PageBuilder {
    /// One region entry as award lists show it.
    func regionItem(_ region: RegionEntry) -> Context {
        let item: Context = [
            "unit": region.unit.label(language),
            "href": routes.href(Routes.unit(region.unit.id)),
            "year": String(region.year),
            "awards": region.awards.map { ["label": $0.label(language), "href": routes.href(Routes.term(.awards, $0.pathSegment))] },
        ]
        return item
    }

    /// Outstanding regions by year and award, units in official order.
    func regionsContext() -> Context {
        let years = Array(Set(site.regions.map(\.year))).sorted(by: >)
        return [
            "years": years.map { year in
                let ofYear = site.regions.filter { $0.year == year }
                let awards = Award.allCases.compactMap { award -> Context? in
                    let holders = site.ordered(ofYear.filter { $0.awards.contains(award) }, award: award)
                    guard !holders.isEmpty else { return nil }
                    return [
                        "label": award.label(language),
                        "href": routes.href(Routes.term(.awards, award.pathSegment)),
                        "entries": holders.map { region in
                            var entry: Context = ["unit": region.unit.label(language), "href": routes.href(Routes.unit(region.unit.id))]
                            if award == .overall, let rank = site.shownRank(region) { entry["rank"] = rank }
                            return entry
                        },
                        "count": holders.count,
                    ]
                }
                return ["year": String(year), "awards": awards, "orderNote": t(site.orderNoteKey(year))] as Context
            },
            "hasRegions": !site.regions.isEmpty,
            "tileMap": tileMapContext(),
        ]
    }

    func unitPage(_ id: String) -> (String, String, String?, Context) {
        let unit = site.units[id]!
        let regionIndices = site.regionsByUnit[id] ?? []
        let caseIndices = site.casesByUnit[id] ?? []
        let years: [Context] = regionIndices.map { index in
            let region = site.regions[index]
            var context = regionItem(region)
            if let rank = site.shownRank(region) { context["rank"] = rank }
            context["summary"] = region.summary
            context["body"] = bodies.regions[index].html
            context["stats"] = region.stats.map { stat in
                var card: Context = ["label": stat.label, "value": stat.value]
                if let unit = stat.unit { card["unit"] = unit }
                return card
            }
            context["hasStats"] = !region.stats.isEmpty
            if let applicant = region.applicant { context["applicant"] = applicant }
            context["sources"] = region.sources.map(sourceContext)
            context["hasSources"] = !region.sources.isEmpty
            return context
        }
        var context: Context = [
            "unit": ["name": unit.label(language), "code": unit.code ?? "", "kind": t("unit_kind_\(unit.kind.rawValue)")] as Context,
            "regionYears": years,
            "hasAwards": !years.isEmpty,
            "cases": caseIndices.map { cardItem($0, root: Routes.root(for: Routes.unit(id))) },
            "hasCases": !caseIndices.isEmpty,
            "caseCount": caseIndices.count,
        ]
        context["typeCounts"] = EnterpriseType.allCases.compactMap { type -> Context? in
            let count = caseIndices.filter { site.cases[$0].enterpriseType == type }.count
            return count == 0 ? nil : ["label": type.label(language), "count": count]
        }
        let trail = Breadcrumbs(steps: [
            .init(label: t("nav_home"), route: Routes.home), .init(label: t("nav_regions"), route: Routes.regions),
            .init(label: unit.label(language), route: Routes.unit(id)),
        ])
        context.merge(trail.context(route: Routes.unit(id), routes: routes, baseURL: site.config.baseURL)) { _, new in new }
        return (Routes.unit(id), "unit", unit.label(language), context)
    }
}
