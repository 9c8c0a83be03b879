/// The in-page filter of the case list, shown by search.js.
public struct CaseFilter: Sendable, Encodable {
    /// The fingerprinted search script, after `root`.
    public let searchJS: String
    /// The index's main file, with its version.
    public let searchMain: String
    /// `true` when links name `index.html`, else `false`.
    public let portableLinks: String
    /// The facet fields of the filter.
    public let facets: [FacetField]
    /// Cards per page.
    public let perPage: Int
    /// The source of the theme's `case-card` partial, from which search.js makes the filter's cards.
    public let cardTemplate: String
    /// The facet ids whose label and link a card shows (`year unit type grade`), for search.js.
    public let cardFacets: String

    /// Stores each field as given; the page builders compute them.
    public init(searchJS: String, searchMain: String, portableLinks: String, facets: [FacetField], perPage: Int, cardTemplate: String, cardFacets: String) {
        self.searchJS = searchJS
        self.searchMain = searchMain
        self.portableLinks = portableLinks
        self.facets = facets
        self.perPage = perPage
        self.cardTemplate = cardTemplate
        self.cardFacets = cardFacets
    }
}
