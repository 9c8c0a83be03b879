/// Builds the template context of every page. Holds what all pages share — strings, assets,
/// the card of every case — computed once per build and read by all render threads.
struct PageBuilder: @unchecked Sendable {
    // @unchecked: the [String: Any] contexts below are built before rendering starts and only
    // read afterwards; they hold value types only.
    typealias Context = [String: Any]

    let site: Site
    let routes: Routes
    let strings: [String: String]
    let assets: Assets
    let bodies: RenderedBodies
    let templates: Templates
    /// The theme's stylesheet, inlined into 404.html.
    let stylesheet: String
    /// The card of each published case, with links relative to the site root.
    private(set) var cards: [Context] = []
    /// The related cases of each published case (`Site.relatedCases`), found once per build for
    /// the case pages and their keys.
    let related: [[Int]]
    private let cardCache = CardCache()
    /// The offline search index; each of its files is a `PageJob.searchIndex` job.
    let search: SearchIndex

    init(site: Site, theme: Theme, templates: Templates, assets: Assets, bodies: RenderedBodies, search: SearchIndex) {
        self.site = site
        self.search = search
        routes = Routes(portable: site.config.links == .portable)
        strings = theme.strings
        self.assets = assets
        self.bodies = bodies
        self.templates = templates
        stylesheet = theme.assets["style.css"].flatMap { String(validating: $0.bytes, as: UTF8.self) } ?? ""
        related = Array(site.cases.indices).parallelMap { site.relatedCases(of: $0) }
        cards = site.cases.map { card(for: $0) }
    }

    var language: UILanguage { site.config.language }

    /// A UI string, or its key when the theme lacks it.
    func t(_ key: String) -> String { strings[key] ?? key }

    /// A case's card for a page whose root prefix is `root`: its fields plus `html`, the rendered
    /// `case-card` partial, which list templates insert as `{{{html}}}`.
    func cardItem(_ index: Int, root: String) -> Context {
        var item = cards[index]
        item["html"] = cardCache.html(index, root: root) {
            var context = cards[index]
            context["root"] = root
            context["t"] = strings
            return templates.render("case-card", context)
        }
        return item
    }

    /// Renders one job to its output file.
    func build(_ job: PageJob) -> OutputFile {
        if case .searchIndex(let file) = job { return search.files[file] }
        let (route, template, title, context) = page(for: job)
        // Servers show 404.html at whatever address was missed, so relative links cannot work
        // there: it links from the site's path when it is known (base_url, base_path) and inlines the styles.
        let notFoundRoot = job == .notFound ? site.config.baseURL.flatMap(Self.path(of:)) ?? site.config.basePath : nil
        var full = common(route: route, current: job == .notFound ? nil : route, title: title, root: notFoundRoot)
        full.merge(context) { _, new in new }
        if job == .notFound { full["inlineCSS"] = stylesheet }
        let html = templates.renderBytes(template, full)
        return OutputFile(path: job == .notFound ? "404.html" : Routes.file(for: route), bytes: html)
    }

    private func page(for job: PageJob) -> (route: String, template: String, title: String?, context: Context) {
        switch job {
        case .home: return (Routes.home, "home", nil, homeContext())
        case .caseList(let page): return caseListPage(page)
        case .casePage(let index): return casePage(index)
        case .regions: return (Routes.regions, "regions", t("nav_regions"), regionsContext())
        case .unit(let id): return unitPage(id)
        case .taxonomy(let kind): return taxonomyPage(kind)
        case .term(let kind, let term, let page): return termPage(kind, term, page)
        case .page(let index): return freePage(index)
        case .notFound: return ("", "404", t("not_found_title"), ["notFound": true])
        case .book: return bookPage()
        // `build` returns index files before asking for a page.
        case .search, .searchIndex: return searchPage()
        }
    }

    /// What every page's layout needs.
    /// `current` is nil for pages outside the navigation (the 404 page); `fixedRoot` replaces the relative root.
    private func common(route: String, current: String?, title: String?, root fixedRoot: String? = nil) -> Context {
        let root = fixedRoot ?? Routes.root(for: route)
        let home = routes.portable ? root + "index.html" : (root.isEmpty ? "./" : root)
        let pages = site.pages.map { (label: $0.navTitle ?? $0.title, route: Routes.page($0.slug)) }
        var nav: [Context] = [
            ["label": t("nav_home"), "url": home, "current": current == Routes.home],
            ["label": t("nav_cases"), "url": root + routes.href(Routes.caseList(page: 1)), "current": current?.hasPrefix("cases/") == true],
            ["label": t("nav_regions"), "url": root + routes.href(Routes.regions),
             "current": current?.hasPrefix("regions/") == true || current?.hasPrefix("awards/") == true],
        ] + pages.map { page in
            ["label": page.label, "url": root + routes.href(page.route), "current": current == page.route]
        }
        let shown = HeaderMenu.shownCount(title: brandTitle, labels: nav.compactMap { $0["label"] as? String })
        for index in nav.indices.dropFirst(shown) { nav[index]["extra"] = true }
        let browse: [Context] = site.taxonomies.filter { !$0.terms.isEmpty }.map { taxonomy in
            ["label": t("taxonomy_\(taxonomy.kind.rawValue)"), "href": routes.href(Routes.taxonomy(taxonomy.kind))]
        }
        var context: Context = [
            "lang": language.rawValue,
            "root": root,
            "home": home,
            "casesHref": routes.href(Routes.caseList(page: 1)),
            "regionsHref": routes.href(Routes.regions),
            "searchHref": routes.href(Routes.search),
            "searchAction": Routes.file(for: Routes.search),
            "hasBrowse": !browse.isEmpty,
            "t": strings,
            "site": siteContext,
            "nav": nav,
            "navMore": Array(nav.dropFirst(shown)),
            "hasNavMore": shown < nav.count,
            "browse": browse,
            "css": assets["style.css"],
            "js": assets["casebook.js"],
            "pageTitle": title.map { "\($0) - \(site.config.title)" } ?? site.config.title,
            "portable": routes.portable,
            "bookHref": Book.isIncluded(in: site) ? routes.href(Routes.book) : false,
        ]
        if let base = site.config.baseURL {
            context["canonical"] = base + (route.isEmpty ? "" : route)
        }
        return context
    }

    /// `https://host/showcase/` → `/showcase/`.
    static func path(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// The site's name in the header: its `short_title`, else its title.
    private var brandTitle: String { site.config.shortTitle ?? site.config.title }

    private var siteContext: Context {
        var context: Context = ["title": site.config.title, "brand": brandTitle]
        if let description = site.config.description { context["description"] = description }
        if let icp = site.config.icp { context["icp"] = icp }
        if let copyright = site.config.copyright { context["copyright"] = copyright }
        return context
    }
}
