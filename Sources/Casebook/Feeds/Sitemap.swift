import CasebookOutput
import CasebookPages
import CasebookSupport

/// `sitemap.xml` and `robots.txt`, written only when the site knows its address (`base_url`),
/// since both need absolute URLs. The sitemap lists every published page, the 404 page excepted.
struct Sitemap: Sendable {
    let baseURL: String
    let routes: Routes

    /// The sitemap for the given output paths (`cases/x/index.html`), sorted.
    func file(pagePaths: [String]) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pagePaths.sorted() where path.hasSuffix("index.html") {
            xml += "  <url><loc>\(XMLText.escape(baseURL + address(of: path)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }

    /// `robots.txt`, pointing at the sitemap. Crawlers read it only at the root of a host: under a
    /// sub-path the host's own robots.txt should name the sitemap instead.
    func robots() -> OutputFile {
        OutputFile(path: "robots.txt", text: "User-agent: *\nDisallow:\n\nSitemap: \(baseURL)sitemap.xml\n")
    }

    /// How the site links to the page written at `path`: `cases/x/` (pretty) or `cases/x/index.html` (portable).
    /// The home page is the base URL itself.
    func address(of path: String) -> String {
        let route = String(path.dropLast("index.html".count))
        return route.isEmpty && !routes.portable ? "" : routes.href(route)
    }
}
