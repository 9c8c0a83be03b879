extension PageBuilder {
    /// The search page: the form works without JavaScript (a GET form to itself); search.js reads
    /// `?q=` and the facet parameters, runs the query on the offline index and writes the results.
    func searchPage() -> (String, String, String?, Context) {
        var context = searchScriptContext()
        context["heading"] = t("search_title")
        context["isSearch"] = true
        context["facets"] = facetFields(["kind", "year", "unit", "type", "industry"])
        return (Routes.search, "search", t("search_title"), context)
    }

    /// The in-page filter of the case list, shown by search.js; the static facet links stay as the
    /// fallback without JavaScript.
    func caseFilterContext() -> Context {
        var context = searchScriptContext()
        context["facets"] = facetFields(["year", "unit", "type", "industry", "grade"])
        context["perPage"] = site.config.perPage
        return context
    }

    /// What search.js needs on any page: where the index is, and the link style.
    private func searchScriptContext() -> Context {
        [
            "searchJS": assets["search.js"],
            "searchMain": SearchIndex.mainFile + "?v=" + search.version,
            "portableLinks": routes.portable ? "true" : "false",
        ]
    }

    /// A labelled `<select>` per facet id; search.js fills in the values and their counts.
    private func facetFields(_ ids: [String]) -> [Context] {
        let labels = ["kind": "search_kind", "year": "field_year", "unit": "field_region", "type": "field_type",
                      "industry": "field_industry", "grade": "field_grade"]
        return ids.map { ["id": $0, "label": t(labels[$0] ?? $0)] }
    }
}
