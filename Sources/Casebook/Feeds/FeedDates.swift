import CasebookContent

/// The date a feed, a sitemap or JSON-LD gives an entry. Never the clock or a file time: the entry's
/// own `date`, else the publication date of its year's official list (`list_dates` in site.yaml),
/// else the last day of its year.
struct FeedDates: Sendable {
    let listDates: [Int: String]

    init(config: SiteConfig) { listDates = config.listDates }

    /// `YYYY-MM-DD` for an entry of `year` with its own `date`, if any.
    func date(_ own: String?, year: Int) -> String {
        own ?? listDates[year] ?? "\(year)-12-31"
    }

    /// The date as an RFC 3339 timestamp at midnight China Standard Time, as Atom requires.
    static func timestamp(_ date: String) -> String { date + "T00:00:00+08:00" }
}
