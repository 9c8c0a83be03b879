import CasebookContent
import CasebookPages
import CasebookSupport

extension PageBuilder {
    /// The summary card of a case, as lists show it; related and unit cases read its fields too.
    func card(for entry: CaseEntry) -> CaseCard {
        CaseCard(
            slug: entry.slug,
            title: entry.title,
            href: routes.href(Routes.casePage(entry.slug)),
            enterprise: entry.enterprise,
            year: String(entry.year),
            yearHref: routes.href(Routes.term(.years, String(entry.year))),
            unit: entry.unit.label(language),
            unitHref: routes.href(Routes.unit(entry.unit.id)),
            type: entry.enterpriseType.label(language),
            typeHref: routes.href(Routes.term(.types, entry.enterpriseType.pathSegment)),
            industry: entry.industry,
            industryHref: routes.href(Routes.term(.industries, Slug.cached(entry.industry))),
            summary: entry.summary,
            publicity: entry.status == .publicity,
            featured: entry.featured,
            hasTags: !entry.tags.isEmpty,
            tags: entry.tags.map { Link(label: $0, href: routes.href(Routes.term(.tags, Slug.cached($0)))) },
            grade: entry.grade?.label(language),
            gradeHref: entry.grade.map { routes.href(Routes.term(.grades, $0.pathSegment)) },
            status: entry.status == .selected ? nil : entry.status.label(language))
    }

    func casePage(_ index: Int) -> PreparedPage {
        let entry = site.cases[index]
        let route = Routes.casePage(entry.slug)
        let body = bodies.cases[index]
        let toc = body.headings.filter { $0.level == 2 || $0.level == 3 }
        let coverPath = entry.cover.flatMap { MediaReference.resolve($0, from: entry.file) }
        let cover = coverPath.map { String($0.dropFirst("content/".count)) }
        let coverSize = coverPath.flatMap { ImageHeader.read(path: site.root + "/" + $0) }.map { ImageSize(width: $0.width, height: $0.height) }
        let facts = CaseFacts(
            body: body.html,
            steps: entry.steps.map { Link(label: $0.label(language), href: routes.href(Routes.term(.steps, $0.pathSegment))) },
            hasSteps: !entry.steps.isEmpty,
            industryCode: entry.industryCode,
            recommender: entry.recommender,
            date: entry.date,
            statusLabel: entry.status.label(language),
            sources: entry.sources.map { sourceItem($0) },
            hasSources: !entry.sources.isEmpty,
            toc: toc.map { TocEntry(text: $0.text, id: $0.id, sub: $0.level == 3) },
            hasToc: toc.count >= 2,
            cover: cover,
            coverSize: coverSize)
        let related = related(index)
        let trail = Breadcrumbs(steps: [
            .init(label: t("nav_home"), route: Routes.home), .init(label: t("nav_cases"), route: Routes.caseList(page: 1)),
            .init(label: String(entry.year), route: Routes.term(.years, String(entry.year))), .init(label: entry.title, route: route),
        ]).model(route: route, routes: routes, baseURL: site.config.baseURL)
        return page(
            route, .casePage, entry.title,
            CasePage(
                case: CaseDetails(card(index).card, facts),
                related: related.map { listed($0, root: Routes.root(for: route)) },
                hasRelated: !related.isEmpty,
                description: entry.summary,
                social: social(for: entry, cover: cover),
                breadcrumbs: trail.breadcrumbs,
                breadcrumbJSON: trail.breadcrumbJSON))
    }
}
