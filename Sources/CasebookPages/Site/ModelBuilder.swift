import CasebookContent

/// What builds page models from the published site and the theme's strings: the site's pages
/// (`PageBuilder`), the book (`BookRenderer`) and the home charts (`DashboardCharts`) share these.
package protocol ModelBuilder {
    var site: Site { get }
    /// The theme's UI strings by key.
    var strings: [String: String] { get }
}

extension ModelBuilder {
    package var language: UILanguage { site.config.language }

    /// A UI string, or its key when the theme lacks it; `{name}` placeholders are filled from `values`.
    package func t(_ key: String, _ values: [String: String] = [:]) -> String {
        values.reduce(strings[key] ?? key) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// `、` between listed terms in Chinese, `, ` in English.
    package var separator: String { language == .english ? ", " : "、" }

    /// A source document as case and unit pages link it; `url` replaces its own (the book re-aims paths inside the site).
    package func sourceItem(_ source: SourceLink, url: String? = nil) -> SourceItem {
        SourceItem(title: source.title, url: url ?? source.url, external: URLPolicy.isExternal(source.url), date: source.date)
    }

    /// The award lists of one year's `regions`: each award that has holders, in award order, its
    /// holders in rank order where the list is ranked, else in official order.
    package func awardLists(_ regions: [RegionEntry]) -> [(award: Award, holders: [RegionEntry])] {
        Award.allCases.compactMap { award in
            let holders = site.ordered(regions.filter { $0.awards.contains(award) }, award: award)
            return holders.isEmpty ? nil : (award, holders)
        }
    }
}
