extension PageBuilder {
    /// One region entry as award lists show it.
    func regionItem(_ region: RegionEntry) -> RegionItem {
        RegionItem(
            unit: region.unit.label(language),
            href: routes.href(Routes.unit(region.unit.id)),
            year: String(region.year),
            awards: region.awards.map { Link(label: $0.label(language), href: routes.href(Routes.term(.awards, $0.pathSegment))) },
            rank: region.awards.contains(.overall) ? region.rank : nil)
    }

    /// Outstanding regions by year and award, units in official order.
    func regionsPage() -> RegionsPage {
        let years = Array(Set(site.regions.map(\.year))).sorted(by: >)
        return RegionsPage(
            years: years.map { year in
                let ofYear = site.regions.filter { $0.year == year }
                let awards = Award.allCases.compactMap { award -> AwardBlock? in
                    let holders = ofYear.filter { $0.awards.contains(award) }
                    guard !holders.isEmpty else { return nil }
                    return AwardBlock(
                        label: award.label(language),
                        href: routes.href(Routes.term(.awards, award.pathSegment)),
                        entries: holders.map { region in
                            AwardEntry(unit: region.unit.label(language), href: routes.href(Routes.unit(region.unit.id)),
                                       rank: award == .overall ? region.rank : nil)
                        },
                        count: holders.count)
                }
                return RegionYear(year: String(year), awards: awards)
            },
            hasRegions: !site.regions.isEmpty,
            tileMap: tileMap())
    }

    func unitPage(_ id: String) -> PreparedPage {
        let unit = site.units[id]!
        let caseIndices = site.casesByUnit[id] ?? []
        let years = (site.regionsByUnit[id] ?? []).map { index in
            let region = site.regions[index]
            return UnitYear(regionItem(region), RegionDetails(
                summary: region.summary,
                body: bodies.regions[index].html,
                stats: region.stats.map { StatCard(label: $0.label, value: $0.value, unit: $0.unit) },
                hasStats: !region.stats.isEmpty,
                applicant: region.applicant,
                sources: region.sources.map(sourceItem),
                hasSources: !region.sources.isEmpty))
        }
        let typeCounts = EnterpriseType.allCases.compactMap { type -> TypeCount? in
            let count = caseIndices.filter { site.cases[$0].enterpriseType == type }.count
            return count == 0 ? nil : TypeCount(label: type.label(language), count: count, linked: false)
        }
        return page(Routes.unit(id), .unit, unit.label(language), UnitPage(
            unit: UnitInfo(name: unit.label(language), code: unit.code, kind: t("unit_kind_\(unit.kind.rawValue)")),
            regionYears: years,
            hasAwards: !years.isEmpty,
            cases: caseIndices.map { listed($0, root: Routes.root(for: Routes.unit(id))) },
            hasCases: !caseIndices.isEmpty,
            caseCount: caseIndices.count,
            typeCounts: typeCounts))
    }
}
