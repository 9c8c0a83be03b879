import CasebookContent
import CasebookPages
import CasebookSupport

/// The compilation book (案例汇编) of a site: what it holds and in which order — the preface, the
/// outstanding regions, the cases by year and group, and the back-matter indexes. A value made
/// from the published `Site`, so the book follows the same publication rules as the site.
package struct Book: Sendable {
    /// One section of a year's cases: an enterprise type or a unit.
    struct Group: Sendable {
        /// ASCII anchor, unique in the book (`cases-2023-platform`).
        let id: String
        let title: String
        /// Indices into `Site.cases`, in site order.
        let cases: [Int]
    }

    /// The cases of one year.
    struct Part: Sendable {
        let year: Int
        let id: String
        let groups: [Group]
    }

    /// An entry of the back-matter index: a unit or an industry and its cases in book order.
    struct IndexEntry: Sendable {
        let label: String
        let cases: [Int]
    }

    package let site: Site
    package let settings: BookSettings
    let grouping: BookSettings.Grouping
    /// Index into `Site.pages` of the preface, if any.
    let preface: Int?
    /// Indices into `Site.regions`, newest year first, then official unit order.
    package let regions: [Int]
    let parts: [Part]
    /// Every case of the book in reading order, as indices into `Site.cases`.
    package let cases: [Int]
    let unitIndex: [IndexEntry]
    let industryIndex: [IndexEntry]

    package init(site: Site, selection: BookSelection = .init()) {
        self.site = site
        let settings = site.config.book ?? BookSettings()
        let grouping = selection.grouping ?? settings.grouping
        self.settings = settings
        self.grouping = grouping
        preface = Self.prefaceIndex(settings.preface, pages: site.pages)
        regions = site.regions.indices.filter { selection.includes(site.regions[$0]) }
        let language = site.config.language
        let selected = site.cases.indices.filter { selection.includes(site.cases[$0]) }
        let years = Array(Set(selected.map { site.cases[$0].year })).sorted(by: >)
        parts = years.map { year in
            let ofYear = selected.filter { site.cases[$0].year == year }
            let groups: [Group]
            switch grouping {
            case .type:
                groups = EnterpriseType.allCases.compactMap { type in
                    let members = ofYear.filter { site.cases[$0].enterpriseType == type }
                    return members.isEmpty ? nil : Group(id: "cases-\(year)-\(type.pathSegment)", title: type.label(language), cases: members)
                }
            case .unit:
                groups = site.units.units.compactMap { unit in
                    let members = ofYear.filter { site.cases[$0].unit.id == unit.id }
                    return members.isEmpty ? nil : Group(id: "cases-\(year)-\(unit.id)", title: unit.label(language), cases: members)
                }
            }
            return Part(year: year, id: "cases-\(year)", groups: groups)
        }
        let ordered = parts.flatMap { $0.groups.flatMap(\.cases) }
        cases = ordered
        unitIndex = site.units.units.compactMap { unit in
            let members = ordered.filter { site.cases[$0].unit.id == unit.id }
            return members.isEmpty ? nil : IndexEntry(label: unit.label(language), cases: members)
        }
        var byIndustry: [String: [Int]] = [:]
        for index in ordered { byIndustry[site.cases[index].industry, default: []].append(index) }
        // An index is read like a dictionary: industries in pinyin order.
        industryIndex = byIndustry.keys.sorted { (Slug.cached($0), $0) < (Slug.cached($1), $1) }
            .map { IndexEntry(label: $0, cases: byIndustry[$0]!) }
    }

    /// Years the book covers, oldest first.
    var years: [Int] {
        Array(Set(cases.map { site.cases[$0].year } + regions.map { site.regions[$0].year })).sorted()
    }

    /// The page named by `book.preface`, else `preface`, else `about`, among the published pages.
    static func prefaceIndex(_ slug: String?, pages: [PageEntry]) -> Int? {
        let wanted = slug.map { [$0] } ?? ["preface", "about"]
        for slug in wanted {
            if let index = pages.firstIndex(where: { $0.slug == slug }) { return index }
        }
        return nil
    }
}
