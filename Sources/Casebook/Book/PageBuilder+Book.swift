/// The book as one page of a built site, written when `book.enabled` is set (see `Book.isIncluded`).
extension PageBuilder {
    func bookPage() -> (String, String, String?, Context) {
        let book = Book(site: site)
        let renderer = BookRenderer(book: book, strings: strings, assets: assets, templates: templates, inSite: true)
        return (Routes.book, "book", renderer.title, renderer.context(bodies: BookBodies(book: book, strings: strings), pages: [:]))
    }
}
