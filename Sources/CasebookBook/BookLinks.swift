import CasebookContent
import CasebookPages
import CasebookSupport

/// Where a link in a body points once the body is shown in the book rather than on its own page.
struct BookLinks: Sendable {
    let resolver: LinkResolver
    /// Slugs of the cases the book holds.
    let inBook: Set<String>
    /// Whether links into the site are written for a PDF rather than for book/index.html.
    let forPrint: Bool
    /// The published address of the site, for links into it from a PDF.
    let siteURL: String?

    /// Marks a link into the site that a PDF cannot follow; `unlinkingSiteLinks` turns it into text.
    static let unlinked = "casebook-unlinked:"

    init(book: Book, forPrint: Bool = false) {
        let site = book.site
        resolver = LinkResolver(site: site, routes: Routes(portable: site.config.links == .portable))
        inBook = Set(book.cases.map { site.cases[$0].slug })
        self.forPrint = forPrint
        siteURL = site.config.baseURL
    }

    /// The URL for `destination`, written in `file` whose site page is at `route`; `prefix` is the
    /// entry's id prefix, for jumps within the same body. `forPrint` overrides the links' own setting.
    func url(_ destination: String, file: String, route: String, prefix: String, forPrint: Bool? = nil) -> String {
        let forPrint = forPrint ?? self.forPrint
        if destination.hasPrefix("#") { return destination.count > 1 ? "#" + prefix + destination.dropFirst() : destination }
        let onSite = resolver.resolve(destination, sourceFile: file, route: route)
        guard !onSite.hasPrefix("#"), !onSite.hasPrefix("//"), !URLPolicy.hasScheme(onSite) else { return onSite }
        let cut = onSite.firstIndex { $0 == "#" || $0 == "?" } ?? onSite.endIndex
        let suffix = String(onSite[cut...])
        guard let path = Paths.join(route, String(onSite[..<cut])) else { return onSite }
        let segments = path.split(separator: "/").map(String.init)
        if segments.count >= 2, segments[0] == "cases", inBook.contains(segments[1]),
            segments.count == 2 || (segments.count == 3 && segments[2] == "index.html")
        {
            let fragment = suffix.hasPrefix("#") && suffix.count > 1 ? String(suffix.dropFirst()) : nil
            return "#" + (fragment.map { BookBodies.casePrefix(segments[1]) + $0 } ?? "case-" + segments[1])
        }
        let isFolder = path.isEmpty || onSite[..<cut].hasSuffix("/")
        if forPrint {
            return (siteURL ?? Self.unlinked) + path + (isFolder && !path.isEmpty ? "/" : "") + suffix
        }
        // The book is a document that is often read from disk, without the site's script that
        // completes folder links there: it names index.html, whatever the site's link style.
        let file = isFolder ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        return Routes.root(for: Routes.book) + file + suffix
    }

    /// A body rendered for print: its images load from the book's folder (`../media/…`), whatever
    /// the links do, so every image prints and none is fetched from another host; links into the
    /// site without a published address become text.
    static func printable(_ html: String, siteURL: String?) -> String {
        var result = html.replacingOccurrences(of: "<img src=\"" + unlinked, with: "<img src=\"../")
        if let siteURL { result = result.replacingOccurrences(of: "<img src=\"" + siteURL, with: "<img src=\"../") }
        return unlinkingSiteLinks(result)
    }

    /// `<a href="casebook-unlinked:…">text</a>` → `text`. Links never nest, so the next `</a>`
    /// closes the one that was opened.
    static func unlinkingSiteLinks(_ html: String) -> String {
        let opening = "<a href=\"" + unlinked
        guard html.contains(opening) else { return html }
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: opening) {
            result += rest[..<start.lowerBound]
            guard let tagEnd = rest[start.upperBound...].firstIndex(of: ">"),
                let close = rest[tagEnd...].range(of: "</a>")
            else { break }
            result += rest[rest.index(after: tagEnd)..<close.lowerBound]
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
