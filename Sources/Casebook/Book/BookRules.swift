import CasebookContent
import CasebookSupport

/// What the `book:` settings of site.yaml must agree with in the content.
enum BookRules {
    /// `book.preface` must name a page of content/pages/.
    static func check(_ content: SiteContent) -> [Diagnostic] {
        guard let book = content.config.book, let slug = book.preface, !content.pages.contains(where: { $0.slug == slug }) else { return [] }
        let pages = content.pages.map(\.slug).sorted()
        return [
            Diagnostic(
                .error, "CB0102", "book.preface names the page '\(slug)', and content/pages/ has no such page", file: "site.yaml",
                at: book.prefaceLocation,
                hint: pages.isEmpty
                    ? "add content/pages/\(slug).md, or remove `preface:`" : "name one of \(pages.joined(separator: ", ")), or add content/pages/\(slug).md")
        ]
    }
}
