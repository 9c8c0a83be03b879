import CasebookContent
import CasebookOutput
import CasebookPages
import CasebookSupport

/// The site's Atom feed, `feed.xml`: the newest published cases and outstanding-region entries,
/// newest first. Links are absolute with `base_url`; without it they are relative to the feed,
/// which sits at the site root, so readers still resolve them.
struct AtomFeed: Sendable {
    /// Entries kept in the feed; readers only need the recent ones, and the sitemap lists all pages.
    static let limit = 50

    let site: Site
    let routes: Routes

    /// One entry before it is written.
    struct Entry: Sendable {
        let title: String
        let route: String
        /// What makes the id unique: the route, and for a region also its year (one unit page holds every year).
        let key: String
        let date: String
        let summary: String
        let author: String
        let categories: [(term: String, label: String)]
    }

    /// The published entries, newest first; cases before regions on the same day, then site order.
    func entries() -> [Entry] {
        let dates = FeedDates(config: site.config)
        let language = site.config.language
        let cases = site.cases.map { entry in
            Entry(
                title: entry.title, route: Routes.casePage(entry.slug), key: Routes.casePage(entry.slug), date: dates.date(entry.date, year: entry.year),
                summary: entry.summary, author: entry.enterprise,
                categories: [(entry.enterpriseType.rawValue, entry.enterpriseType.label(language)), (entry.unit.id, entry.unit.label(language))])
        }
        let regions = site.regions.map { region in
            Entry(
                title: "\(region.year) \(region.unit.label(language))：\(region.awards.map { $0.label(language) }.joined(separator: "、"))",
                route: Routes.unit(region.unit.id), key: Routes.unit(region.unit.id) + "#\(region.year)", date: dates.date(nil, year: region.year),
                summary: region.summary,
                author: region.applicant ?? region.unit.label(language),
                categories: region.awards.map { ($0.rawValue, $0.label(language)) })
        }
        let all = cases + regions
        let order = all.indices.sorted { all[$0].date != all[$1].date ? all[$0].date > all[$1].date : $0 < $1 }
        return order.prefix(Self.limit).map { all[$0] }
    }

    /// `feed.xml`.
    func file() -> OutputFile {
        let entries = entries()
        let base = site.config.baseURL
        let home = base ?? routes.href(Routes.home)
        let updated = entries.map(\.date).max() ?? site.years.first.map { FeedDates(config: site.config).date(nil, year: $0) } ?? "2000-01-01"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(site.config.language.rawValue)">
              <title>\(XMLText.escape(site.config.title))</title>

            """
        if let description = site.config.description { xml += "  <subtitle>\(XMLText.escape(description))</subtitle>\n" }
        xml += "  <id>\(XMLText.escape(id(for: "")))</id>\n"
        if let base { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(base))feed.xml\"/>\n" }
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(home))\"/>\n"
        xml += "  <updated>\(FeedDates.timestamp(updated))</updated>\n"
        xml += "  <author><name>\(XMLText.escape(site.config.copyright ?? site.config.title))</name></author>\n"
        xml += "  <generator>Casebook</generator>\n"
        for entry in entries {
            let href = (base ?? "") + routes.href(entry.route)
            xml += """
                  <entry>
                    <title>\(XMLText.escape(entry.title))</title>
                    <id>\(XMLText.escape(id(for: entry.key)))</id>
                    <link rel="alternate" type="text/html" href="\(XMLText.escape(href))"/>
                    <published>\(FeedDates.timestamp(entry.date))</published>
                    <updated>\(FeedDates.timestamp(entry.date))</updated>
                    <author><name>\(XMLText.escape(entry.author))</name></author>

                """
            for category in entry.categories {
                xml += "    <category term=\"\(XMLText.escape(category.term))\" label=\"\(XMLText.escape(category.label))\"/>\n"
            }
            xml += "    <summary>\(XMLText.escape(entry.summary))</summary>\n  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: "feed.xml", text: xml)
    }

    /// A permanent id: the page's address with `base_url`, else a URN made of its route.
    func id(for key: String) -> String {
        if let base = site.config.baseURL { return base + key }
        let parts = key.split(whereSeparator: { $0 == "/" || $0 == "#" }).joined(separator: ":")
        return parts.isEmpty ? "urn:casebook:site" : "urn:casebook:" + parts
    }
}
