import CasebookContent
import CasebookSupport

/// A server shows 404.html at whatever address was missed, so its links work at any depth only
/// when they start from the site's path: `base_url`, or `base_path` when the domain is not known.
package enum NotFoundRule {
    package static func check(_ config: SiteConfig) -> [Diagnostic] {
        guard config.baseURL == nil, config.basePath == nil else { return [] }
        return [
            Diagnostic(
                .warning, "CB0157", Message("notFound.topLevel"), file: "site.yaml", hint: Message("notFound.topLevel.hint"))
        ]
    }
}
