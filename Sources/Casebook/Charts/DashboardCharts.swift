import CasebookContent
import CasebookPages

/// The charts of the home dashboard, counted from the published site: cases per unit (official
/// order), per enterprise type, per industry (top ten and the rest), per grade, per year, and
/// outstanding-region awards per category.
public struct DashboardCharts: ModelBuilder, Sendable {
    /// Industries shown by name; the others are summed into one bar.
    public static let industryLimit = 10

    package let site: Site
    /// UI strings by key; a missing key shows as itself.
    package let strings: [String: String]

    /// The charts of `site`, labelled with the theme's strings in the site's language.
    public init(site: Site, strings: [String: String]) {
        self.site = site
        self.strings = strings
    }

    /// Every chart, in the order the home page shows them. Charts with nothing to count are left out.
    public func charts() -> [Chart] {
        [units(), types(), industries(), grades(), years(), awards()].filter { $0.total > 0 }
    }

    /// Cases per unit, units with cases only, in official order.
    func units() -> Chart {
        let bars = site.units.units.compactMap { unit -> Chart.Bar? in
            guard let count = site.casesByUnit[unit.id]?.count else { return nil }
            return Chart.Bar(
                label: unit.label(language), shortLabel: language == .english ? unit.english : unit.short,
                value: count, route: Routes.unit(unit.id))
        }
        return chart("units", bars: bars, labelHeading: t("field_region"), cases: true)
    }

    /// Cases per enterprise type, every type, in official order.
    func types() -> Chart {
        let bars = EnterpriseType.allCases.map { type in
            let count = site.cases.filter { $0.enterpriseType == type }.count
            return Chart.Bar(
                label: type.label(language), shortLabel: Self.shortLabel(type, language), value: count,
                route: count > 0 ? Routes.term(.types, type.pathSegment) : nil)
        }
        return chart("types", bars: bars, labelHeading: t("field_type"), cases: true)
    }

    /// Cases per industry: the ten largest by name (more cases first, then by label), the rest as one bar.
    func industries() -> Chart {
        let terms = site.taxonomy(.industries)?.terms ?? []
        var bars = terms.prefix(Self.industryLimit).map { term in
            Chart.Bar(label: term.label, value: term.members.count, route: Routes.term(.industries, term.slug))
        }
        let rest = terms.dropFirst(Self.industryLimit)
        if !rest.isEmpty {
            let count = language == .english ? " (\(rest.count))" : "（\(rest.count)）"
            bars.append(Chart.Bar(label: t("chart_other") + count, value: rest.reduce(0) { $0 + $1.members.count }))
        }
        return chart("industries", bars: bars, labelHeading: t("field_industry"), cases: true)
    }

    /// Cases per grade, 一级 to 三级, and cases without a grade when there are any.
    func grades() -> Chart {
        var bars = Grade.allCases.map { grade in
            let count = site.cases.filter { $0.grade == grade }.count
            return Chart.Bar(label: grade.label(language), value: count, route: count > 0 ? Routes.term(.grades, grade.pathSegment) : nil)
        }
        let ungraded = site.cases.filter { $0.grade == nil }.count
        if ungraded > 0 { bars.append(Chart.Bar(label: t("chart_no_grade"), value: ungraded)) }
        return chart("grades", bars: bars, labelHeading: t("field_grade"), cases: true)
    }

    /// Cases per year, oldest first so the bars read as a timeline.
    func years() -> Chart {
        let terms = (site.taxonomy(.years)?.terms ?? []).reversed()
        let bars = terms.map { Chart.Bar(label: $0.label, value: $0.members.count, route: Routes.term(.years, $0.slug)) }
        return chart("years", bars: bars, labelHeading: t("field_year"), cases: true)
    }

    /// Awards per category, every category, in official order, all years together.
    func awards() -> Chart {
        let bars = Award.allCases.map { award in
            let count = site.regions.filter { $0.awards.contains(award) }.count
            return Chart.Bar(label: award.label(language), value: count, route: count > 0 ? Routes.term(.awards, award.pathSegment) : nil)
        }
        return chart("awards", bars: bars, labelHeading: t("taxonomy_awards"), cases: false)
    }

    private func chart(_ id: String, bars: [Chart.Bar], labelHeading: String, cases: Bool) -> Chart {
        let unit = t(cases ? "count_cases" : "chart_awards_unit")
        let total = bars.reduce(0) { $0 + $1.value }
        // Ties keep the chart's own order, so the sentence never depends on the sort algorithm.
        let largest = bars.enumerated().filter { $0.element.value > 0 }
            .sorted { ($1.element.value, $0.offset) < ($0.element.value, $1.offset) }.prefix(3).map(\.element)
        let top = largest.map { "\($0.label) \($0.value)" }.joined(separator: language == .english ? ", " : "、")
        let summary = t("chart_summary")
            .replacingOccurrences(of: "{total}", with: "\(total) \(unit)")
            .replacingOccurrences(of: "{top}", with: top)
        return Chart(
            id: id, title: t("chart_\(id)"), summary: summary, labelHeading: labelHeading,
            valueHeading: t(cases ? "chart_cases_heading" : "chart_awards_heading"), bars: bars)
    }

    /// The bar label of an enterprise type: its common short name.
    static func shortLabel(_ type: EnterpriseType, _ language: UILanguage) -> String {
        switch (type, language) {
        case (.networkedIndustrial, .chinese): "联网工业企业"
        case (.platform, .chinese): "平台企业"
        case (.identifierResolution, .chinese): "标识解析企业"
        case (.networkedIndustrial, .english): "Networked industrial"
        case (.platform, .english): "Platform"
        case (.identifierResolution, .english): "Identifier resolution"
        }
    }
}
