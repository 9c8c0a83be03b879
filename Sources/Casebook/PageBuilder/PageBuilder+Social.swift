import CasebookContent
import CasebookPages

extension PageBuilder {
    /// Open Graph tags and schema.org JSON-LD for a case page, so that shared links and search
    /// engines show its title, summary and date. Absolute URLs appear only with `base_url`. The
    /// summary is in the description tags only: the JSON-LD leaves out what the page's head
    /// already says (description; `mainEntityOfPage`, which would repeat `url`).
    func social(for entry: CaseEntry, cover: String?) -> Social {
        let base = site.config.baseURL
        let url = base.map { $0 + Routes.casePage(entry.slug) }
        let image = base.flatMap { base in cover.map { base + $0 } }
        let date = FeedDates(config: site.config).date(entry.date, year: entry.year)
        var og: [(String, String)] = [
            ("og:type", "article"),
            ("og:title", entry.title),
            ("og:description", entry.summary),
            ("og:site_name", site.config.title),
            ("og:locale", language == .english ? "en_US" : "zh_CN"),
        ]
        if let url { og.append(("og:url", url)) }
        if let image { og.append(("og:image", image)) }
        og.append(("article:published_time", date))
        og += entry.tags.map { ("article:tag", $0) }

        var article: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Article"),
            "headline": .string(entry.title),
            "datePublished": .string(date),
            "inLanguage": .string(language.rawValue),
            "author": .object(["@type": .string("Organization"), "name": .string(entry.enterprise)]),
            "publisher": .object(["@type": .string("Organization"), "name": .string(site.config.copyright ?? site.config.title)]),
            "about": .string(entry.industry),
            "contentLocation": .object(["@type": .string("AdministrativeArea"), "name": .string(entry.unit.name)]),
        ]
        if !entry.tags.isEmpty { article["keywords"] = .string(entry.tags.joined(separator: ",")) }
        if let url { article["url"] = .string(url) }
        if let image { article["image"] = .string(image) }
        return Social(
            og: og.map { MetaTag(property: $0.0, content: $0.1) },
            jsonLD: JSONValue.object(article).serialized(pretty: false, htmlSafe: true))
    }
}
