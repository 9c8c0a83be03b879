import Foundation
import Testing

@testable import Casebook

@Suite("Themes")
struct ThemeTests {
    @Test("a site theme overrides one template and one string and falls back to the default for the rest")
    func overrideAndFallback() throws {
        let site = try TestSite([
            "site.yaml": "title: 主题\ntheme: ministry\n",
            "content/cases/a.md": caseFile(),
            "themes/ministry/templates/taxonomy.mustache": "{{<layout}}{{$main}}<h1 class=\"ministry\">{{heading}}</h1>{{/main}}{{/layout}}",
            "themes/ministry/i18n/zh-CN.yaml": "nav_cases: 案例库\n",
            "themes/ministry/assets/extra.txt": "extra",
        ])
        let files = try site.files()
        #expect(files["years/index.html"]?.contains("<h1 class=\"ministry\">年度</h1>") == true)
        #expect(files["cases/a/index.html"]?.contains("class=\"case-header\"") == true, "the case template falls back to the default theme")
        #expect(files["index.html"]?.contains(">案例库</a>") == true, "the overriding string is used")
        #expect(files["index.html"]?.contains(">成效突出地区</a>") == true, "other strings come from the default theme")
        #expect(files.keys.contains { $0.hasPrefix("assets/extra.") && $0.hasSuffix(".txt") })
    }

    @Test("a template syntax error is located in the template file and stops the build")
    func templateSyntaxError() throws {
        let site = try TestSite([
            "site.yaml": "title: 主题\ntheme: broken\n",
            "themes/broken/templates/page.mustache": "<h1>{{heading}}</h1>\n{{#toc}}\n<p>unclosed\n",
        ])
        let result = try site.render()
        #expect(result.output == nil)
        let lines = result.diagnostics.map(\.formatted)
        #expect(lines.contains { $0.hasPrefix("themes/broken/templates/page.mustache:") && $0.contains("error[CB0302]") }, "\(lines)")
    }

    @Test("a theme that does not exist is an error in site.yaml")
    func missingTheme() throws {
        let result = try TestSite(["site.yaml": "title: x\ntheme: nowhere\n"]).render()
        #expect(result.diagnostics.map(\.formatted).contains { $0.hasPrefix("site.yaml: error[CB0301]") })
    }

    @Test("asset names carry a fingerprint of their bytes")
    func fingerprints() throws {
        let files = try TestSite(["site.yaml": minimalSiteYAML]).files()
        let css = try #require(files.keys.first { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
        #expect(css.count == "assets/style.".count + 10 + ".css".count)
        #expect(files["index.html"]?.contains("href=\"\(css)\"") == true)
    }
}
