/// The search page (`search`).
public struct SearchPage: Sendable, Encodable {
    /// The heading.
    public let heading: String
    /// Always true (the header hides its own search form).
    public let isSearch: Bool
    /// The fingerprinted search script, after `root`.
    public let searchJS: String
    /// The index's main file, with its version.
    public let searchMain: String
    /// `true` when links name `index.html`, else `false`.
    public let portableLinks: String
    /// The facet fields of the form.
    public let facets: [FacetField]
    /// The facet ids a result names in its line of facts (`kind year unit`), for search.js.
    public let resultFacets: String

    public init(heading: String, isSearch: Bool, searchJS: String, searchMain: String, portableLinks: String, facets: [FacetField], resultFacets: String) {
        self.heading = heading
        self.isSearch = isSearch
        self.searchJS = searchJS
        self.searchMain = searchMain
        self.portableLinks = portableLinks
        self.facets = facets
        self.resultFacets = resultFacets
    }
}
