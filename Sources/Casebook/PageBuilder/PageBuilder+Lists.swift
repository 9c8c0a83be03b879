import CasebookContent
import CasebookPages

extension PageBuilder {
    func caseListPage(_ page: Int) -> PreparedPage {
        let route = Routes.caseList(page: page)
        let list = cardList(members: Array(site.cases.indices), page: page, root: Routes.root(for: route)) { Routes.caseList(page: $0) }
        // The static filter links only on the first page: the later pages are reached from it, and
        // the footer links every taxonomy's page on every page.
        let facets = page == 1 ? [unitFacet()] + site.taxonomies.filter { !$0.holdsRegions && !$0.terms.isEmpty && $0.kind != .tags }.map(facet) : []
        return self.page(
            route, .list, pagedTitle(t("nav_cases"), page),
            ListPage(
                heading: t("nav_cases"), total: list.total, countUnit: t("count_cases"), isEmpty: list.total == 0,
                cases: list.cases, hasCases: !list.cases.isEmpty, pagination: list.pagination,
                regionItems: [], hasRegionItems: false,
                isCaseList: true, facets: facets, hasFacets: !facets.isEmpty,
                caseFilter: site.cases.isEmpty ? nil : caseFilter()))
    }

    func taxonomyPage(_ kind: Taxonomy.Kind) -> PreparedPage {
        let taxonomy = site.taxonomy(kind)!
        let label = t("taxonomy_\(kind.rawValue)")
        return page(
            Routes.taxonomy(kind), .taxonomy, label,
            TaxonomyPage(
                heading: label,
                terms: taxonomy.terms.map { TermCount(label: $0.label, href: routes.href(Routes.term(kind, $0.slug)), count: $0.members.count) },
                countUnit: t(taxonomy.holdsRegions ? "count_regions" : "count_cases")))
    }

    func termPage(_ kind: Taxonomy.Kind, _ termIndex: Int, _ page: Int) -> PreparedPage {
        let taxonomy = site.taxonomy(kind)!
        let term = taxonomy.terms[termIndex]
        let route = Routes.term(kind, term.slug, page: page)
        let heading = "\(t("taxonomy_\(kind.rawValue)"))：\(term.label)"
        let parentLabel = t("taxonomy_\(kind.rawValue)"), parentHref = routes.href(Routes.taxonomy(kind))
        let model: ListPage
        if taxonomy.holdsRegions {
            model = ListPage(
                heading: heading, total: term.members.count, countUnit: t("count_regions"), isEmpty: false,
                cases: [], hasCases: false, regionItems: term.members.map { regionItem(site.regions[$0]) },
                hasRegionItems: !term.members.isEmpty, isCaseList: false, facets: [], hasFacets: false,
                parentLabel: parentLabel, parentHref: parentHref)
        } else {
            let list = cardList(members: term.members, page: page, root: Routes.root(for: route)) { Routes.term(kind, term.slug, page: $0) }
            model = ListPage(
                heading: heading, total: list.total, countUnit: t("count_cases"), isEmpty: list.total == 0,
                cases: list.cases, hasCases: !list.cases.isEmpty, pagination: list.pagination,
                regionItems: [], hasRegionItems: false, isCaseList: false, facets: [], hasFacets: false,
                parentLabel: parentLabel, parentHref: parentHref)
        }
        return self.page(route, .list, pagedTitle(heading, page), model)
    }

    /// One page of case cards with its pagination.
    private func cardList(members: [Int], page: Int, root: String, route: (Int) -> String)
        -> (cases: [ListedCase], total: Int, pagination: Pagination?)
    {
        let perPage = site.config.perPage
        let slice = members.dropFirst((page - 1) * perPage).prefix(perPage)
        let pagination = pagination(page: page, count: PageJob.pageCount(members.count, perPage), route: route)
        return (slice.map { listed($0, root: root) }, members.count, pagination)
    }

    /// Links to the first, last, and nearby pages, with gaps between; nil for a single page.
    func pagination(page: Int, count: Int, route: (Int) -> String) -> Pagination? {
        guard count > 1 else { return nil }
        let shown = Set([1, count] + Array(max(1, page - 2)...min(count, page + 2))).sorted()
        var items: [PageLink] = []
        var last = 0
        for number in shown {
            if number > last + 1 { items.append(PageLink(gap: true, current: false)) }
            items.append(PageLink(gap: false, number: number, href: routes.href(route(number)), current: number == page))
            last = number
        }
        return Pagination(
            items: items, page: page, count: count,
            prev: page > 1 ? routes.href(route(page - 1)) : nil,
            next: page < count ? routes.href(route(page + 1)) : nil)
    }

    /// A facet of the case list: its terms with counts, for the static filter links.
    func facet(_ taxonomy: Taxonomy) -> Facet {
        Facet(
            label: t("taxonomy_\(taxonomy.kind.rawValue)"), kind: taxonomy.kind.rawValue,
            terms: taxonomy.terms.map { term in
                TermCount(label: term.label, href: routes.href(Routes.term(taxonomy.kind, term.slug)), count: term.members.count)
            })
    }

    /// The units that have cases, in official order, linking to their unit pages.
    func unitFacet() -> Facet {
        Facet(
            label: t("field_region"), kind: "units",
            terms: site.units.units.compactMap { unit in
                guard let count = site.casesByUnit[unit.id]?.count else { return nil }
                return TermCount(label: unit.label(language), href: routes.href(Routes.unit(unit.id)), count: count)
            })
    }

    func pagedTitle(_ title: String, _ page: Int) -> String {
        page > 1 ? "\(title)（\(t("page_label")) \(page)）" : title
    }
}
