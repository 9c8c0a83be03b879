import CasebookOutput
import CasebookPages
import CasebookSupport
import CasebookTheme

/// Builds the typed model of every page and renders it. Holds what all pages share — strings,
/// assets, the card of every case — computed once per build and read by all render threads.
struct PageBuilder: ModelBuilder, Sendable {
    package let site: Site
    let routes: Routes
    package let strings: [String: String]
    /// What every template may name besides its model: the strings, as `t`.
    let globals: TemplateValue
    let assets: Assets
    let bodies: RenderedBodies
    let templates: Templates
    /// The theme's stylesheet, inlined into 404.html.
    let stylesheet: String
    /// The source of the theme's `case-card` partial, which the case-list filter renders in the browser.
    let cardTemplate: String
    /// Each case's card, related cases and card partial, made once per build on first use.
    private let cardCache = CardCache()
    /// What every page's key holds besides its model (`BuildIdentity`).
    let identity: String

    init(site: Site, theme: Theme, templates: Templates, assets: Assets, bodies: RenderedBodies) {
        self.site = site
        routes = Routes(portable: site.config.links == .portable)
        strings = theme.strings
        globals = .object(["t": TemplateValue(strings: theme.strings)])
        self.assets = assets
        self.bodies = bodies
        self.templates = templates
        stylesheet = theme.assets["style.css"].flatMap { String(validating: $0.bytes, as: UTF8.self) } ?? ""
        cardTemplate = Templates.compact(theme.templates[Template.caseCard.rawValue].flatMap { String(validating: $0.bytes, as: UTF8.self) } ?? "")
        identity = BuildIdentity(site: site, theme: theme).fingerprint
    }

    /// The card of published case `index`, with links relative to the site root, and its value
    /// for the template engine.
    func card(_ index: Int) -> (card: CaseCard, value: TemplateValue) {
        cardCache.card(index) { card(for: site.cases[index]) }
    }

    /// The related cases of published case `index` (`Site.relatedCases`).
    func related(_ index: Int) -> [Int] {
        cardCache.related(index) { site.relatedCases(of: index) }
    }

    /// A case's card for a page whose root prefix is `root`, with the rendered `case-card`
    /// partial that list templates insert as `{{{html}}}`.
    func listed(_ index: Int, root: String) -> ListedCase {
        let card = card(index)
        let html = cardCache.html(index, root: root) {
            guard case .object(var fields) = card.value else { return "" }
            fields["root"] = .text(root)
            return templates.render(Template.caseCard.rawValue, .object(fields), globals: globals)
        }
        return ListedCase(card.card, CardHTML(html: html))
    }

    /// The page of `job` as the engine reads it, with its key; nil for search index files.
    func prepare(_ job: PageJob) -> PreparedPage? {
        switch job {
        case .home: page(Routes.home, .home, nil, homePage())
        case .caseList(let page): caseListPage(page)
        case .casePage(let index): casePage(index)
        case .regions: page(Routes.regions, .regions, t("nav_regions"), regionsPage())
        case .unit(let id): unitPage(id)
        case .taxonomy(let kind): taxonomyPage(kind)
        case .term(let kind, let term, let page): termPage(kind, term, page)
        case .page(let index): freePage(index)
        case .notFound: notFoundPage()
        case .book: bookPage()
        case .search: page(Routes.search, .search, t("search_title"), searchPage())
        case .searchIndex: nil
        }
    }

    /// Renders a prepared page.
    func render(_ page: PreparedPage) -> OutputFile {
        OutputFile(path: page.path, bytes: templates.renderBytes(page.template.rawValue, page.value, globals: globals))
    }

    /// A page at `route` in the layout's chrome, converted and keyed.
    func page<Main: Encodable & Sendable>(_ route: String, _ template: Template, _ title: String?, _ main: Main) -> PreparedPage {
        prepared(Routes.file(for: route), template, PageModel(chrome(route: route, current: route, title: title), main))
    }

    /// A model converted for `template` and keyed: the hash of the model, the template's name and
    /// the build's identity.
    func prepared(_ path: String, _ template: Template, _ model: some Encodable) -> PreparedPage {
        let (value, digest) = TemplateEncoder.encode(model)
        let key = Fingerprint.content(Array((identity + " " + template.rawValue + " " + digest).utf8))
        return PreparedPage(path: path, template: template, value: value, key: key)
    }

    /// The 404 page: servers show it at whatever address was missed, so relative links cannot
    /// work there: it links from the site's path when it is known (base_url, base_path) and inlines the styles.
    private func notFoundPage() -> PreparedPage {
        let root = site.config.baseURL.flatMap(Self.path(of:)) ?? site.config.basePath
        var chrome = chrome(route: "", current: nil, title: t("not_found_title"), root: root)
        chrome.inlineCSS = stylesheet
        return prepared(Routes.notFoundFile, .notFound, PageModel(chrome, NotFoundPage(notFound: true)))
    }

    /// `https://host/showcase/` → `/showcase/`.
    static func path(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
