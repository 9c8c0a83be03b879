import CasebookContent
import CasebookPages

extension PageBuilder {
    /// What the layout shows around a page at `route`. `current` is nil for pages outside the
    /// navigation (the 404 page); `fixedRoot` replaces the relative root.
    func chrome(route: String, current: String?, title: String?, root fixedRoot: String? = nil) -> SiteChrome {
        let root = fixedRoot ?? Routes.root(for: route)
        let home = routes.portable ? root + "index.html" : (root.isEmpty ? "./" : root)
        let pages = site.pages.map { (label: $0.navTitle ?? $0.title, route: Routes.page($0.slug)) }
        var nav =
            [
                NavLink(label: t("nav_home"), url: home, current: current == Routes.home),
                NavLink(label: t("nav_cases"), url: root + routes.href(Routes.caseList(page: 1)), current: current?.hasPrefix("cases/") == true),
                NavLink(
                    label: t("nav_regions"), url: root + routes.href(Routes.regions),
                    current: current?.hasPrefix("regions/") == true || current?.hasPrefix("awards/") == true),
            ]
            + pages.map { page in
                NavLink(label: page.label, url: root + routes.href(page.route), current: current == page.route)
            }
        let shown = HeaderMenu.shownCount(title: brandTitle, labels: nav.map(\.label))
        for index in nav.indices.dropFirst(shown) { nav[index].extra = true }
        let browse = site.taxonomies.filter { !$0.terms.isEmpty }.map { taxonomy in
            Link(label: t("taxonomy_\(taxonomy.kind.rawValue)"), href: routes.href(Routes.taxonomy(taxonomy.kind)))
        }
        return SiteChrome(
            lang: language.rawValue, root: root, home: home,
            casesHref: routes.href(Routes.caseList(page: 1)), regionsHref: routes.href(Routes.regions),
            searchHref: routes.href(Routes.search), searchAction: Routes.file(for: Routes.search),
            hasBrowse: !browse.isEmpty, site: siteInfo, nav: nav,
            navMore: Array(nav.dropFirst(shown)), hasNavMore: shown < nav.count, browse: browse,
            css: assets["style.css"], js: assets["casebook.js"],
            pageTitle: title.map { "\($0) - \(site.config.title)" } ?? site.config.title,
            portable: routes.portable,
            bookHref: site.includesBook ? routes.href(Routes.book) : nil,
            canonical: site.config.baseURL.map { $0 + route },
            inlineCSS: nil)
    }

    /// The site's name in the header: its `short_title`, else its title.
    private var brandTitle: String { site.config.shortTitle ?? site.config.title }

    private var siteInfo: SiteInfo {
        SiteInfo(title: site.config.title, brand: brandTitle, description: site.config.description, icp: site.config.icp, copyright: site.config.copyright)
    }
}
