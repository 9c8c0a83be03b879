import CasebookBook
import CasebookPages

/// The book as one page of a built site, written when `book.enabled` is set (see `Site.includesBook`).
extension PageBuilder {
    func bookPage() -> PreparedPage {
        let book = Book(site: site)
        let renderer = BookRenderer(book: book, strings: strings, assets: assets, templates: templates, inSite: true)
        return prepared(Routes.file(for: Routes.book), .book, renderer.model(bodies: BookBodies(book: book, strings: strings), pages: [:]))
    }
}
