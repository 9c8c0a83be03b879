/// The page of a provincial unit (`unit`).
public struct UnitPage: Sendable, Encodable {
    /// The unit.
    public let unit: UnitInfo
    /// Its years as an outstanding region.
    public let regionYears: [UnitYear]
    /// Whether it was ever an outstanding region.
    public let hasAwards: Bool
    /// Its cases.
    public let cases: [ListedCase]
    /// Whether it has cases.
    public let hasCases: Bool
    /// Its number of cases.
    public let caseCount: Int
    /// Its cases by enterprise type (types with cases only).
    public let typeCounts: [TypeCount]
    /// The trail above the page: home, its section, the page.
    public let breadcrumbs: [Crumb]
    /// The trail as a schema.org BreadcrumbList (JSON); absent without `base_url`.
    public let breadcrumbJSON: String?

    /// Stores each field as given; the page builders compute them.
    public init(
        unit: UnitInfo, regionYears: [UnitYear], hasAwards: Bool, cases: [ListedCase], hasCases: Bool, caseCount: Int, typeCounts: [TypeCount],
        breadcrumbs: [Crumb], breadcrumbJSON: String? = nil
    ) {
        self.unit = unit
        self.regionYears = regionYears
        self.hasAwards = hasAwards
        self.cases = cases
        self.hasCases = hasCases
        self.caseCount = caseCount
        self.typeCounts = typeCounts
        self.breadcrumbs = breadcrumbs
        self.breadcrumbJSON = breadcrumbJSON
    }
}
