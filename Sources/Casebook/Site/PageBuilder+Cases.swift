extension PageBuilder {
    /// The summary card of a case, as lists and related-case boxes show it.
    func card(for entry: CaseEntry) -> Context {
        var card: Context = [
            "slug": entry.slug,
            "title": entry.title,
            "href": routes.href(Routes.casePage(entry.slug)),
            "enterprise": entry.enterprise,
            "year": String(entry.year),
            "yearHref": routes.href(Routes.term(.years, String(entry.year))),
            "unit": entry.unit.label(language),
            "unitHref": routes.href(Routes.unit(entry.unit.id)),
            "type": entry.enterpriseType.label(language),
            "typeHref": routes.href(Routes.term(.types, entry.enterpriseType.pathSegment)),
            "industry": entry.industry,
            "industryHref": routes.href(Routes.term(.industries, Slug.cached(entry.industry))),
            "summary": entry.summary,
            "publicity": entry.status == .publicity,
            "featured": entry.featured,
            "hasTags": !entry.tags.isEmpty,
            "tags": entry.tags.map { ["label": $0, "href": routes.href(Routes.term(.tags, Slug.cached($0)))] },
        ]
        if let grade = entry.grade {
            card["grade"] = grade.label(language)
            card["gradeHref"] = routes.href(Routes.term(.grades, grade.pathSegment))
        }
        if entry.status != .selected { card["status"] = entry.status.label(language) }
        return card
    }

    func casePage(_ index: Int) -> (String, String, String?, Context) {
        let entry = site.cases[index]
        let route = Routes.casePage(entry.slug)
        let body = bodies.cases[index]
        var details = cards[index]
        details["body"] = body.html
        details["steps"] = entry.steps.map { ["label": $0.label(language), "href": routes.href(Routes.term(.steps, $0.pathSegment))] }
        details["hasSteps"] = !entry.steps.isEmpty
        if let code = entry.industryCode { details["industryCode"] = code }
        if let recommender = entry.recommender { details["recommender"] = recommender }
        if let date = entry.date { details["date"] = date }
        details["statusLabel"] = entry.status.label(language)
        details["sources"] = entry.sources.map(sourceContext)
        details["hasSources"] = !entry.sources.isEmpty
        let toc = body.headings.filter { $0.level == 2 || $0.level == 3 }
        details["toc"] = toc.map { ["text": $0.text, "id": $0.id, "sub": $0.level == 3] as Context }
        details["hasToc"] = toc.count >= 2
        if let cover = entry.cover, let path = MediaReference.resolve(cover, from: entry.file) {
            details["cover"] = String(path.dropFirst("content/".count))
            if let size = ImageHeader.read(path: site.root + "/" + path) { details["coverSize"] = ["width": size.width, "height": size.height] as Context }
        }
        let related = self.related[index]
        var context: Context = [
            "case": details,
            "related": related.map { cardItem($0, root: Routes.root(for: route)) },
            "hasRelated": !related.isEmpty,
            "description": entry.summary,
            "social": socialContext(for: entry, cover: details["cover"] as? String),
        ]
        let trail = Breadcrumbs(steps: [
            .init(label: t("nav_home"), route: Routes.home), .init(label: t("nav_cases"), route: Routes.caseList(page: 1)),
            .init(label: String(entry.year), route: Routes.term(.years, String(entry.year))), .init(label: entry.title, route: route),
        ])
        context.merge(trail.context(route: route, routes: routes, baseURL: site.config.baseURL)) { _, new in new }
        return (route, "case", entry.title, context)
    }

    func sourceContext(_ source: SourceLink) -> Context {
        var context: Context = ["title": source.title, "url": source.url, "external": URLPolicy.isExternal(source.url)]
        if let date = source.date { context["date"] = date }
        return context
    }
}
