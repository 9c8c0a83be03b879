import CasebookMarkdown

extension MarkdownOptions {
    /// The options every body of `site` renders with, on its pages and in the book: the site's
    /// `markdown.unsafe`, the table label of its language and the theme's `footnote_back` string.
    package init(site: Site, strings: [String: String]) {
        self.init(unsafeHTML: site.config.unsafeMarkdown, tableLabel: site.config.language == .english ? "Table" : "表格")
        if let label = strings["footnote_back"] { footnoteBackLabel = label }
    }
}
