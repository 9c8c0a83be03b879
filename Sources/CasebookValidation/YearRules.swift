import CasebookContent
import CasebookSupport

/// Years that make sense: inside the campaign's `years:` when site.yaml lists them, else not before
/// the campaign's first year and not after the entry's own dates.
enum YearRules {
    /// The first year of the In-Depth Action.
    static let campaignStart = 2022

    static func check(_ content: SiteContent) -> [Diagnostic] {
        let entries =
            content.cases.map { ($0.file, $0.year, $0.location(of: "year"), dates(own: $0.date, $0.sources)) }
            + content.regions.map { ($0.file, $0.year, $0.location(of: "year"), dates(own: nil, $0.sources)) }
        return entries.compactMap { file, year, location, dates in
            check(year: year, dates: dates, years: content.config.years, file: file, at: location)
        }
    }

    /// The entry's own date and its sources' dates, each with how a message names it.
    private static func dates(own date: String?, _ sources: [SourceLink]) -> [(name: Message, date: String)] {
        (date.map { [(name: Message("year.itsDate"), date: $0)] } ?? [])
            + sources.compactMap { source in source.date.map { (name: Message("year.sourceDate", ["title": "\(source.title)"]), date: $0) } }
    }

    private static func check(year: Int, dates: [(name: Message, date: String)], years: [Int], file: String, at location: SourceLocation) -> Diagnostic? {
        if !years.isEmpty {
            guard !years.contains(year) else { return nil }
            return Diagnostic(
                .error, "CB0152", Message("year.notCampaign", ["year": "\(year)", "years": "\(years.map(String.init).joined(separator: ", "))"]),
                file: file, at: location, hint: Message("year.notCampaign.hint", ["year": "\(year)"]))
        }
        if year < campaignStart {
            return Diagnostic(
                .warning, "CB0153", Message("year.beforeStart", ["year": "\(year)", "start": "\(campaignStart)"]), file: file, at: location,
                hint: Message("year.beforeStart.hint", ["year": "\(year)"]))
        }
        let latest = dates.compactMap { entry in CalendarDate(entry.date).map { (entry.name, entry.date, $0) } }.max { $0.2 < $1.2 }
        guard let (name, date, day) = latest, year > day.year else { return nil }
        return Diagnostic(
            .warning, "CB0153", Message("year.afterDate", ["year": "\(year)", "name": .message(name), "date": "\(date)", "dateYear": "\(day.year)"]),
            file: file, at: location, hint: Message("year.afterDate.hint"))
    }
}
