import CasebookSupport

/// An outstanding region (成效突出地区): one unit's awards in one year.
public struct RegionEntry: Sendable, Hashable, Codable {
    /// The file it came from, relative to the site folder.
    public let file: String
    /// The unit that was named outstanding.
    public let unit: Unit
    /// The year of the selection.
    public let year: Int
    /// At least one award, in official order.
    public let awards: [Award]
    /// The applying body (申报单位); nil when not given.
    public let applicant: String?
    /// The one-paragraph overview of the work (工作概况).
    public let summary: String
    /// Key figures shown as cards, in the order written.
    public let stats: [Stat]
    /// Enterprises that implemented classification-and-grading management; feeds the quota rule.
    public let participatingEnterprises: Int?
    /// Shown only when present and only with the overall award.
    public let rank: Int?
    /// Public documents behind the award, in the order written.
    public let sources: [SourceLink]
    /// The Markdown body.
    public let body: String
    /// Line of the file where the body starts (for locating Markdown problems).
    public let bodyFirstLine: Int
    /// Where each field's value is written, for rules that look across files.
    let locations: [String: SourceLocation]

    /// Where `key` is written in the file; the whole file when it is not written there.
    package func location(of key: String) -> SourceLocation { locations[key] ?? SourceLocation() }

    static let keys = [
        "region", "year", "awards", "applicant", "summary", "stats", "participating_enterprises", "rank", "sources",
        "contact", "body", "slug",
    ]

    static func read(_ r: inout FieldReader, body: String, bodyFirstLine: Int, units: UnitTable) -> RegionEntry? {
        let unit = UnitField.read(&r, key: "region", units: units)
        let year = r.year()
        let before = r.diagnostics.count
        let awards = r.terms("awards", Award.self)
        if r.node("awards") == nil {
            r.require("awards")
        } else if awards.isEmpty, r.diagnostics.count == before {
            r.report(
                "CB0101", Message("region.noAward"), at: "awards", hint: Message("region.noAward.hint", ["accepted": "\(Award.acceptedList)"]))
        }
        let applicant = r.string("applicant")
        let summary = r.string("summary", required: true)
        let stats = r.list("stats", known: Stat.keys, read: Stat.read)
        let participating = r.int("participating_enterprises", example: "120", minimum: 0)
        let rank = r.int("rank", example: "1", minimum: 1)
        if rank != nil, !awards.isEmpty, !awards.contains(.overall) {
            r.report(
                "CB0202", Message("region.rankWithoutOverall"), at: "rank", hint: Message("region.rankWithoutOverall.hint"))
        }
        let sources = r.list("sources", known: SourceLink.keys, read: SourceLink.read)
        guard let unit, let year, let summary, !awards.isEmpty else { return nil }
        return RegionEntry(
            file: r.file, unit: unit, year: year, awards: awards, applicant: applicant, summary: summary, stats: stats,
            participatingEnterprises: participating, rank: rank, sources: sources, body: body, bodyFirstLine: bodyFirstLine,
            locations: r.locations)
    }
}

/// A free page such as 关于活动.
public struct PageEntry: Sendable, Hashable, Codable {
    /// File name without extension; the page's folder under `pages/`.
    public let slug: String
    /// The file it came from, relative to the site folder.
    public let file: String
    /// The page's heading, and its menu label unless `nav_title` is given.
    public let title: String
    /// A shorter label for the header's menu (`nav_title`); nil uses `title`.
    public var navTitle: String?
    /// The page's description in its meta tags (`summary:`); nil when not given.
    public let summary: String?
    /// Menu order, smallest first.
    public let weight: Int
    /// A draft is published only by a build with `--drafts`.
    public let draft: Bool
    /// The Markdown body.
    public let body: String
    /// Line of the file where the body starts (for locating Markdown problems).
    public let bodyFirstLine: Int

    static let keys = ["title", "summary", "weight", "draft", "date", "nav_title"]

    static func read(_ r: inout FieldReader, slug: String, body: String, bodyFirstLine: Int) -> PageEntry? {
        let title = r.string("title", required: true)
        let summary = r.string("summary")
        let weight = r.int("weight", example: "1") ?? 0
        let draft = r.bool("draft")
        _ = r.date("date")
        guard let title else { return nil }
        var page = PageEntry(
            slug: slug, file: r.file, title: title, summary: summary, weight: weight, draft: draft, body: body,
            bodyFirstLine: bodyFirstLine)
        page.navTitle = r.string("nav_title")
        return page
    }
}
