import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport
@testable import CasebookVerify

@Suite("Verifying a built site")
struct SiteVerifierTests {
    @Test("broken links, missing fragments and loads from other hosts are reported with their place")
    func problemsFound() throws {
        let site = try TestSite([
            "index.html": """
            <!DOCTYPE html><html><head><link rel="stylesheet" href="assets/a.css">
            <link rel="canonical" href="https://www.example.gov.cn/"></head><body>
            <a href="cases/a/">ok</a> <a href="cases/missing/">broken</a>
            <img src="https://cdn.example.com/x.png" alt=""> <a href="https://www.example.gov.cn/">external link is fine</a>
            <a href="cases/a/#yes">ok</a> <a href="#nope">missing fragment</a> <a href="/cases/a/">absolute</a>
            </body></html>
            """,
            "cases/a/index.html": "<h2 id=\"yes\">x</h2><a href=\"../../\">home</a><script src=\"../../assets/gone.js\"></script>",
            "assets/a.css": "body { background: url(https://fonts.example.com/bg.png) }",
        ])
        let lines = SiteVerifier().verify(site.root).map(\.formatted)
        #expect(lines.count == 6, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.hasPrefix("assets/a.css:1:") && $0.contains("CB0401") })
        #expect(lines.contains { $0.hasPrefix("cases/a/index.html:1:") && $0.contains("CB0402") && $0.contains("assets/gone.js") })
        #expect(lines.contains { $0.hasPrefix("index.html:3:") && $0.contains("cases/missing/index.html does not exist") })
        #expect(lines.contains { $0.hasPrefix("index.html:4:11: error[CB0401]") })
        #expect(lines.contains { $0.hasPrefix("index.html:5:") && $0.contains("CB0405") })
        #expect(lines.contains { $0.hasPrefix("index.html:5:") && $0.contains("warning[CB0403]") })
    }

    @Test("the sample showcase verifies clean, pretty and portable")
    func sampleIsClean() throws {
        for style in ["pretty", "portable"] {
            let copy = try TestSite([:])
            try copy.write("site.yaml", "title: 校验\nlinks: \(style)\nbase_path: /showcase/\n")
            try FileManager.default.copyItem(atPath: Repository.root + "/content", toPath: copy.root + "/content")
            let result = try SiteBuilder().build(source: copy.root, output: copy.root + "/public")
            #expect(!result.diagnostics.hasErrors)
            let problems = SiteVerifier().verify(copy.root + "/public")
            #expect(problems.isEmpty, "\(style): \(problems.map(\.formatted).prefix(10))")
        }
    }
}
