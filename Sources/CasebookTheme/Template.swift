/// The templates of a theme, by the name of their file in `templates/` (`case-card` for
/// `templates/case-card.mustache`): the pages, the layout they fill in, and their partials.
public enum Template: String, Sendable, CaseIterable {
    case layout, home, list, regions, unit, taxonomy, page, search, book
    case casePage = "case"
    case notFound = "404"
    case caseCard = "case-card"
    case pagination, breadcrumb
    case chart, charts
    case tileMap = "tile-map"
    case unitGrid = "unit-grid"
    case bookCase = "book-case"
    case bookSources = "book-sources"

    /// Templates every theme must provide (directly or through the default theme).
    public static let required: [Template] = [.layout, .home, .list, .casePage, .regions, .unit, .taxonomy, .page, .notFound, .search]
}
