/// The facets that narrow search results and filter the case list. The raw value is the facet's
/// key in the index (`main.f`), its URL parameter and its `<select>` name; the pages tell search.js
/// which ids to show, so the script spells none of them.
package enum FacetID: String, Sendable, CaseIterable {
    case kind, year, unit, type, industry, grade

    /// The UI string that labels the facet's field.
    package var labelKey: String {
        switch self {
        case .kind: "search_kind"
        case .year: "field_year"
        case .unit: "field_region"
        case .type: "field_type"
        case .industry: "field_industry"
        case .grade: "field_grade"
        }
    }

    /// The facets of the search page's form.
    package static let searchForm: [FacetID] = [.kind, .year, .unit, .type, .industry]
    /// The facets of the case-list filter.
    package static let caseFilter: [FacetID] = [.year, .unit, .type, .industry, .grade]
    /// The facets whose label and link a case card shows (`{{year}}`, `{{yearHref}}`): the
    /// names of `CaseCard` that the case-list filter fills from the index.
    package static let cardChips: [FacetID] = [.year, .unit, .type, .grade]
    /// The facets a search result's card shows: the chips, and what the result is (`{{kind}}`).
    package static let searchCard: [FacetID] = [.kind] + cardChips
}
