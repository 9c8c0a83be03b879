import CasebookContent
import CasebookSupport

/// A server shows 404.html at whatever address was missed, so its links work at any depth only
/// when they start from the site's path: `base_url`, or `base_path` when the domain is not known.
enum NotFoundRule {
    static func check(_ config: SiteConfig) -> [Diagnostic] {
        guard config.baseURL == nil, config.basePath == nil else { return [] }
        return [
            Diagnostic(
                .warning, "CB0157", "the 404 page will work only for missing addresses at the top level of the site: its links are relative",
                file: "site.yaml",
                hint: "set `base_path: /showcase/` (the path the site is served from, `/` at the root of a domain), or `base_url` with the full address")
        ]
    }
}
