/// Every Markdown body of the site rendered once, keyed by source file (and slug for JSON records).
struct RenderedBodies: Sendable {
    private(set) var cases: [MarkdownDocument] = []
    private(set) var regions: [MarkdownDocument] = []
    private(set) var pages: [MarkdownDocument] = []

    init(site: Site, routes: Routes) {
        var routeOfSource: [String: String] = [:]
        for entry in site.cases where entry.file.hasSuffix(".md") { routeOfSource[entry.file] = Routes.casePage(entry.slug) }
        for page in site.pages { routeOfSource[page.file] = Routes.page(page.slug) }
        for region in site.regions where region.file.hasSuffix(".md") { routeOfSource[region.file] = Routes.unit(region.unit.id) }
        let resolver = LinkResolver(routes: routes, routeOfSource: routeOfSource)
        let markdown = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: site.config.unsafeMarkdown))

        @Sendable func render(_ body: String, file: String, route: String) -> MarkdownDocument {
            markdown.render(body) { resolver.resolve($0, sourceFile: file, route: route) }
        }
        cases = site.cases.parallelMap { render($0.body, file: $0.file, route: Routes.casePage($0.slug)) }
        regions = site.regions.parallelMap { render($0.body, file: $0.file, route: Routes.unit($0.unit.id)) }
        pages = site.pages.parallelMap { render($0.body, file: $0.file, route: Routes.page($0.slug)) }
    }
}
