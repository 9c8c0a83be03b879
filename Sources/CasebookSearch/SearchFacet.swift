import CasebookContent
import CasebookPages

/// The facets that narrow search results and filter the case list: each with its values in display
/// order and, per document, the position of its value (0 when it has none).
struct SearchFacet: Sendable {
    /// One value: the key used in URLs (`hunan`), its label and the page listing it (may be empty).
    struct Value: Sendable {
        let key: String
        let label: String
        let route: String
    }

    let id: FacetID
    let values: [Value]
    /// Position + 1 of the value of each document id in `values`; 0 for none (and for ids no
    /// document has any more).
    let column: [Int]

    /// Every facet of `documents`, with values that at least one document holds; `ids` are the
    /// documents' ids, below `idCount`.
    static func all(for site: Site, documents: [SearchDocument], ids: [Int], idCount: Int, strings: [String: String]) -> [SearchFacet] {
        let language = site.config.language
        let candidates: [FacetID: [Value]] = [
            .kind: [
                Value(key: SearchDocument.Kind.case.rawValue, label: strings["nav_cases"] ?? "", route: Routes.caseList(page: 1)),
                Value(key: SearchDocument.Kind.region.rawValue, label: strings["nav_regions"] ?? "", route: Routes.regions),
                Value(key: SearchDocument.Kind.page.rawValue, label: strings["search_kind_page"] ?? "", route: ""),
            ],
            .year: site.years.map { year in
                let listed = site.taxonomy(.years)?.terms.contains { $0.slug == String(year) } == true
                return Value(key: String(year), label: String(year), route: listed ? Routes.term(.years, String(year)) : "")
            },
            .unit: site.units.units.map { Value(key: $0.id, label: $0.label(language), route: Routes.unit($0.id)) },
            .type: EnterpriseType.allCases.map {
                Value(key: $0.pathSegment, label: $0.label(language), route: Routes.term(.types, $0.pathSegment))
            },
            .industry: terms(of: .industries, in: site),
            .grade: terms(of: .grades, in: site),
        ]
        return FacetID.allCases.map { id in
            let held = Set(documents.compactMap { $0.facets[id] })
            let values = (candidates[id] ?? []).filter { held.contains($0.key) }
            var position: [String: Int] = [:]
            for (index, value) in values.enumerated() { position[value.key] = index + 1 }
            var column = [Int](repeating: 0, count: idCount)
            for (document, docID) in zip(documents, ids) { column[docID] = document.facets[id].flatMap { position[$0] } ?? 0 }
            return SearchFacet(id: id, values: values, column: column)
        }
    }

    private static func terms(of kind: Taxonomy.Kind, in site: Site) -> [Value] {
        (site.taxonomy(kind)?.terms ?? []).map { Value(key: $0.slug, label: $0.label, route: Routes.term(kind, $0.slug)) }
    }

    /// `{"o":[[key,label,route],…],"d":column}` for the main index file.
    var literal: String {
        let options = values.map { JSLiteral.strings([$0.key, $0.label, $0.route]) }.joined(separator: ",")
        return "{\"o\":[\(options)],\"d\":\(JSLiteral.string(IndexEncoding.column(column)))}"
    }
}
