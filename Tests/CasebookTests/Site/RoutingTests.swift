import Testing

@testable import Casebook
@testable import CasebookPages

@Suite("Routes and links")
struct RoutingTests {
    @Test("links are relative to the page, pretty or portable")
    func relativeLinks() {
        let pretty = Routes(portable: false), portable = Routes(portable: true)
        #expect(pretty.link(from: "cases/a/", to: "cases/b/") == "../../cases/b/")
        #expect(pretty.link(from: "", to: "") == "./")
        #expect(pretty.link(from: "cases/page/2/", to: "") == "../../.././")
        #expect(portable.link(from: "cases/a/", to: "regions/hunan/") == "../../regions/hunan/index.html")
        #expect(portable.link(from: "", to: "") == "index.html")
        #expect(Routes.file(for: "") == "index.html")
    }

    @Test("Markdown destinations are rewritten for the page that shows them")
    func linkResolver() {
        let resolver = LinkResolver(routes: Routes(portable: false), routeOfSource: ["content/cases/2023/b.md": "cases/b/"])
        let from = "content/cases/2022/a.md", route = "cases/a/"
        #expect(resolver.resolve("../../media/x.png", sourceFile: from, route: route) == "../../media/x.png")
        #expect(resolver.resolve("../2023/b.md#zuo-fa", sourceFile: from, route: route) == "../../cases/b/#zuo-fa")
        #expect(resolver.resolve("../other/", sourceFile: from, route: route) == "../other/")
        #expect(resolver.resolve("/regions/hunan/", sourceFile: from, route: route) == "../../regions/hunan/")
        #expect(resolver.resolve("https://www.example.gov.cn/", sourceFile: from, route: route) == "https://www.example.gov.cn/")
        #expect(resolver.resolve("#section", sourceFile: from, route: route) == "#section")
        let portable = LinkResolver(routes: Routes(portable: true), routeOfSource: [:])
        #expect(portable.resolve("../other/", sourceFile: from, route: route) == "../other/index.html")
    }

    @Test("pagination splits lists and links every page")
    func pagination() throws {
        var files: [String: String] = ["site.yaml": "title: 分页\nper_page: 2\n"]
        for index in 1...5 { files["content/cases/c\(index).md"] = caseFile(title: "案例\(index)") }
        let built = try TestSite(files).files()
        #expect(built["cases/index.html"] != nil)
        #expect(built["cases/page/2/index.html"] != nil)
        #expect(built["cases/page/3/index.html"] != nil)
        #expect(built["cases/page/4/index.html"] == nil)
        let second = try #require(built["cases/page/2/index.html"])
        #expect(second.contains("href=\"../../../cases/\" rel=\"prev\""))
        #expect(second.contains("href=\"../../../cases/page/3/\" rel=\"next\""))
        #expect(built["years/2022/page/3/index.html"] != nil)
    }

    @Test("English interface uses English labels")
    func englishInterface() throws {
        let built = try TestSite(["site.yaml": "title: Showcase\nlanguage: en\n", "content/cases/a.md": caseFile("grade: 三级")]).files()
        let page = try #require(built["cases/a/index.html"])
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("Networked industrial enterprise"))
        #expect(page.contains("Level 3"))
        #expect(page.contains("Hunan"))
    }
}
