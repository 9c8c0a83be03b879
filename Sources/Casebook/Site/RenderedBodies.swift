import CasebookMarkdown
import CasebookSupport

/// Every Markdown body of the site rendered once, keyed by source file (and slug for JSON records).
struct RenderedBodies: Sendable {
    private(set) var cases: [MarkdownDocument] = []
    private(set) var regions: [MarkdownDocument] = []
    private(set) var pages: [MarkdownDocument] = []

    /// `strings` are the theme's UI strings; `footnote_back` names the footnotes' back-links.
    init(site: Site, routes: Routes, strings: [String: String] = [:]) {
        let resolver = LinkResolver(site: site, routes: routes)
        let options = MarkdownOptions(site: site, strings: strings)
        let markdown = MarkdownRenderer(options: options)

        let root = site.root
        @Sendable func render(_ body: String, file: String, route: String, with renderer: MarkdownRenderer = markdown) -> MarkdownDocument {
            renderer.render(
                body, rewrite: { resolver.resolve($0, sourceFile: file, route: route) },
                imageSize: { MediaReference.resolve($0, from: file).flatMap { ImageHeader.read(path: root + "/" + $0) } })
        }
        cases = site.cases.parallelMap { render($0.body, file: $0.file, route: Routes.casePage($0.slug)) }
        // A unit page shows each year's body under h2 (section) and h3 (year): shift its headings
        // below those and prefix the ids, since several years share the page.
        regions = site.regions.parallelMap { region in
            var shifted = options
            shifted.headingOffset = 2
            shifted.idPrefix = "y\(region.year)-"
            return render(region.body, file: region.file, route: Routes.unit(region.unit.id), with: MarkdownRenderer(options: shifted))
        }
        pages = site.pages.parallelMap { render($0.body, file: $0.file, route: Routes.page($0.slug)) }
    }
}
