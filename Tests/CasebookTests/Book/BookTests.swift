import Foundation
import Testing

@testable import Casebook
@testable import CasebookBook
@testable import CasebookPages

@Suite("Compilation book")
struct BookTests {
    /// Renders the book of `site`; fails with the diagnostics when there is an error.
    static func book(_ site: TestSite, _ selection: BookSelection = .init(), options: BuildOptions = .init()) throws -> String {
        let result = try BookBuilder().render(source: site.root, options: options, selection: selection)
        guard let book = result.book else {
            throw TestFailure("the book failed:\n" + result.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
        return String(decoding: book.page().bytes, as: UTF8.self)
    }

    static func platform(_ file: String) -> String {
        file.replacingOccurrences(of: "enterprise_type: 联网工业企业", with: "enterprise_type: 平台企业")
    }

    static let twoYears: [String: String] = [
        "site.yaml": minimalSiteYAML,
        "content/cases/a.md": platform(caseFile(title: "甲案例", region: "湖南省", year: 2022)),
        "content/cases/b.md": caseFile(title: "乙案例", region: "北京市", year: 2022),
        "content/cases/c.md": caseFile(title: "丙案例", region: "深圳市", year: 2023),
        "content/cases/d.md": caseFile("draft: true", title: "丁草稿", year: 2023),
        "content/cases/e.md": caseFile("status: recommended", title: "戊推荐", year: 2023),
        "content/regions/2022-hunan.md": "---\nregion: hunan\nyear: 2022\nawards: [overall]\nrank: 2\nsummary: 湖南概况。\n---\n正文。\n",
        "content/pages/about.md": "---\ntitle: 关于\n---\n关于正文。\n",
    ]

    @Test("only published cases, newest year first, grouped by type; drafts and recommended only when asked")
    func selectionOfPublished() throws {
        let site = try TestSite(Self.twoYears)
        let html = try Self.book(site)
        #expect(SampleBookTests.matches(#"<article class="book-case" id="case-([a-z]+)""#, in: html) == ["c", "b", "a"])
        #expect(!html.contains("丁草稿") && !html.contains("戊推荐"))
        let all = try Self.book(site, options: BuildOptions(drafts: true, includeRecommended: true))
        #expect(SampleBookTests.matches(#"<article class="book-case" id="case-([a-z]+)""#, in: all) == ["d", "e", "c", "b", "a"])
    }

    @Test("--year, --region and --type narrow the book; a typed book has no regions section")
    func filters() throws {
        let site = try TestSite(Self.twoYears)
        let year = try Self.book(site, BookSelection(year: 2022))
        #expect(SampleBookTests.matches(#"id="case-([a-z]+)""#, in: year) == ["b", "a"])
        #expect(year.contains("id=\"regions\""))
        let unit = try Self.book(site, BookSelection(region: "湖南"))
        #expect(SampleBookTests.matches(#"id="case-([a-z]+)""#, in: unit) == ["a"])
        #expect(unit.contains("湖南概况"))
        let typed = try Self.book(site, BookSelection(type: "platform"))
        #expect(SampleBookTests.matches(#"id="case-([a-z]+)""#, in: typed) == ["a"])
        #expect(!typed.contains("id=\"regions\""))
        #expect(throws: BookSelection.Invalid(.unknownUnit, value: "火星")) { try BookSelection(region: "火星") }
        #expect(throws: BookSelection.Invalid(.unknownEnterpriseType, value: "工厂")) { try BookSelection(type: "工厂") }
        #expect(throws: BookSelection.Invalid(.unknownGrouping, value: "industry")) { try BookSelection(groupBy: "industry") }
    }

    @Test("group_by unit makes one section per unit in official order")
    func groupByUnit() throws {
        var files = Self.twoYears
        files["content/cases/f.md"] = caseFile(title: "己案例", region: "河北省", year: 2022)
        let html = try Self.book(TestSite(files), BookSelection(groupBy: "unit"))
        #expect(SampleBookTests.matches(#"<h2 id="cases-\d+-([a-z]+)-heading""#, in: html) == ["shenzhen", "beijing", "hebei", "hunan"])
        files["site.yaml"] = minimalSiteYAML + "book:\n  group_by: unit\n"
        #expect(try Self.book(TestSite(files)).contains("id=\"cases-2022-hebei\""))
    }

    @Test("cover and preface follow the book settings, with site title, copyright and preface/about as defaults")
    func coverAndPreface() throws {
        var files = Self.twoYears
        files["site.yaml"] = minimalSiteYAML + "footer: { copyright: 某某单位 }\n"
        var html = try Self.book(TestSite(files))
        #expect(html.contains("<h1 class=\"cover-title\">测试站点</h1>"))
        #expect(html.contains("<p class=\"cover-publisher\">某某单位</p>"))
        #expect(html.contains("<p class=\"cover-years\">2022—2023 年度</p>"))
        #expect(html.contains("关于正文"))
        files["content/pages/preface.md"] = "---\ntitle: 序\n---\n序言正文。\n"
        files["site.yaml"] = minimalSiteYAML + "book:\n  title: 汇编\n  subtitle: 副题\n  publisher: 编印单位\n"
        html = try Self.book(TestSite(files))
        #expect(html.contains("<title>汇编</title>"))
        #expect(html.contains("<p class=\"cover-subtitle\">副题</p>") && html.contains("编印单位"))
        #expect(html.contains("序言正文") && !html.contains("关于正文"))
    }

    @Test("a preface naming no page and an unknown group_by are located errors in site.yaml")
    func settingErrors() throws {
        var files = Self.twoYears
        files["site.yaml"] = minimalSiteYAML + "book:\n  preface: foreword\n  group_by: industry\n"
        let site = try TestSite(files)
        let diagnostics = try site.render().diagnostics.filter { $0.file == "site.yaml" }
        #expect(diagnostics.map(\.code).sorted() == ["CB0102", "CB0103"])
        #expect(diagnostics.first { $0.code == "CB0102" }?.line == 3)
        #expect(diagnostics.first { $0.code == "CB0103" }?.line == 4)
        #expect(try BookBuilder().render(source: site.root).book == nil)
    }

    @Test("links in bodies jump inside the book, or lead into the site from book/")
    func links() throws {
        let body = """
            见[乙](b.md)、[乙的背景](b.md#an-li-bei-jing)、[丙](../c/)、[本文](#zhu-yao-zuo-fa)、[关于](../../pages/about/)。

            ![图](../media/a.svg)

            ## 主要做法

            正文[^1]。

            [^1]: 注释。
            """
        var files = Self.twoYears
        files["content/cases/a.md"] = Self.platform(caseFile("cover: ../media/a.svg", title: "甲案例", region: "湖南省", year: 2022, body: body))
        files["content/cases/b.md"] = caseFile(title: "乙案例", region: "北京市", year: 2022, body: "## 案例背景\n\n乙[^1]。\n\n[^1]: 乙注。")
        files["content/media/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        let site = try TestSite(files)
        let all = try Self.book(site)
        #expect(all.contains("href=\"#case-b\""))
        #expect(all.contains("href=\"#c-b-an-li-bei-jing\"") && all.contains("id=\"c-b-an-li-bei-jing\""))
        #expect(all.contains("href=\"#case-c\""))
        #expect(all.contains("href=\"#c-a-zhu-yao-zuo-fa\"") && all.contains("id=\"c-a-zhu-yao-zuo-fa\""))
        #expect(all.contains("href=\"../pages/about/index.html\""), "from disk too, without the site's script")
        #expect(all.contains("src=\"../media/a.svg\""))
        #expect(all.contains("<figure class=\"case-cover\"><img src=\"../media/a.svg\" alt=\"甲案例\"></figure>"))
        #expect(all.contains("id=\"c-a-fn-1\"") && all.contains("id=\"c-b-fn-1\"") && all.contains("href=\"#c-a-fnref-1\""))
        let rendered = try #require(try BookBuilder().render(source: site.root).book)
        let printed = String(decoding: rendered.printPage().bytes, as: UTF8.self)
        #expect(printed.contains("、关于。") && !printed.contains("pages/about"), "without base_url a PDF gets text, not a file:// link")
        #expect(printed.contains("href=\"#case-b\""))
        try site.write("site.yaml", minimalSiteYAML + "base_url: https://www.example.gov.cn/showcase/\n")
        let published = try #require(try BookBuilder().render(source: site.root).book)
        #expect(String(decoding: published.printPage().bytes, as: UTF8.self).contains("href=\"https://www.example.gov.cn/showcase/pages/about/\""))
        let only2022 = try Self.book(site, BookSelection(year: 2022))
        #expect(only2022.contains("href=\"../cases/c/index.html\""), "a case outside the book stays a link into the site")
    }

    @Test("running headers are CSS strings that cannot close the style element")
    func cssStrings() {
        #expect(BookSheets.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(BookSheets.string("</style><script>") == #""\3c /style>\3c script>""#)
        #expect(BookSheets.string("一\n二") == #""一\a 二""#)
        var sheets = BookSheets(runningTitle: "书")
        #expect(sheets.name(for: "前言") == "bk-1")
        #expect(sheets.name(for: "目录") == "bk-2")
        #expect(sheets.name(for: "前言") == "bk-1")
        #expect(sheets.css.contains("@page bk-2 { @top-right { content: \"目录\"; } }"))
    }

    @Test("years read as a range when consecutive")
    func years() {
        #expect(BookRenderer.yearsLabel([2023]) == "2023")
        #expect(BookRenderer.yearsLabel([2021, 2022, 2023]) == "2021—2023")
        #expect(BookRenderer.yearsLabel([2021, 2023]) == "2021、2023")
        #expect(BookRenderer.yearsLabel([]) == nil)
    }
}
