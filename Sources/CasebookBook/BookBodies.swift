import CasebookMarkdown
import CasebookPages
import CasebookSupport

/// The Markdown bodies of a book, rendered for one long document at `book/`: every id carries
/// its entry's prefix (all cases share one page, and each has its 案例背景), headings sit below
/// the book's own, and links are re-aimed from the entry's site page to the book — a link to a
/// case in the book becomes a jump inside it, any other stays a link into the site (naming its
/// index.html, so it works from disk without the site's script). Rendered for
/// print, a link into the site names the published address (`base_url`), or is left as plain
/// text when there is none: a PDF travels without the site, and must not carry file:// links.
package struct BookBodies: Sendable {
    /// Rendered bodies of the book's cases, by index into `Site.cases`.
    let cases: [Int: MarkdownDocument]
    /// Rendered bodies of the book's regions, by index into `Site.regions`.
    let regions: [Int: MarkdownDocument]
    let preface: MarkdownDocument?
    /// How links of the book's entries are re-aimed; also used for their source links.
    let links: BookLinks

    /// `strings` are the theme's UI strings; `footnote_back` names the footnotes' back-links.
    package init(book: Book, forPrint: Bool = false, strings: [String: String] = [:]) {
        let site = book.site
        let links = BookLinks(book: book, forPrint: forPrint)
        self.links = links
        let siteOptions = MarkdownOptions(site: site, strings: strings)

        @Sendable func render(_ body: String, file: String, route: String, prefix: String, offset: Int) -> MarkdownDocument {
            var options = siteOptions
            options.headingOffset = offset
            options.idPrefix = prefix
            let document = MarkdownRenderer(options: options).render(body) { links.url($0, file: file, route: route, prefix: prefix) }
            let html = forPrint ? BookLinks.printable(document.html, siteURL: links.siteURL) : document.html
            return MarkdownDocument(html: html, headings: document.headings, links: document.links)
        }
        // Part (h1), group (h2) and case title (h3) come first, so a case's `##` becomes h4.
        let caseDocuments = book.cases.parallelMap { index in
            let entry = site.cases[index]
            return render(entry.body, file: entry.file, route: Routes.casePage(entry.slug), prefix: Self.casePrefix(entry.slug), offset: 2)
        }
        cases = Dictionary(uniqueKeysWithValues: zip(book.cases, caseDocuments))
        // 成效突出地区 (h1), year (h2) and unit (h3) come first, so a region's `##` becomes h4.
        let regionDocuments = book.regions.parallelMap { index in
            let region = site.regions[index]
            return render(region.body, file: region.file, route: Routes.unit(region.unit.id), prefix: "r\(region.year)-\(region.unit.id)-", offset: 2)
        }
        regions = Dictionary(uniqueKeysWithValues: zip(book.regions, regionDocuments))
        preface = book.preface.map { index in
            let page = site.pages[index]
            return render(page.body, file: page.file, route: Routes.page(page.slug), prefix: "p-", offset: 0)
        }
    }

    /// `html` cut before its last top-level `<h4>` (a body's last `##` section): the book keeps that
    /// section and the sources together on one page, so the sources never begin a page alone.
    /// The whole body stays in `head` when there is no such heading, or when the cut would fall
    /// inside a list, quotation or the footnotes.
    static func lastSection(_ html: String) -> (head: String, tail: String) {
        guard let cut = html.range(of: "\n<h4", options: .backwards)?.lowerBound else { return (html, "") }
        let head = html[..<cut]
        for (open, close) in [("<blockquote", "</blockquote>"), ("<ul", "</ul>"), ("<ol", "</ol>"), ("<section", "</section>")] {
            guard head.components(separatedBy: open).count == head.components(separatedBy: close).count else { return (html, "") }
        }
        return (String(head), String(html[cut...]))
    }

    /// The id prefix of a case's headings and footnotes; `case-<slug>` itself anchors the case.
    static func casePrefix(_ slug: String) -> String { "c-\(slug)-" }
}
