import CasebookContent
import CasebookPages

extension SearchDocument {
    /// Longest stored excerpt of a free page without a summary, in characters.
    static let pageExcerptLength = 160

    /// Every document of `site`, in document-id order: cases in site order, then regions, then pages.
    static func all(for site: Site, bodies: RenderedBodies, strings: [String: String]) -> [SearchDocument] {
        let language = site.config.language
        var industrySlugs: [String: String] = [:]
        for term in site.taxonomy(.industries)?.terms ?? [] { industrySlugs[term.label] = term.slug }
        let cases = site.cases.indices.map { index in
            document(
                case: site.cases[index], body: bodies.cases[index].html, language: language,
                industrySlug: industrySlugs[site.cases[index].industry] ?? "")
        }
        let regions = site.regions.indices.map { index in
            document(
                region: site.regions[index], body: bodies.regions[index].html, language: language,
                yearSuffix: strings["year_suffix"] ?? "")
        }
        let pages = site.pages.indices.map { document(page: site.pages[$0], body: bodies.pages[$0].html) }
        return cases + regions + pages
    }

    static func document(case entry: CaseEntry, body: String, language: UILanguage, industrySlug: String) -> SearchDocument {
        let unit = entry.unit.label(language)
        var names = [entry.enterprise, unit]
        if entry.unit.name != unit { names.append(entry.unit.name) }
        var labels = [entry.industry, entry.enterpriseType.label(language), String(entry.year)]
        labels += entry.steps.map { $0.label(language) }
        if let grade = entry.grade { labels.append(grade.label(language)) }
        if let recommender = entry.recommender { labels.append(recommender) }
        var facets: [FacetID: String] = [
            .kind: Kind.case.rawValue, .year: String(entry.year), .unit: entry.unit.id,
            .type: entry.enterpriseType.pathSegment, .industry: industrySlug,
        ]
        if let grade = entry.grade { facets[.grade] = grade.pathSegment }
        return SearchDocument(
            kind: .case, route: Routes.casePage(entry.slug), title: entry.title, enterprise: entry.enterprise,
            excerpt: entry.summary, publicity: entry.status == .publicity,
            fields: [
                Field(entry.title, weight: titleWeight),
                Field((names + entry.tags).joined(separator: "\n"), weight: keyWeight),
                Field(([entry.summary] + labels).joined(separator: "\n"), weight: summaryWeight),
                Field(body, weight: bodyWeight, isHTML: true),
            ],
            facets: facets)
    }

    static func document(region: RegionEntry, body: String, language: UILanguage, yearSuffix: String) -> SearchDocument {
        let unit = region.unit.label(language)
        let title = "\(unit) \(region.year)\(yearSuffix.isEmpty ? "" : " " + yearSuffix)"
        let awards = region.awards.map { $0.label(language) }
        var names = [unit] + awards
        if region.unit.name != unit { names.append(region.unit.name) }
        let stats = region.stats.map(\.label)
        return SearchDocument(
            kind: .region, route: Routes.unit(region.unit.id), title: title, enterprise: region.applicant ?? "",
            excerpt: region.summary, publicity: false,
            fields: [
                Field(title, weight: titleWeight),
                Field((names + [region.applicant ?? ""]).joined(separator: "\n"), weight: keyWeight),
                Field(([region.summary] + stats).joined(separator: "\n"), weight: summaryWeight),
                Field(body, weight: bodyWeight, isHTML: true),
            ],
            facets: [.kind: Kind.region.rawValue, .year: String(region.year), .unit: region.unit.id])
    }

    static func document(page: PageEntry, body: String) -> SearchDocument {
        let excerpt =
            page.summary
            ?? String(
                HTMLText.plain(body).split(whereSeparator: \.isNewline).joined(separator: " ")
                    .prefix(pageExcerptLength))
        return SearchDocument(
            kind: .page, route: Routes.page(page.slug), title: page.title, enterprise: "", excerpt: excerpt, publicity: false,
            fields: [
                Field(page.title, weight: titleWeight),
                Field(page.summary ?? "", weight: summaryWeight),
                Field(body, weight: bodyWeight, isHTML: true),
            ],
            facets: [.kind: Kind.page.rawValue])
    }
}
