import CasebookTheme

extension Template {
    /// The model a template reads (listed in docs/themes.md): a page's model sits inside the
    /// layout's `SiteChrome`; a partial reads the model of the section it is included in.
    public var model: any Encodable.Type {
        switch self {
        case .layout: SiteChrome.self
        case .home, .charts: HomePage.self
        case .list: ListPage.self
        case .casePage: CasePage.self
        case .regions: RegionsPage.self
        case .unit: UnitPage.self
        case .taxonomy: TaxonomyPage.self
        case .page: FreePage.self
        case .search: SearchPage.self
        case .notFound: NotFoundPage.self
        case .book: BookPage.self
        case .caseCard: CaseCard.self
        case .pagination: Pagination.self
        case .breadcrumb: BreadcrumbTrail.self
        case .chart: ChartModel.self
        case .tileMap, .unitGrid: TileMapModel.self
        case .bookCase: BookCase.self
        case .bookSources: SourceItem.self
        }
    }
}
