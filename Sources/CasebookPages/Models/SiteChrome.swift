/// What the layout shows around every page: the header, the navigation and the footer.
public struct SiteChrome: Sendable, Encodable {
    /// The page language (`zh-CN`, `en`).
    public let lang: String
    /// The prefix that leads back to the site root (`../../`); links are `{{root}}{{href}}`.
    public let root: String
    /// The link to the home page.
    public let home: String
    /// The case list, after `root`.
    public let casesHref: String
    /// The outstanding regions page, after `root`.
    public let regionsHref: String
    /// The search page, after `root`.
    public let searchHref: String
    /// The file the header search form submits to, after `root`.
    public let searchAction: String
    /// Whether any taxonomy has terms (the footer browse list is shown).
    public let hasBrowse: Bool
    /// The settings of site.yaml that pages show.
    public let site: SiteInfo
    /// The main navigation.
    public let nav: [NavLink]
    /// The menu items that do not fit the one-row header at 1024 px, shown behind 「更多」 there.
    public let navMore: [NavLink]
    /// Whether some menu items go behind 「更多」.
    public let hasNavMore: Bool
    /// The taxonomies with terms, for the footer.
    public let browse: [Link]
    /// The fingerprinted stylesheet, after `root`.
    public let css: String
    /// The fingerprinted script, after `root`.
    public let js: String
    /// The `<title>`: the page title and the site title.
    public let pageTitle: String
    /// Whether links name `index.html` (`links: portable`).
    public let portable: Bool
    /// The book, after `root`; absent when the site has no book.
    public let bookHref: String?
    /// The page's absolute address; absent without `base_url`.
    public let canonical: String?
    /// The stylesheet itself, on the 404 page only (it is shown at any address).
    public var inlineCSS: String?

    /// Stores each field as given; the page builders compute them.
    public init(
        lang: String, root: String, home: String, casesHref: String, regionsHref: String, searchHref: String, searchAction: String, hasBrowse: Bool,
        site: SiteInfo, nav: [NavLink], navMore: [NavLink] = [], hasNavMore: Bool = false, browse: [Link], css: String, js: String, pageTitle: String,
        portable: Bool, bookHref: String? = nil, canonical: String? = nil, inlineCSS: String? = nil
    ) {
        self.lang = lang
        self.root = root
        self.home = home
        self.casesHref = casesHref
        self.regionsHref = regionsHref
        self.searchHref = searchHref
        self.searchAction = searchAction
        self.hasBrowse = hasBrowse
        self.site = site
        self.nav = nav
        self.navMore = navMore
        self.hasNavMore = hasNavMore
        self.browse = browse
        self.css = css
        self.js = js
        self.pageTitle = pageTitle
        self.portable = portable
        self.bookHref = bookHref
        self.canonical = canonical
        self.inlineCSS = inlineCSS
    }
}
