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
    /// The source of the theme's `case-card` partial, from which search.js makes each result.
    public let cardTemplate: String
    /// The facet ids whose label and link a result's card shows (`kind year unit type grade`), for search.js.
    public let cardFacets: String

    /// Stores each field as given; the page builders compute them.
    public init(
        heading: String, isSearch: Bool, searchJS: String, searchMain: String, portableLinks: String, facets: [FacetField], cardTemplate: String,
        cardFacets: String
    ) {
        self.heading = heading
        self.isSearch = isSearch
        self.searchJS = searchJS
        self.searchMain = searchMain
        self.portableLinks = portableLinks
        self.facets = facets
        self.cardTemplate = cardTemplate
        self.cardFacets = cardFacets
    }
}
