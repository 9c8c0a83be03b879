import CasebookMarkdown
import CasebookSupport

/// Every Markdown body of the site rendered once, keyed by source file (and slug for JSON records).
package struct RenderedBodies: Sendable {
    package private(set) var cases: [MarkdownDocument] = []
    package private(set) var regions: [MarkdownDocument] = []
    package private(set) var pages: [MarkdownDocument] = []

    /// `strings` are the theme's UI strings; `footnote_back` names the footnotes' back-links. With
    /// `cache`, a body is rendered only when it, or what its rendering depended on, changed.
    package init(site: Site, routes: Routes, strings: [String: String] = [:], cache: BodyCache? = nil) {
        let resolver = LinkResolver(site: site, routes: routes)
        let options = MarkdownOptions(site: site, strings: strings)
        let markdown = MarkdownRenderer(options: options)
        // Described once per renderer, not once per body: the cache compares every option.
        let described = String(describing: options)

        let root = site.root
        @Sendable func render(
            _ body: String, key: String, file: String, route: String, with renderer: MarkdownRenderer = markdown, described: String = described
        ) -> MarkdownDocument {
            let rewrite: @Sendable (String) -> String = { resolver.resolve($0, sourceFile: file, route: route) }
            let imageSize: @Sendable (String) -> ImageHeader? = { MediaReference.resolve($0, from: file).flatMap { ImageHeader.read(path: root + "/" + $0) } }
            guard let cache else { return renderer.render(body, rewrite: rewrite, imageSize: imageSize) }
            return cache.document(key, body: body, options: described + "\n" + route, renderer: renderer, rewrite: rewrite, imageSize: imageSize)
        }
        cases = site.cases.parallelMap { entry in
            render(entry.body, key: BodyCache.key("case", file: entry.file, record: entry.slug), file: entry.file, route: Routes.casePage(entry.slug))
        }
        // A unit page shows each year's body under h2 (section) and h3 (year): shift its headings
        // below those and prefix the ids, since several years share the page.
        regions = site.regions.parallelMap { region in
            var shifted = options
            shifted.headingOffset = 2
            shifted.idPrefix = "y\(region.year)-"
            let key = BodyCache.key("region", file: region.file, record: "\(region.unit.id) \(region.year)")
            return render(
                region.body, key: key, file: region.file, route: Routes.unit(region.unit.id), with: MarkdownRenderer(options: shifted),
                described: String(describing: shifted))
        }
        pages = site.pages.parallelMap { page in
            render(page.body, key: BodyCache.key("page", file: page.file, record: page.slug), file: page.file, route: Routes.page(page.slug))
        }
    }
}
