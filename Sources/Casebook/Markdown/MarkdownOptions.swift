/// How Markdown bodies are turned into HTML (from `site.yaml` → `markdown:`).
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (still filtered by GFM's tagfilter) instead of dropping it; `markdown.unsafe`.
    public var unsafeHTML: Bool = false

    /// Options with raw HTML dropped unless `unsafeHTML` is true.
    public init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }
}
