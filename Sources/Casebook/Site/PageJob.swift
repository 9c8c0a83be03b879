/// One page of the site to render; the renderer spreads these over all cores.
enum PageJob: Sendable, Hashable {
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

    /// Every page of `site`, in a fixed order.
    static func all(for site: Site) -> [PageJob] {
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
        if Book.isIncluded(in: site) { jobs.append(.book) }
        jobs += (0..<SearchIndex.fileCount(for: site)).map { .searchIndex(file: $0) }
        return jobs
    }

    /// Pages needed for `count` items, at least one.
    static func pageCount(_ count: Int, _ perPage: Int) -> Int { max(1, (count + perPage - 1) / perPage) }
}
