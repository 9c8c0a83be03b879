/// The order uploads go in, so the remote site never has a page that links to what is not there
/// yet: what pages load first, then the pages, then what lists pages, the entry points last.
public enum UploadPhase: Int, Sendable, Comparable, CaseIterable {
    /// Assets, search shards, media, open data.
    case resources
    /// Every HTML page but the home page.
    case pages
    /// Feeds, the sitemap, robots.txt.
    case listings
    /// The home page and the search manifest (search/data/main.js), which names the shards.
    case entry

    /// The phase of the file at `path` (relative to the output folder).
    public init(path: String) {
        if path == "index.html" || path == "search/data/main.js" {
            self = .entry
        } else if path.hasSuffix(".html") || path.hasSuffix(".htm") {
            self = .pages
        } else if !path.contains("/"), path.hasSuffix(".xml") || path == "robots.txt" {
            self = .listings
        } else {
            self = .resources
        }
    }

    /// Phases compare in upload order.
    public static func < (lhs: UploadPhase, rhs: UploadPhase) -> Bool { lhs.rawValue < rhs.rawValue }
}
