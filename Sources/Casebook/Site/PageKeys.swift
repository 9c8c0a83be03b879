import Foundation

/// A key for each page that changes whenever anything the page shows may have changed: a build
/// whose previous output holds a page under the same key keeps that file instead of rendering it
/// again. Keys are made from what a page is built from, not from the page: the hashes of the source
/// files of the entries it shows, the site's settings and theme, and the few site-wide facts that
/// some pages show (the counts per term, the search index version). When in doubt a page depends
/// on everything; a page whose key is nil is always rendered.
struct PageKeys: Sendable {
    /// What every page depends on: settings, theme, this program, and the site's shape (every
    /// published slug, file and title, which links and navigation are made of).
    private let global: String
    /// Per-term counts, which the case list and taxonomy pages show.
    private let counts: String
    /// Everything: for pages that show figures over the whole site.
    private let all: String
    /// The source hash of each published case, by index into `Site.cases`.
    private let caseKeys: [String]
    /// The search index's version, which the case list's filter names.
    private let searchVersion: String
    private let site: Site
    /// `PageBuilder.related`: the cases each case page shows beside itself.
    private let related: [[Int]]

    init(site: Site, theme: Theme, searchVersion: String, related: [[Int]]) {
        self.site = site
        self.related = related
        var shape = Self.programIdentity + "\n" + String(describing: site.options) + "\n"
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) { shape += "t \(name) \(Fingerprint.content(file.bytes))\n" }
        for (name, file) in theme.assets.sorted(by: { $0.key < $1.key }) { shape += "a \(name) \(Fingerprint.content(file.bytes))\n" }
        for (key, value) in theme.strings.sorted(by: { $0.key < $1.key }) { shape += "s \(key)=\(value)\n" }
        shape += "site.yaml \(site.sourceHashes["site.yaml"] ?? "")\n"
        for entry in site.cases { shape += "c \(entry.file) \(entry.slug)\n" }
        for region in site.regions { shape += "r \(region.file)\n" }
        for page in site.pages { shape += "p \(page.file) \(page.slug) \(page.title)\n" }
        // Every page's footer lists the taxonomies that have terms, and its header links the book.
        shape += "browse \(site.taxonomies.filter { !$0.terms.isEmpty }.map(\.kind.rawValue)) book \(Book.isIncluded(in: site))\n"
        global = Fingerprint.content(Array(shape.utf8))

        var countText = ""
        for taxonomy in site.taxonomies {
            for term in taxonomy.terms { countText += "\(taxonomy.kind.rawValue) \(term.slug) \(term.label) \(term.members.count)\n" }
        }
        for (unit, members) in site.casesByUnit.sorted(by: { $0.key < $1.key }) { countText += "u \(unit) \(members.count)\n" }
        counts = Fingerprint.content(Array((global + countText).utf8))

        // A file without a hash (never the case after loading) gets a key no earlier build had.
        caseKeys = site.cases.map { entry in (site.sourceHashes[entry.file] ?? UUID().uuidString) + " " + entry.slug }
        let everything = site.sourceHashes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n")
        all = Fingerprint.content(Array((counts + searchVersion + "\n" + everything).utf8))
        self.searchVersion = searchVersion
    }

    /// The key of `job`'s page, or nil when it is always rendered.
    func key(for job: PageJob) -> String? {
        switch job {
        case .casePage(let index):
            return hash([global, caseKeys[index]] + related[index].map { caseKeys[$0] })
        case .caseList(let page):
            return hash([counts, searchVersion, "list \(page)"] + members(Array(site.cases.indices), page: page))
        case .term(let kind, let term, let page):
            guard let taxonomy = site.taxonomy(kind), !taxonomy.holdsRegions else { return hash([all, "\(job)"]) }
            let members = taxonomy.terms[term].members
            return hash([global, "\(job)", taxonomy.terms[term].slug, taxonomy.terms[term].label, String(members.count)] + self.members(members, page: page))
        case .taxonomy:
            return hash([counts, "\(job)"])
        case .searchIndex, .notFound:
            return nil
        case .home, .regions, .unit, .page, .book, .search:
            return hash([all, "\(job)"])
        }
    }

    /// The keys of the cases on page `page` of a list of `members`.
    private func members(_ members: [Int], page: Int) -> [String] {
        let perPage = site.config.perPage
        return members.dropFirst((page - 1) * perPage).prefix(perPage).map { caseKeys[$0] }
    }

    private func hash(_ parts: [String]) -> String {
        Fingerprint.content(Array(parts.joined(separator: "\n").utf8))
    }

    /// The running program's size and modification time: a new Casebook may render the same
    /// content differently, so its pages are never taken from an older one's output.
    private static let programIdentity: String = {
        var info = stat()
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard stat(path, &info) == 0 else { return UUID().uuidString }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return "\(path) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }()
}
