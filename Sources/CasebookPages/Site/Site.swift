import CasebookContent

/// The published site: what will be shown, sorted and grouped; an immutable value made from
/// loaded content, shared by every renderer.
public struct Site: Sendable {
    /// The settings from site.yaml, `base_url` replaced by `--base-url` when given.
    public let config: SiteConfig
    /// Absolute path of the site folder, for reading media (image sizes).
    public let root: String
    /// The 37 units, for names and official order.
    public let units: UnitTable
    /// Published cases: newest year first, then official unit order, then slug.
    public let cases: [CaseEntry]
    /// Regions: newest year first, then official unit order.
    public let regions: [RegionEntry]
    /// Published pages by weight, then slug.
    public let pages: [PageEntry]
    /// Media files relative to the site folder.
    public let media: [String]
    /// Case taxonomies (years, types, grades, steps, industries, tags), each with its terms.
    public let taxonomies: [Taxonomy]
    /// Cases of each unit, as indices into `cases`.
    public let casesByUnit: [String: [Int]]
    /// Regions of each unit, as indices into `regions`.
    public let regionsByUnit: [String: [Int]]
    /// The choices the site was selected under.
    public let options: BuildOptions
    /// Hashes of the files it was read from (`SiteContent.sourceHashes`).
    package let sourceHashes: [String: String]
    /// Hashes of the Markdown case files without their bodies (`SiteContent.frontMatterHashes`).
    package let frontMatterHashes: [String: String]

    /// Selects and orders what `content` publishes under `options`.
    public init(_ content: SiteContent, options: BuildOptions = .init(), units: UnitTable = .official) {
        var config = content.config
        if let base = options.baseURL { config.baseURL = base.hasSuffix("/") ? base : base + "/" }
        self.config = config
        root = content.root
        self.units = units
        self.options = options
        sourceHashes = content.sourceHashes
        frontMatterHashes = content.frontMatterHashes
        cases = content.cases
            .filter { (options.drafts || !$0.draft) && (options.includeRecommended || $0.status != .recommended) }
            .sorted { ($1.year, $0.unit.order, $0.slug) < ($0.year, $1.unit.order, $1.slug) }
        regions = content.regions.sorted { ($1.year, $0.unit.order, $0.file) < ($0.year, $1.unit.order, $1.file) }
        pages = content.pages.filter { options.drafts || !$0.draft }.sorted { ($0.weight, $0.slug) < ($1.weight, $1.slug) }
        media = content.media
        taxonomies = Taxonomy.all(for: cases, regions: regions, language: config.language)
        var byUnit: [String: [Int]] = [:]
        for (index, entry) in cases.enumerated() { byUnit[entry.unit.id, default: []].append(index) }
        casesByUnit = byUnit
        var regionsByUnit: [String: [Int]] = [:]
        for (index, region) in regions.enumerated() { regionsByUnit[region.unit.id, default: []].append(index) }
        self.regionsByUnit = regionsByUnit
    }

    /// The taxonomy of the given kind.
    public func taxonomy(_ kind: Taxonomy.Kind) -> Taxonomy? { taxonomies.first { $0.kind == kind } }

    /// Years that have cases or regions, newest first.
    public var years: [Int] { Array(Set(cases.map(\.year) + regions.map(\.year))).sorted(by: >) }
}
