/// A list of cards, or of regions for an award (`list`): the case list and every term page.
public struct ListPage: Sendable, Encodable {
    /// The heading.
    public let heading: String
    /// The number of entries in the whole list.
    public let total: Int
    /// What is counted (件, 个).
    public let countUnit: String
    /// Whether the list has no cases.
    public let isEmpty: Bool
    /// The cards of this page.
    public let cases: [ListedCase]
    /// Whether this page has cards.
    public let hasCases: Bool
    /// Links to the other pages; absent when the list has one page.
    public let pagination: Pagination?
    /// The regions of an award.
    public let regionItems: [RegionItem]
    /// Whether there are regions.
    public let hasRegionItems: Bool
    /// Whether this is the case list (not a term page).
    public let isCaseList: Bool
    /// The static filter links of the case list.
    public let facets: [Facet]
    /// Whether there are filter links.
    public let hasFacets: Bool
    /// The in-page filter of the case list; absent on term pages and without cases.
    public let caseFilter: CaseFilter?
    /// The taxonomy of a term page, for the breadcrumb; absent on the case list.
    public let parentLabel: String?
    /// The taxonomy's page, after `root`; absent on the case list.
    public let parentHref: String?

    /// Stores each field as given; the page builders compute them.
    public init(
        heading: String, total: Int, countUnit: String, isEmpty: Bool, cases: [ListedCase], hasCases: Bool, pagination: Pagination? = nil,
        regionItems: [RegionItem], hasRegionItems: Bool, isCaseList: Bool, facets: [Facet], hasFacets: Bool, caseFilter: CaseFilter? = nil,
        parentLabel: String? = nil, parentHref: String? = nil
    ) {
        self.heading = heading
        self.total = total
        self.countUnit = countUnit
        self.isEmpty = isEmpty
        self.cases = cases
        self.hasCases = hasCases
        self.pagination = pagination
        self.regionItems = regionItems
        self.hasRegionItems = hasRegionItems
        self.isCaseList = isCaseList
        self.facets = facets
        self.hasFacets = hasFacets
        self.caseFilter = caseFilter
        self.parentLabel = parentLabel
        self.parentHref = parentHref
    }
}
