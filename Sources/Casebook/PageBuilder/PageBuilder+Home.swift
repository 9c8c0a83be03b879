import CasebookContent
import CasebookPages

extension PageBuilder {
    func homePage() -> HomePage {
        let years = site.years
        let featured = site.cases.indices.filter { site.cases[$0].featured }
        let charts = chartModels()
        let figures = [
            Figure(value: site.cases.count, label: t("figure_cases")),
            Figure(value: site.casesByUnit.count, label: t("figure_units")),
            Figure(value: Set(site.regions.map { "\($0.year)-\($0.unit.id)" }).count, label: t("figure_regions")),
            Figure(value: site.regions.reduce(0) { $0 + $1.awards.count }, label: t("figure_awards")),
        ]
        let typeCounts = EnterpriseType.allCases.map { type in
            let term = site.taxonomy(.types)?.terms.first { $0.slug == type.pathSegment }
            return TypeCount(
                label: type.label(language), count: term?.members.count ?? 0,
                href: routes.href(Routes.term(.types, type.pathSegment)), linked: term != nil)
        }
        return HomePage(
            isHome: true,
            figures: figures,
            typeCounts: typeCounts,
            yearsLabel: years.sorted().map(String.init).joined(separator: "、"),
            featured: (featured.isEmpty ? Array(site.cases.indices.prefix(6)) : Array(featured.prefix(6))).map { listed($0, root: "") },
            hasCases: !site.cases.isEmpty,
            tileMap: tileMap(),
            charts: charts,
            hasCharts: !charts.isEmpty,
            latestRegions: latestRegions(),
            description: site.config.description)
    }

    private func latestRegions() -> LatestRegions? {
        guard let year = site.regions.map(\.year).max() else { return nil }
        return LatestRegions(year: String(year), items: site.regions.filter { $0.year == year }.map { regionItem($0) })
    }

    func freePage(_ index: Int) -> PreparedPage {
        let page = site.pages[index]
        let body = bodies.pages[index]
        let toc = body.headings.filter { $0.level == 2 }
        return self.page(
            Routes.page(page.slug), .page, page.title,
            FreePage(
                heading: page.title, body: body.html, description: page.summary,
                toc: toc.map { TocEntry(text: $0.text, id: $0.id, sub: false) }, hasToc: toc.count >= 3))
    }
}
