import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookExport
@testable import CasebookPages

/// Issue 15, findings 1 and 2: scaffolds mark their placeholders, published entries may not keep
/// them, and drafts are checked leniently.
@Suite("Unfinished content")
struct UnfinishedContentTests {
    /// A site with `casebook new case 某钢铁集团安全实践`, as a new user makes it.
    static func newCase(region: String?) throws -> (site: TestSite, path: String) {
        let site = try TestSite(["site.yaml": minimalSiteYAML])
        let path = try NewContent.newCase("某钢铁集团安全实践", root: site.root, year: 2023, region: region)
        return (site, path)
    }

    @Test("finding 1: a scaffold set to draft: false is refused, each placeholder located with its field")
    func publishedPlaceholders() throws {
        let (site, path) = try Self.newCase(region: "湖南")
        let text = try String(contentsOfFile: site.root + "/" + path, encoding: .utf8)
        try site.write(path, text.replacingOccurrences(of: "draft: true", with: "draft: false"))
        let result = try site.render()
        #expect(result.output == nil, "nothing is published")
        let placeholders = result.diagnostics.filter { $0.code == "CB0150" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for field in ["enterprise", "enterprise_type", "industry", "summary"] {
            let diagnostic = try #require(placeholders.first { $0.message.hasPrefix("'\(field)'") }, "\(field): \(result.diagnostics.map(\.formatted))")
            let line = lines[diagnostic.line - 1]
            #expect(line.hasPrefix(field + ":"))
            #expect(Array(line)[diagnostic.column - 1] == "【", "the column points at the placeholder: \(diagnostic.formatted)")
            #expect(diagnostic.severity == .error && diagnostic.hint?.hasPrefix("replace it with") == true)
        }
        #expect(!placeholders.contains { $0.message.hasPrefix("'title'") }, "the title was given on the command line")
        #expect(throws: SummaryExport.Failure.self) { try SummaryExport(source: site.root).table() }
    }

    @Test("finding 1: placeholders in the body of a finished case are errors at their line and column")
    func bodyPlaceholders() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/a.md": caseFile(body: "## 案例背景\n\n正文。\n\n## 主要做法\n\n前文【待填写：具体做法】"),
        ])
        let result = try site.render()
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.formatted.hasPrefix("content/cases/a.md:17:3: error[CB0150]: the body still holds the placeholder '【待填写：具体做法】'"))
        #expect(result.output == nil)
    }

    @Test("finding 2: a fresh draft without region never blocks a build; --drafts makes its gaps errors")
    func lenientDrafts() throws {
        let (site, _) = try Self.newCase(region: nil)
        let result = try site.render()
        #expect(result.output != nil, "\(result.diagnostics.map(\.formatted))")
        #expect(result.diagnostics.map(\.code) == ["CB0151"])
        #expect(result.diagnostics[0].message.contains("'region'"))
        let withDrafts = try site.render(BuildOptions(drafts: true))
        #expect(withDrafts.output == nil)
        #expect(Set(withDrafts.diagnostics.map(\.code)) == ["CB0150"])
        #expect(withDrafts.diagnostics.contains { $0.message.hasPrefix("'region'") })
    }

    @Test("every scaffold marks its placeholders one way")
    func scaffoldsUseTheMarker() {
        let texts = [CaseScaffold(year: 2023).text(), RegionScaffold(unit: UnitTable.official.unit(named: "hunan")!, year: 2023).text()]
        for text in texts {
            #expect(!text.contains("（待填写）") && !text.contains("待补充"))
            #expect(text.components(separatedBy: Placeholder.opening).count > 3)
        }
    }
}
