/// Where every page lives in the output and how one page links to another. A route is a
/// folder path relative to the site root (`cases/x/`), or `""` for the home page.
public struct Routes: Sendable {
    /// Whether links name `index.html` explicitly (`links: portable`).
    public let portable: Bool

    public init(portable: Bool) { self.portable = portable }

    public static let home = ""
    public static let regions = "regions/"
    public static let search = "search/"

    public static func caseList(page: Int) -> String { page <= 1 ? "cases/" : "cases/page/\(page)/" }
    public static func casePage(_ slug: String) -> String { "cases/\(slug)/" }
    public static func unit(_ id: String) -> String { "regions/\(id)/" }
    public static func taxonomy(_ kind: Taxonomy.Kind) -> String { "\(kind.rawValue)/" }
    public static func term(_ kind: Taxonomy.Kind, _ slug: String, page: Int = 1) -> String {
        page <= 1 ? "\(kind.rawValue)/\(slug)/" : "\(kind.rawValue)/\(slug)/page/\(page)/"
    }
    public static func page(_ slug: String) -> String { "pages/\(slug)/" }

    /// The file a route is written to.
    public static func file(for route: String) -> String { route + "index.html" }

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
