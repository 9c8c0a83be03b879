import CasebookPages
import CasebookSearch

extension PageBuilder {
    /// The search page: the form works without JavaScript (a GET form to itself); search.js reads
    /// `?q=` and the facet parameters, runs the query on the offline index and writes the results.
    func searchPage() -> SearchPage {
        SearchPage(
            heading: t("search_title"), isSearch: true, searchJS: assets["search.js"], searchMain: SearchIndex.mainFile,
            portableLinks: portableLinks, facets: facetFields(FacetID.searchForm),
            cardTemplate: cardTemplate, cardFacets: FacetID.searchCard.map(\.rawValue).joined(separator: " "))
    }

    /// The in-page filter of the case list, shown by search.js; the static facet links stay as the
    /// fallback without JavaScript.
    func caseFilter() -> CaseFilter {
        CaseFilter(
            searchJS: assets["search.js"], searchMain: SearchIndex.mainFile, portableLinks: portableLinks,
            facets: facetFields(FacetID.caseFilter), perPage: site.config.perPage,
            cardTemplate: cardTemplate, cardFacets: FacetID.cardChips.map(\.rawValue).joined(separator: " "))
    }

    /// The link style, for search.js.
    private var portableLinks: String { routes.portable ? "true" : "false" }

    /// A labelled `<select>` per facet id; search.js fills in the values and their counts.
    private func facetFields(_ ids: [FacetID]) -> [FacetField] {
        ids.map { FacetField(id: $0.rawValue, label: t($0.labelKey)) }
    }
}
