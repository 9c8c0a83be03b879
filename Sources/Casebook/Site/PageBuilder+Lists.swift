extension PageBuilder {
    func caseListPage(_ page: Int) -> (String, String, String?, Context) {
        let route = Routes.caseList(page: page)
        var context = listContext(members: Array(site.cases.indices), page: page, root: Routes.root(for: route)) { Routes.caseList(page: $0) }
        context["heading"] = t("nav_cases")
        context["isCaseList"] = true
        let facets = site.taxonomies.filter { !$0.holdsRegions && !$0.terms.isEmpty && $0.kind != .tags }.map(facetContext)
        context["facets"] = [unitFacet()] + facets
        context["hasFacets"] = true
        if !site.cases.isEmpty { context["caseFilter"] = caseFilterContext() }
        return (route, "list", pagedTitle(t("nav_cases"), page), context)
    }

    func taxonomyPage(_ kind: Taxonomy.Kind) -> (String, String, String?, Context) {
        let taxonomy = site.taxonomy(kind)!
        let label = t("taxonomy_\(kind.rawValue)")
        return (Routes.taxonomy(kind), "taxonomy", label, [
            "heading": label,
            "terms": taxonomy.terms.map { term in
                ["label": term.label, "href": routes.href(Routes.term(kind, term.slug)), "count": term.members.count] as Context
            },
            "countUnit": t(taxonomy.holdsRegions ? "count_regions" : "count_cases"),
        ])
    }

    func termPage(_ kind: Taxonomy.Kind, _ termIndex: Int, _ page: Int) -> (String, String, String?, Context) {
        let taxonomy = site.taxonomy(kind)!
        let term = taxonomy.terms[termIndex]
        let heading = "\(t("taxonomy_\(kind.rawValue)"))：\(term.label)"
        var context: Context
        if taxonomy.holdsRegions {
            context = [
                "regionItems": term.members.map { regionItem(site.regions[$0]) },
                "hasRegionItems": !term.members.isEmpty,
                "total": term.members.count,
                "countUnit": t("count_regions"),
            ]
        } else {
            context = listContext(members: term.members, page: page, root: Routes.root(for: Routes.term(kind, term.slug, page: page))) {
                Routes.term(kind, term.slug, page: $0)
            }
        }
        context["heading"] = heading
        context["parentLabel"] = t("taxonomy_\(kind.rawValue)")
        context["parentHref"] = routes.href(Routes.taxonomy(kind))
        return (Routes.term(kind, term.slug, page: page), "list", pagedTitle(heading, page), context)
    }

    /// One page of case cards with its pagination.
    func listContext(members: [Int], page: Int, root: String, route: (Int) -> String) -> Context {
        let perPage = site.config.perPage
        let pageCount = PageJob.pageCount(members.count, perPage)
        let slice = members.dropFirst((page - 1) * perPage).prefix(perPage)
        return [
            "cases": slice.map { cardItem($0, root: root) },
            "hasCases": !slice.isEmpty,
            "total": members.count,
            "isEmpty": members.isEmpty,
            "countUnit": t("count_cases"),
            "pagination": pagination(page: page, count: pageCount, route: route) as Any,
        ]
    }

    /// Links to the first, last, and nearby pages, with gaps between; nil for a single page.
    func pagination(page: Int, count: Int, route: (Int) -> String) -> Context? {
        guard count > 1 else { return nil }
        let shown = Set([1, count] + Array(max(1, page - 2)...min(count, page + 2))).sorted()
        var items: [Context] = []
        var last = 0
        for number in shown {
            if number > last + 1 { items.append(["gap": true]) }
            items.append(["number": number, "href": routes.href(route(number)), "current": number == page])
            last = number
        }
        var context: Context = ["items": items, "page": page, "count": count]
        if page > 1 { context["prev"] = routes.href(route(page - 1)) }
        if page < count { context["next"] = routes.href(route(page + 1)) }
        return context
    }

    /// A facet of the case list: its terms with counts, for the static filter links.
    func facetContext(_ taxonomy: Taxonomy) -> Context {
        [
            "label": t("taxonomy_\(taxonomy.kind.rawValue)"),
            "kind": taxonomy.kind.rawValue,
            "terms": taxonomy.terms.map { term in
                ["label": term.label, "href": routes.href(Routes.term(taxonomy.kind, term.slug)), "count": term.members.count] as Context
            },
        ]
    }

    /// The units that have cases, in official order, linking to their unit pages.
    func unitFacet() -> Context {
        [
            "label": t("field_region"),
            "kind": "units",
            "terms": site.units.units.compactMap { unit -> Context? in
                guard let count = site.casesByUnit[unit.id]?.count else { return nil }
                return ["label": unit.label(language), "href": routes.href(Routes.unit(unit.id)), "count": count]
            },
        ]
    }

    func pagedTitle(_ title: String, _ page: Int) -> String {
        page > 1 ? "\(title)（\(t("page_label")) \(page)）" : title
    }
}
