import CasebookSupport
import Foundation
import Yams

/// The settings of a site, from `site.yaml`.
public struct SiteConfig: Sendable, Hashable {
    /// How internal links are written.
    public enum LinkStyle: String, Sendable {
        /// `cases/x/`: clean URLs on a web server (a script adds `index.html` under file://).
        case pretty
        /// `cases/x/index.html`: works from disk even without JavaScript.
        case portable
    }

    /// The site's name, in the header, the page titles and the feed.
    public var title: String
    /// The header's shorter name for the site (`short_title`); nil uses `title`.
    public var shortTitle: String?
    /// The site's description, for the home page's meta tags and the feed; nil when not given.
    public var description: String?
    /// The interface language (`zh-CN` or `en`).
    public var language: UILanguage = .chinese
    /// Absolute URL of the published site, used only for absolute URLs (feed, sitemap, canonical).
    public var baseURL: String?
    /// The theme that renders the pages; `default` unless named.
    public var theme: String = "default"
    /// How many cases a list page shows before the next page.
    public var perPage: Int = 20
    /// How internal links are written; `pretty` unless `links: portable`.
    public var links: LinkStyle = .pretty
    /// The ICP filing number (备案号) shown in the footer; nil when not given.
    public var icp: String?
    /// The footer's copyright holder; nil when not given.
    public var copyright: String?
    /// Raw HTML in Markdown is kept only when true.
    public var unsafeMarkdown = false
    /// Share of participating enterprises a region may recommend.
    public var quotaRatio = 0.2
    /// Publication date (`YYYY-MM-DD`) of each campaign year's official list, by year; dates feed
    /// entries that have no `date` of their own (`list_dates: {2022: 2023-04-20}`).
    public var listDates: [Int: String] = [:]
    /// The compilation book (`book:`); nil when site.yaml has no such mapping.
    public var book: BookSettings?
    /// Where `casebook deploy` publishes (`deploy:`), in the order written.
    public var deploy: [DeployTarget] = []
    /// The campaign's years (`years:`): a case or region of another year is an error. Empty when not given.
    public var years: [Int] = []
    /// The path the site is served from when its address is not known (`base_path: /showcase/`), ending in `/`.
    public var basePath: String?
    /// Years whose overall-award list is officially ranked (`ranked: [2023]`); ranks are shown only there.
    public var rankedYears: Set<Int> = []
    /// Images larger than this are reported (`images: { max_kb: 1024 }`).
    public var maxImageBytes = 1_048_576

    /// A configuration with only a title.
    public init(title: String) { self.title = title }

    static let keys = [
        "title", "description", "language", "base_url", "theme", "per_page", "links", "footer", "markdown", "quota", "list_dates", "book", "short_title",
        "deploy",
        "years", "base_path", "ranked", "images",
    ]

    /// Reads `site.yaml` text; nil with diagnostics when it is unusable.
    static func parse(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard let node = YAMLDocument.parse(text, file: file, firstLine: 1, into: &diagnostics),
            var r = FieldReader(node, file: file, firstLine: 1, known: keys, what: Message("what.siteConfig"), into: &diagnostics)
        else { return nil }
        defer { diagnostics += r.diagnostics }
        guard let title = r.string("title", required: true) else { return nil }
        var config = SiteConfig(title: title)
        config.description = r.string("description")
        config.shortTitle = r.string("short_title")
        if let language = r.string("language") {
            if let value = UILanguage(rawValue: language) {
                config.language = value
            } else {
                r.report("CB0103", Message("config.unknownLanguage", ["value": "\(language)"]), at: "language", hint: Message("config.unknownLanguage.hint"))
            }
        }
        if let base = r.string("base_url") {
            if base.hasPrefix("http://") || base.hasPrefix("https://") {
                config.baseURL = base.hasSuffix("/") ? base : base + "/"
            } else {
                r.report(
                    "CB0102", Message("config.baseURL"), at: "base_url", hint: Message("config.baseURL.hint"))
            }
        }
        if let theme = r.string("theme") {
            if Slug.isValid(theme) {
                config.theme = theme
            } else {
                r.report("CB0102", Message("config.theme", ["theme": "\(theme)"]), at: "theme")
            }
        }
        if let perPage = r.int("per_page", example: "20") {
            if perPage >= 1 { config.perPage = perPage } else { r.report("CB0102", Message("config.perPage"), at: "per_page") }
        }
        if let links = r.string("links") {
            if let style = LinkStyle(rawValue: links) {
                config.links = style
            } else {
                r.report("CB0103", Message("config.unknownLinks", ["value": "\(links)"]), at: "links", hint: Message("config.unknownLinks.hint"))
            }
        }
        if var footer = r.nested("footer", known: ["icp", "copyright"]) {
            config.icp = footer.string("icp")
            config.copyright = footer.string("copyright")
            r.absorb(footer)
        }
        if var markdown = r.nested("markdown", known: ["unsafe"]) {
            config.unsafeMarkdown = markdown.bool("unsafe")
            r.absorb(markdown)
        }
        if var quota = r.nested("quota", known: ["ratio"]) {
            if let text = quota.string("ratio") {
                if let ratio = Double(text), ratio > 0, ratio <= 1 {
                    config.quotaRatio = ratio
                } else {
                    quota.report("CB0102", Message("config.ratio"), at: "ratio", hint: Message("config.ratio.hint"))
                }
            }
            r.absorb(quota)
        }
        config.listDates = listDates(&r)
        config.book = BookSettings.read(&r)
        config.deploy = DeployTarget.readAll(&r)
        config.readGuards(&r)
        return config
    }

    /// `list_dates: {2022: 2023-04-20, 2023: 2024-05-10}`: years to the dates their lists were published.
    private static func listDates(_ r: inout FieldReader) -> [Int: String] {
        guard let node = r.node("list_dates") else { return [:] }
        guard let mapping = node.mapping else {
            r.report("CB0102", Message("config.listDates"), at: "list_dates", hint: Message("config.listDates.hint"))
            return [:]
        }
        var dates: [Int: String] = [:]
        for (key, value) in mapping {
            guard let year = key.string.flatMap({ Int($0) }), (2000...2099).contains(year), let date = value.string, CalendarDate(date) != nil else {
                r.report(
                    "CB0109", Message("config.listDatesEntry", ["key": "\(key.string ?? "?")"]), at: "list_dates",
                    hint: Message("config.listDates.hint"))
                continue
            }
            dates[year] = date
        }
        return dates
    }
}
