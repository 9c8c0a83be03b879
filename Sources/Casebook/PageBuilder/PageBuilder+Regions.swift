import CasebookContent
import CasebookPages

extension PageBuilder {
    /// One region entry as award lists show it.
    func regionItem(_ region: RegionEntry, rank: Int? = nil) -> RegionItem {
        RegionItem(
            unit: region.unit.label(language),
            href: routes.href(Routes.unit(region.unit.id)),
            year: String(region.year),
            awards: region.awards.map { Link(label: $0.label(language), href: routes.href(Routes.term(.awards, $0.pathSegment))) },
            rank: rank)
    }

    /// Outstanding regions by year and award, units in official order.
    func regionsPage() -> RegionsPage {
        let years = Array(Set(site.regions.map(\.year))).sorted(by: >)
        return RegionsPage(
            years: years.map { year in
                let ofYear = site.regions.filter { $0.year == year }
                let awards = awardLists(ofYear).map { award, holders in
                    AwardBlock(
                        label: award.label(language),
                        href: routes.href(Routes.term(.awards, award.pathSegment)),
                        entries: holders.map { region in
                            AwardEntry(
                                unit: region.unit.label(language), href: routes.href(Routes.unit(region.unit.id)),
                                rank: award == .overall ? site.shownRank(region) : nil)
                        },
                        count: holders.count)
                }
                return RegionYear(year: String(year), awards: awards, orderNote: t(site.orderNoteKey(year)))
            },
            hasRegions: !site.regions.isEmpty,
            tileMap: tileMap())
    }

    func unitPage(_ id: String) -> PreparedPage {
        let unit = site.units[id]!
        let caseIndices = site.casesByUnit[id] ?? []
        let years = (site.regionsByUnit[id] ?? []).map { index in
            let region = site.regions[index]
            return UnitYear(
                regionItem(region, rank: site.shownRank(region)),
                RegionDetails(
                    summary: region.summary,
                    body: bodies.regions[index].html,
                    stats: region.stats.map { StatCard(label: $0.label, value: $0.value, unit: $0.unit) },
                    hasStats: !region.stats.isEmpty,
                    applicant: region.applicant,
                    sources: region.sources.map { sourceItem($0) },
                    hasSources: !region.sources.isEmpty))
        }
        let typeCounts = EnterpriseType.allCases.compactMap { type -> TypeCount? in
            let count = caseIndices.filter { site.cases[$0].enterpriseType == type }.count
            return count == 0 ? nil : TypeCount(label: type.label(language), count: count, linked: false)
        }
        let trail = Breadcrumbs(steps: [
            .init(label: t("nav_home"), route: Routes.home), .init(label: t("nav_regions"), route: Routes.regions),
            .init(label: unit.label(language), route: Routes.unit(id)),
        ]).model(route: Routes.unit(id), routes: routes, baseURL: site.config.baseURL)
        return page(
            Routes.unit(id), .unit, unit.label(language),
            UnitPage(
                unit: UnitInfo(name: unit.label(language), code: unit.code, kind: t("unit_kind_\(unit.kind.rawValue)")),
                regionYears: years,
                hasAwards: !years.isEmpty,
                cases: caseIndices.map { listed($0, root: Routes.root(for: Routes.unit(id))) },
                hasCases: !caseIndices.isEmpty,
                caseCount: caseIndices.count,
                typeCounts: typeCounts,
                breadcrumbs: trail.breadcrumbs,
                breadcrumbJSON: trail.breadcrumbJSON))
    }
}
