/// Everything read from a site folder, before any page is made.
public struct SiteContent: Sendable {
    /// Absolute path of the site folder.
    public let root: String
    /// The settings read from site.yaml.
    public let config: SiteConfig
    /// Every case, drafts and unpublished ones included, in file order.
    public let cases: [CaseEntry]
    /// Every outstanding region, in file order.
    public let regions: [RegionEntry]
    /// Every free page, drafts included, in file order.
    public let pages: [PageEntry]
    /// Media files, relative to the site folder (`content/media/…`), sorted.
    public let media: [String]
    /// Participating enterprises per unit and year from `content/data/participation.yaml`, when present.
    public var participation: [Participation] = []
    /// `Fingerprint.content` of each file read (site.yaml and every content file), so that a
    /// build can tell which pages an edit touches.
    public var sourceHashes: [String: String] = [:]
    /// For each case file in Markdown, `Fingerprint.content` of its bytes before the body: a file
    /// whose hash here is unchanged shows the same on every page but its case's own.
    package var frontMatterHashes: [String: String] = [:]
    /// What was found but could not be loaded because of its own errors, so that later rules do
    /// not report it a second time (a link to a case whose front matter is broken is not broken).
    package var unloaded = Unloaded()

    /// Entries that exist in the site folder but have errors of their own.
    package struct Unloaded: Sendable {
        /// Slugs of cases whose records have errors.
        package var caseSlugs: Set<String> = []
        /// Slugs of pages whose records have errors.
        package var pageSlugs: Set<String> = []
        /// Every content file that holds cases, regions or pages, loaded or not.
        package var files: Set<String> = []
    }
}
