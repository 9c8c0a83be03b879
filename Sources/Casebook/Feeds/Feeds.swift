import CasebookOutput
import CasebookPages

/// The files that let readers and machines follow the site: the Atom feed always, and the
/// sitemap and robots.txt when the site knows its address (`base_url`).
struct Feeds: Sendable {
    let site: Site
    let routes: Routes

    /// The files, given the paths of the rendered pages (which the sitemap lists).
    func files(pagePaths: [String]) -> [OutputFile] {
        var files = [AtomFeed(site: site, routes: routes).file()]
        if let base = site.config.baseURL {
            let sitemap = Sitemap(baseURL: base, routes: routes)
            files += [sitemap.file(pagePaths: pagePaths.filter { $0 != Routes.notFoundFile }), sitemap.robots()]
        }
        return files
    }
}
