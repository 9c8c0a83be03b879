import CasebookContent
import CasebookSupport

/// What the `book:` settings of site.yaml must agree with in the content.
package enum BookRules {
    /// `book.preface` must name a page of content/pages/.
    package static func check(_ content: SiteContent) -> [Diagnostic] {
        guard let book = content.config.book, let slug = book.preface, !content.pages.contains(where: { $0.slug == slug }) else { return [] }
        let pages = content.pages.map(\.slug).sorted()
        return [
            Diagnostic(
                .error, "CB0102", Message("book.noPreface", ["slug": "\(slug)"]), file: "site.yaml", at: book.prefaceLocation,
                hint: Message(pages.isEmpty ? "book.noPreface.add" : "book.noPreface.name", ["slug": "\(slug)", "pages": "\(pages.joined(separator: ", "))"]))
        ]
    }
}
