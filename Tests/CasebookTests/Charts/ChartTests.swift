import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages

@Suite("Dashboard charts")
struct ChartTests {
    /// The sample showcase, loaded and published as `casebook build` does.
    static func sample() throws -> (content: SiteContent, site: Site) {
        let content = try #require(try ContentLoader().load(Repository.root).content)
        return (content, Site(content))
    }

    /// Counts computed straight from the content files, without the site model's taxonomies.
    static func published(_ content: SiteContent) -> [CaseEntry] {
        content.cases.filter { !$0.draft && $0.status != .recommended }
    }

    static func values(_ chart: Chart?) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: (chart?.bars ?? []).map { ($0.label, $0.value) })
    }

    @Test("every chart's numbers equal the counts of the published content")
    func numbersMatchContent() throws {
        let (content, site) = try Self.sample()
        let charts = DashboardCharts(site: site, strings: [:]).charts()
        let byID = Dictionary(uniqueKeysWithValues: charts.map { ($0.id, $0) })
        let cases = Self.published(content)
        #expect(cases.count == site.cases.count)

        let perUnit = Dictionary(grouping: cases, by: { $0.unit.name }).mapValues(\.count)
        #expect(Self.values(byID["units"]) == perUnit)
        #expect(
            byID["units"]?.bars.map(\.label) == UnitTable.official.units.map(\.name).filter { perUnit[$0] != nil },
            "units in official order")

        let perType = Dictionary(grouping: cases, by: { $0.enterpriseType.chinese }).mapValues(\.count)
        #expect(Self.values(byID["types"]).filter { $0.value > 0 } == perType)
        #expect(byID["types"]?.bars.count == EnterpriseType.allCases.count)

        let perGrade = Dictionary(grouping: cases.filter { $0.grade != nil }, by: { $0.grade!.chinese }).mapValues(\.count)
        #expect(Self.values(byID["grades"]).filter { $0.key != "chart_no_grade" && $0.value > 0 } == perGrade)
        #expect(byID["grades"]?.total == cases.count)

        let perYear = Dictionary(grouping: cases, by: { String($0.year) }).mapValues(\.count)
        #expect(Self.values(byID["years"]) == perYear)
        #expect(byID["years"]?.bars.map(\.label) == perYear.keys.sorted(), "oldest year first")

        let perAward = Dictionary(grouping: content.regions.flatMap(\.awards), by: { $0.chinese }).mapValues(\.count)
        #expect(Self.values(byID["awards"]).filter { $0.value > 0 } == perAward)
    }

    @Test("industries: the ten largest by name, the rest summed into one bar")
    func industriesTopTen() throws {
        let (content, site) = try Self.sample()
        let chart = DashboardCharts(site: site, strings: ["chart_other": "其他行业"]).industries()
        let perIndustry = Dictionary(grouping: Self.published(content), by: \.industry).mapValues(\.count)
        let named = chart.bars.prefix(DashboardCharts.industryLimit)
        for bar in named { #expect(perIndustry[bar.label] == bar.value, "\(bar.label)") }
        #expect(named.map(\.value) == named.map(\.value).sorted(by: >), "largest first")
        if perIndustry.count > DashboardCharts.industryLimit {
            let other = try #require(chart.bars.last)
            #expect(other.label.hasPrefix("其他行业"))
            #expect(other.route == nil)
            #expect(chart.bars.count == DashboardCharts.industryLimit + 1)
        }
        #expect(chart.total == Self.published(content).count)
    }

    @Test("the home page shows each chart as an SVG image with a title, a description and a data table")
    func homePageMarkup() throws {
        let (_, site) = try Self.sample()
        let html = try #require(SampleSiteTests.output["index.html"])
        for chart in DashboardCharts(site: site, strings: [:]).charts() {
            #expect(html.contains("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"chart-\(chart.id)-title chart-\(chart.id)-desc\""))
            #expect(html.contains("<title id=\"chart-\(chart.id)-title\">"))
            #expect(html.contains("<desc id=\"chart-\(chart.id)-desc\">"))
            #expect(html.contains("<section class=\"chart\" aria-labelledby=\"chart-\(chart.id)-heading\">"))
        }
        #expect(html.components(separatedBy: "<details class=\"chart-data\">").count - 1 == 7, "six charts and the tile map")
        #expect(!html.contains("<script>"), "the charts need no script")
    }

    @Test("bars are drawn with fixed number formatting, escaped labels and the same bytes every time")
    func svgDrawing() {
        let chart = Chart(
            id: "t", title: "A & <B>", summary: "s", labelHeading: "l", valueHeading: "v",
            bars: [
                Chart.Bar(label: "计算机、通信和其他电子设备制造业", value: 3),
                Chart.Bar(label: "<script>", value: 0),
                Chart.Bar(label: "电力", value: 7),
            ])
        let svg = BarChartSVG.render(chart)
        #expect(svg == BarChartSVG.render(chart))
        #expect(svg.contains("<title id=\"chart-t-title\">A &amp; &lt;B&gt;</title>"))
        #expect(svg.contains("&lt;script&gt;") && !svg.contains("<script>"))
        #expect(svg.contains("…"), "long labels are shortened")
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 2, "no bar for a zero")
        #expect(!svg.contains("e+") && !svg.contains("e-0"), "no exponent notation")
        #expect(BarChartSVG.number(12) == "12")
        #expect(BarChartSVG.number(12.25) == "12.3")
        #expect(BarChartSVG.number(-0.5) == "-0.5")
        #expect(BarChartSVG.number(1.0 / 3.0) == "0.3")
        #expect(BarChartSVG.textWidth("北京") == 30)
        #expect(BarChartSVG.fit("北京", width: 150) == "北京")
    }
}
