/// How Markdown bodies are turned into HTML (from `site.yaml` → `markdown:`).
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through (still filtered by GFM's tagfilter) instead of dropping it; `markdown.unsafe`.
    public var unsafeHTML: Bool = false
    /// Added to every heading level (capped at 6), for bodies shown below a page's own headings.
    public var headingOffset: Int = 0
    /// Put before every heading id, so several bodies can share one page without clashing ids.
    public var idPrefix: String = ""
    /// The accessible name of the scrollable box around each table.
    public var tableLabel: String = "表格"
    /// The accessible name of each footnote's link back to where it is cited.
    public var footnoteBackLabel: String = "返回引用处"

    /// Options with raw HTML dropped unless `unsafeHTML` is true.
    public init(unsafeHTML: Bool = false, headingOffset: Int = 0, idPrefix: String = "", tableLabel: String = "表格") {
        self.unsafeHTML = unsafeHTML
        self.headingOffset = headingOffset
        self.idPrefix = idPrefix
        self.tableLabel = tableLabel
    }
}
