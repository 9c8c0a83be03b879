/// Everything read from a site folder, before any page is made.
public struct SiteContent: Sendable {
    /// Absolute path of the site folder.
    public let root: String
    public let config: SiteConfig
    /// Every case, drafts and unpublished ones included, in file order.
    public let cases: [CaseEntry]
    public let regions: [RegionEntry]
    public let pages: [PageEntry]
    /// Media files, relative to the site folder (`content/media/…`), sorted.
    public let media: [String]
}
