import CasebookContent
import CasebookPages

/// Everything a Markdown link may lead to in one build: the routes of the pages it writes, the
/// entries it leaves unpublished, the media files and the content files.
struct LinkTargets: Sendable {
    /// Routes of every page the build writes that a body may link to (`cases/x/`, `tags/y/page/2/`).
    private(set) var routes: Set<String> = []
    /// Routes of entries that exist but are not published by this build, with the reason.
    private(set) var unpublished: [String: String] = [:]
    /// Route of every published Markdown content file, as `LinkResolver` maps them.
    private(set) var routeOfSource: [String: String] = [:]
    /// Content files of entries that exist but are not published, with the reason.
    private(set) var unpublishedSources: [String: String] = [:]
    /// Every file that holds cases, regions or pages, loaded or not.
    private(set) var contentFiles: Set<String> = []
    /// Routes of entries whose records have errors of their own.
    private(set) var unloadedRoutes: Set<String> = []
    let media: Set<String>

    /// The first path segments under which the build writes content pages; links elsewhere
    /// (search/, data/, feed.xml …) are not checked.
    static let checkedSections = Set(["cases", "regions", "pages", "media"] + Taxonomy.Kind.allCases.map(\.rawValue))

    init(content: SiteContent, site: Site) {
        media = Set(content.media)
        routes = [Routes.home, Routes.regions]
        for page in 1...PageJob.pageCount(site.cases.count, site.config.perPage) { routes.insert(Routes.caseList(page: page)) }
        for unit in site.units.units { routes.insert(Routes.unit(unit.id)) }
        for taxonomy in site.taxonomies where !taxonomy.terms.isEmpty {
            routes.insert(Routes.taxonomy(taxonomy.kind))
            for term in taxonomy.terms {
                for page in 1...PageJob.pageCount(term.members.count, site.config.perPage) { routes.insert(Routes.term(taxonomy.kind, term.slug, page: page)) }
            }
        }
        for entry in site.cases { routes.insert(Routes.casePage(entry.slug)) }
        for page in site.pages { routes.insert(Routes.page(page.slug)) }
        routeOfSource = LinkResolver.routes(ofSourcesIn: site)

        let publishedCases = Set(site.cases.map(\.slug)), publishedPages = Set(site.pages.map(\.slug))
        for entry in content.cases where !publishedCases.contains(entry.slug) {
            let reason = entry.draft ? "a draft case" : "a case with status \(entry.status.rawValue)"
            unpublished[Routes.casePage(entry.slug)] = reason
            if entry.file.hasSuffix(".md") { unpublishedSources[entry.file] = reason }
        }
        for page in content.pages where !publishedPages.contains(page.slug) {
            unpublished[Routes.page(page.slug)] = "a draft page"
            unpublishedSources[page.file] = "a draft page"
        }
        contentFiles = content.unloaded.files
        unloadedRoutes = Set(content.unloaded.caseSlugs.map(Routes.casePage) + content.unloaded.pageSlugs.map(Routes.page))
    }

    /// Published routes of the same section as `route`, for "did you mean".
    func routes(like route: String) -> [String] {
        let section = route.split(separator: "/").first.map(String.init) ?? ""
        return routes.filter { $0.hasPrefix(section + "/") }.sorted()
    }

    /// Whether a route has errors of its own (its file failed to load).
    func isUnloaded(_ route: String) -> Bool { unloadedRoutes.contains(route) }
}
