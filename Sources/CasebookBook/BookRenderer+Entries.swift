import CasebookContent
import CasebookPages

/// The models of the book's entries: one case with its metadata panel, and the outstanding
/// regions of each year.
extension BookRenderer {
    func caseModel(_ index: Int, bodies: BookBodies) -> BookCase {
        let entry = site.cases[index]
        var cover: String?
        if let reference = entry.cover, let path = MediaReference.resolve(reference, from: entry.file) {
            cover = Routes.root(for: Routes.book) + String(path.dropFirst("content/".count))
        }
        let body = BookBodies.lastSection(bodies.cases[index]?.html ?? "")
        return BookCase(
            id: "case-" + entry.slug,
            title: entry.title,
            enterprise: entry.enterprise,
            type: entry.enterpriseType.label(language),
            unit: entry.unit.label(language),
            year: String(entry.year),
            publicity: entry.status == .publicity,
            summary: entry.summary,
            cover: cover,
            body: body.head,
            bodyEnd: body.tail.isEmpty ? nil : body.tail,
            facts: factRows(entry),
            sources: entry.sources.map { sourceItem($0, file: entry.file, route: Routes.casePage(entry.slug), links: bodies.links) },
            hasSources: !entry.sources.isEmpty)
    }

    /// The metadata panel as table rows: the enterprise and the lists on rows of their own, the
    /// short facts two to a row; a short fact left alone takes the whole row.
    func factRows(_ entry: CaseEntry) -> [FactRow] {
        let short: [(String, String?)] = [
            ("field_type", entry.enterpriseType.label(language)),
            ("field_region", entry.unit.label(language)),
            ("field_industry", entry.industry + (entry.industryCode.map { language == .english ? " (\($0))" : "（\($0)）" } ?? "")),
            ("field_grade", entry.grade?.label(language)),
            ("field_year", String(entry.year)),
            ("field_status", entry.status.label(language)),
            ("field_recommender", entry.recommender),
            ("field_date", entry.date),
        ]
        func cell(_ key: String, _ value: String, wide: Bool) -> FactCell { FactCell(label: t(key), value: value, wide: wide) }
        var rows: [[FactCell]] = [[cell("field_enterprise", entry.enterprise, wide: true)]]
        let present = short.compactMap { key, value in value.map { (key, $0) } }
        for start in stride(from: 0, to: present.count, by: 2) {
            let pair = present[start..<min(start + 2, present.count)]
            rows.append(pair.map { cell($0.0, $0.1, wide: pair.count == 1) })
        }
        if !entry.steps.isEmpty {
            rows.append([cell("field_steps", entry.steps.map { $0.label(language) }.joined(separator: separator), wide: true)])
        }
        if !entry.tags.isEmpty { rows.append([cell("taxonomy_tags", entry.tags.joined(separator: separator), wide: true)]) }
        return rows.map(FactRow.init)
    }

    /// The outstanding regions of the book, one year at a time, newest first: the award list as
    /// the official notice gives it (units in official order), then each unit's material.
    func regionYears(bodies: BookBodies, sheets: inout BookSheets) -> [BookRegionYear] {
        let years = Array(Set(book.regions.map { site.regions[$0].year })).sorted(by: >)
        return years.map { year -> BookRegionYear in
            let ofYear = book.regions.filter { site.regions[$0].year == year }
            let awards = awardLists(ofYear.map { site.regions[$0] }).map { award, holders in
                let units = holders.map { region in
                    guard award == .overall, let rank = site.shownRank(region) else { return region.unit.label(language) }
                    return region.unit.label(language) + t("book_rank", ["rank": String(rank)])
                }
                return BookAward(label: award.label(language), units: units.joined(separator: separator), count: String(holders.count))
            }
            let entries = ofYear.map { index in
                let region = site.regions[index]
                let body = BookBodies.lastSection(bodies.regions[index]?.html ?? "")
                return BookRegionEntry(
                    id: "region-\(year)-\(region.unit.id)",
                    unit: region.unit.label(language),
                    awards: region.awards.map { $0.label(language) }.joined(separator: separator),
                    applicant: region.applicant,
                    summary: region.summary,
                    stats: region.stats.map { StatCard(label: $0.label, value: $0.value, unit: $0.unit) },
                    hasStats: !region.stats.isEmpty,
                    body: body.head,
                    bodyEnd: body.tail.isEmpty ? nil : body.tail,
                    sources: region.sources.map { sourceItem($0, file: region.file, route: Routes.unit(region.unit.id), links: bodies.links) },
                    hasSources: !region.sources.isEmpty)
            }
            let id = "regions-\(year)", heading = t("book_regions_year", ["year": String(year)])
            return BookRegionYear(
                id: id, heading: heading, awards: awards, entries: entries, orderNote: t(site.orderNoteKey(year)), sheet: sheets.name(for: heading))
        }
    }

    /// A source link; a path inside the site is re-aimed from the entry's page to the book.
    private func sourceItem(_ source: SourceLink, file: String, route: String, links: BookLinks) -> SourceItem {
        guard !URLPolicy.isExternal(source.url) else { return sourceItem(source) }
        let url = links.url(source.url, file: file, route: route, prefix: "")
        return sourceItem(source, url: url.hasPrefix(BookLinks.unlinked) ? links.url(source.url, file: file, route: route, prefix: "", forPrint: false) : url)
    }
}
