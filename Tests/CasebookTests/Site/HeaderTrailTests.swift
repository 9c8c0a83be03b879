import Testing

@testable import Casebook
@testable import CasebookMarkdown
@testable import CasebookPages

@Suite("Header menu and breadcrumbs")
struct HeaderTrailTests {
    @Test("short menus share the row; long ones keep what fits beside 「更多」")
    func menu() {
        let labels = ["首页", "典型案例", "成效突出地区", "关于活动"]
        #expect(HeaderMenu.shownCount(title: "工业互联网安全深度行", labels: labels) == 4)
        let long = labels + ["关于组织推荐深度行活动典型案例和成效突出地区的通知", "分类分级"]
        #expect(HeaderMenu.shownCount(title: "工业互联网安全深度行", labels: long) == 4, "items after the first that does not fit go behind 更多")
        #expect(HeaderMenu.shownCount(title: String(repeating: "长", count: 40), labels: long) >= 1)
    }

    @Test("links relative to the page; BreadcrumbList only with base_url, without an address for the page itself")
    func breadcrumbs() throws {
        let trail = Breadcrumbs(steps: [
            .init(label: "首页", route: ""), .init(label: "成效突出地区", route: "regions/"),
            .init(label: "湖南省", route: "regions/hunan/"),
        ])
        let relative = trail.model(route: "regions/hunan/", routes: Routes(portable: false), baseURL: nil)
        #expect(relative.breadcrumbs.map(\.href) == ["../../", "../../regions/", "../../regions/hunan/"])
        #expect(relative.breadcrumbs.map(\.current) == [false, false, true])
        #expect(relative.breadcrumbJSON == nil)
        let absolute = trail.model(route: "regions/hunan/", routes: Routes(portable: true), baseURL: "https://example.gov.cn/s/")
        let json = try #require(absolute.breadcrumbJSON)
        #expect(json.contains("\"@type\":\"BreadcrumbList\""))
        #expect(json.contains("\"item\":\"https://example.gov.cn/s/regions/\""))
        #expect(!json.contains("regions/hunan/"), "the current page names no address")
        #expect(absolute.breadcrumbs.first?.href == "../../index.html")
    }

    @Test("footnotes get the body's id prefix and the page's label")
    func footnotes() {
        let html = MarkdownRenderer(options: MarkdownOptions(idPrefix: "y2023-")).render("正文[^1]\n\n[^1]: 注释").html
        #expect(html.contains("href=\"#y2023-fn-1\" id=\"y2023-fnref-1\""))
        #expect(html.contains("<li id=\"y2023-fn-1\">"))
        #expect(html.contains("href=\"#y2023-fnref-1\""))
        var english = MarkdownOptions()
        english.footnoteBackLabel = "Back to <text>"
        #expect(MarkdownRenderer(options: english).render("a[^x]\n\n[^x]: b").html.contains("aria-label=\"Back to &lt;text&gt;\""))
    }
}
