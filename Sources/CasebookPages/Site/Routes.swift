/// Where every page lives in the output and how one page links to another. A route is a
/// folder path relative to the site root (`cases/x/`), or `""` for the home page.
public struct Routes: Sendable {
    /// Whether links name `index.html` explicitly (`links: portable`).
    public let portable: Bool

    /// Routes whose links name `index.html` when `portable`.
    public init(portable: Bool) { self.portable = portable }

    /// The home page.
    public static let home = ""
    /// The list of outstanding regions by year.
    public static let regions = "regions/"
    /// The search page.
    public static let search = "search/"

    /// Page `page` of the list of all cases; the first has no `page/1/`.
    public static func caseList(page: Int) -> String { page <= 1 ? "cases/" : "cases/page/\(page)/" }
    /// The page of the case `slug`.
    public static func casePage(_ slug: String) -> String { "cases/\(slug)/" }
    /// The page of the unit `id`: its awards and its cases.
    public static func unit(_ id: String) -> String { "regions/\(id)/" }
    /// The overview of a taxonomy's terms.
    public static func taxonomy(_ kind: Taxonomy.Kind) -> String { "\(kind.rawValue)/" }
    /// Page `page` of one term's list; the first has no `page/1/`.
    public static func term(_ kind: Taxonomy.Kind, _ slug: String, page: Int = 1) -> String {
        page <= 1 ? "\(kind.rawValue)/\(slug)/" : "\(kind.rawValue)/\(slug)/page/\(page)/"
    }
    /// The free page `slug`.
    public static func page(_ slug: String) -> String { "pages/\(slug)/" }

    /// The file a route is written to.
    public static func file(for route: String) -> String { route + "index.html" }

    /// The 404 page's file, at the root whatever address was missed.
    package static let notFoundFile = "404.html"

    /// The prefix that leads from a page at `route` back to the site root (`../../`).
    public static func root(for route: String) -> String {
        String(repeating: "../", count: route.split(separator: "/").count)
    }

    /// How a page names `route` after the root prefix: `cases/x/` or `cases/x/index.html`;
    /// the home page is `./` or `index.html`.
    public func href(_ route: String) -> String {
        if portable { return route + "index.html" }
        return route.isEmpty ? "./" : route
    }

    /// A link from the page at `from` to `route`.
    public func link(from: String, to route: String) -> String { Self.root(for: from) + href(route) }
}
