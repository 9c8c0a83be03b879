import CasebookContent
import CasebookSupport

/// Rewrites link and image destinations found in Markdown so they work from the page that
/// shows them: paths relative to the source file (`../../media/a.png`, `../2023/b.md`) become
/// paths relative to the output page.
package struct LinkResolver: Sendable {
    package let routes: Routes
    /// Route of each Markdown content file (`content/cases/2022/a.md` → `cases/a/`).
    package let routeOfSource: [String: String]

    /// The URL to emit for `destination`, written in `sourceFile` and shown on the page at `route`.
    package func resolve(_ destination: String, sourceFile: String, route: String) -> String {
        if destination.isEmpty || destination.hasPrefix("#") || URLPolicy.hasScheme(destination) || destination.hasPrefix("//") {
            return destination
        }
        let (path, suffix) = split(destination)
        let root = Routes.root(for: route)
        if path.hasPrefix("/") {
            // Root-absolute links would break under a sub-path and from disk: make them relative.
            return root + portableIfFolder(String(path.dropFirst())) + suffix
        }
        let fromSource = Paths.join(Paths.folder(of: sourceFile), path)
        if let fromSource, let target = routeOfSource[fromSource] {
            return root + routes.href(target) + suffix
        }
        if let fromSource, fromSource.hasPrefix("content/media/") {
            return root + String(fromSource.dropFirst("content/".count)) + suffix
        }
        return portableIfFolder(path) + suffix
    }

    private func portableIfFolder(_ path: String) -> String {
        guard routes.portable, path.isEmpty || path.hasSuffix("/") else { return path }
        return path + "index.html"
    }

    private func split(_ destination: String) -> (String, String) {
        guard let index = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return (destination, "") }
        return (String(destination[..<index]), String(destination[index...]))
    }
}

extension LinkResolver {
    /// Resolves links in the bodies of `site`.
    package init(site: Site, routes: Routes) {
        self.routes = routes
        routeOfSource = Self.routes(ofSourcesIn: site)
    }

    /// The route of each published Markdown file of `site`: cases and regions written in Markdown, and every page.
    package static func routes(ofSourcesIn site: Site) -> [String: String] {
        var routeOfSource: [String: String] = [:]
        for entry in site.cases where entry.file.hasSuffix(".md") { routeOfSource[entry.file] = Routes.casePage(entry.slug) }
        for page in site.pages { routeOfSource[page.file] = Routes.page(page.slug) }
        for region in site.regions where region.file.hasSuffix(".md") { routeOfSource[region.file] = Routes.unit(region.unit.id) }
        return routeOfSource
    }
}
