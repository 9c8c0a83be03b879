import Testing

@testable import Casebook

@Suite("Output safety")
struct SafetyTests {
    @Test("markup in front matter is escaped and scripts from content never reach the output")
    func injection() throws {
        let body = """
            ## 背景<script>alert(1)</script>

            <img src=x onerror="alert(2)">

            [点我](javascript:alert(3)) [再点](JaVaScRiPt:alert(4)) ![图](data:image/png;base64,AAAA)

            <a href="#" onclick="alert(5)">x</a>
            """
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/evil.md": caseFile("tags: [\"<b>标签</b>\"]", title: "'\"><script>alert(0)</script>'", body: body),
        ])
        let files = try site.files()
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(!html.contains("<script>alert"), "\(path) carries a script from content")
            #expect(!html.localizedLowercase.contains("javascript:"), "\(path) carries a javascript: URL")
            #expect(!html.contains("onerror="), "\(path) carries an event handler")
            #expect(!html.contains("onclick="), "\(path) carries an event handler")
            #expect(!html.contains("data:image"), "\(path) carries a data: URL")
        }
        let page = try #require(files["cases/evil/index.html"])
        #expect(page.contains("&quot;&gt;&lt;script&gt;alert(0)&lt;/script&gt;"))
        #expect(page.contains("&lt;b&gt;标签&lt;/b&gt;"))
    }

    @Test("a javascript: URL in front matter is refused with a located error")
    func unsafeSourceURL() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/a.md": caseFile("sources:\n  - { title: 通知, url: \"javascript:alert(1)\" }"),
        ])
        let result = try site.render()
        #expect(result.output == nil)
        #expect(result.diagnostics.map(\.formatted).contains { $0.hasPrefix("content/cases/a.md:10:") && $0.contains("CB0108") })
    }

    @Test("the contact block is never published")
    func contactStaysPrivate() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/a.md": caseFile("contact: { name: 保密联系人, phone: 010-5555-0199, email: secret@example.cn }"),
            "content/regions/2022-hunan.md": """
            ---
            region: hunan
            year: 2022
            awards: [overall]
            summary: 概况
            contact:
              name: 地区联系人
              phone: 0731-5555-0100
            ---
            正文
            """,
        ])
        for (path, text) in try site.files() {
            for secret in ["保密联系人", "010-5555-0199", "secret@example.cn", "地区联系人", "0731-5555-0100"] {
                #expect(!text.contains(secret), "\(path) contains \(secret)")
            }
        }
    }
}
