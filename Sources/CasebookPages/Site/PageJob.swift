/// One page of the site to render; the renderer spreads these over all cores.
package enum PageJob: Sendable, Hashable {
    case home
    case caseList(page: Int)
    case casePage(index: Int)
    case regions
    case unit(id: String)
    case taxonomy(Taxonomy.Kind)
    case term(Taxonomy.Kind, term: Int, page: Int)
    case page(index: Int)
    case notFound
    case book
    case search
    /// One file of the search index (`SearchIndex.files`), made once with the others.
    case searchIndex(file: Int)

    /// Every page of `site`, in a fixed order, and the `searchFiles` files of its search index.
    package static func all(for site: Site, searchFiles: Int = 0) -> [PageJob] {
        var jobs: [PageJob] = [.home, .regions, .notFound, .search]
        jobs += (1...pageCount(site.cases.count, site.config.perPage)).map { .caseList(page: $0) }
        jobs += site.cases.indices.map { .casePage(index: $0) }
        jobs += site.units.units.map { .unit(id: $0.id) }
        for taxonomy in site.taxonomies where !taxonomy.terms.isEmpty {
            jobs.append(.taxonomy(taxonomy.kind))
            for (index, term) in taxonomy.terms.enumerated() {
                jobs += (1...pageCount(term.members.count, site.config.perPage)).map { .term(taxonomy.kind, term: index, page: $0) }
            }
        }
        jobs += site.pages.indices.map { .page(index: $0) }
        if site.includesBook { jobs.append(.book) }
        jobs += (0..<searchFiles).map { .searchIndex(file: $0) }
        return jobs
    }

    /// The route of the page, known before it is rendered (so its folder can be made early); nil
    /// for the 404 page, which lies at the root, and for search index files.
    package func route(in site: Site) -> String? {
        switch self {
        case .home: Routes.home
        case .caseList(let page): Routes.caseList(page: page)
        case .casePage(let index): Routes.casePage(site.cases[index].slug)
        case .regions: Routes.regions
        case .unit(let id): Routes.unit(id)
        case .taxonomy(let kind): Routes.taxonomy(kind)
        case .term(let kind, let term, let page): site.taxonomy(kind).map { Routes.term(kind, $0.terms[term].slug, page: page) }
        case .page(let index): Routes.page(site.pages[index].slug)
        case .book: Routes.book
        case .search: Routes.search
        case .notFound, .searchIndex: nil
        }
    }

    /// The output file of the page, known before it is rendered; nil for search index files.
    package func file(in site: Site) -> String? {
        self == .notFound ? Routes.notFoundFile : route(in: site).map(Routes.file(for:))
    }

    /// Pages needed for `count` items, at least one.
    package static func pageCount(_ count: Int, _ perPage: Int) -> Int { max(1, (count + perPage - 1) / perPage) }
}
