import Hummingbird

/// Where a request path leads in a served site, decided in one place for the responder and for
/// the open pages that ask whether theirs changed: a file, a redirect (the base path or a folder
/// without its slash, and the server's root), the site's 404 page, or a refusal.
enum PageLookup: Sendable, Equatable {
    /// The site's file at this path (relative, no leading slash).
    case file(String)
    /// Send the browser to `location` with this status.
    case redirect(String, HTTPResponse.Status)
    /// The site has nothing here; its 404.html is shown.
    case notFound
    /// The path is not a plain path inside the site (400).
    case badRequest

    /// Looks `raw` (the request path, still percent-encoded, without the query) up in `site`
    /// served under `basePath`; `query` (`?…` or empty) is kept on redirects within the site.
    init(_ raw: String, query: String = "", basePath: BasePath, site: ServedSite) {
        guard let path = RequestPath(raw) else {
            self = .badRequest
            return
        }
        let base = basePath.segments
        if !base.isEmpty, path.segments == base, !path.isFolder {
            self = .redirect(basePath.value + query, .movedPermanently)
            return
        }
        guard path.segments.starts(with: base) else {
            // Only the base path exists on the real host too; the root leads there for convenience.
            self = raw == "/" ? .redirect(basePath.value, .found) : .notFound
            return
        }
        let inside = RequestPath(segments: Array(path.segments.dropFirst(base.count)), isFolder: path.isFolder)
        if site.contains(inside.filePath) {
            self = .file(inside.filePath)
        } else if !inside.isFolder, !inside.segments.isEmpty, site.contains(inside.filePath + "/index.html") {
            // A folder asked for without its slash: send the browser to the folder, as web servers do,
            // so that the page's relative links resolve.
            self = .redirect(raw + "/" + query, .movedPermanently)
        } else {
            self = .notFound
        }
    }
}
