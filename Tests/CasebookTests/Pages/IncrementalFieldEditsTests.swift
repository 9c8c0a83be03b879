import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// Page keys come from the page models: rebuilds after removing and restoring each optional
/// field, a theme string and a template re-render exactly the pages that changed. Every rebuild
/// renders the pages it would keep too and fails if one differs (`verifyKept`).
@Suite("Incremental builds over optional fields")
struct IncrementalFieldEditsTests {
    @Test("removing and restoring each optional field, a theme string and a template: no stale page, equal to a clean build")
    func editsOfEveryField() throws {
        let fields = OptionalFieldSite(seed: 31)
        let site = try TestSite(fields.files())
        let output = site.root + "/public"
        _ = try SiteBuilder().build(source: site.root, output: output)
        for field in OptionalFieldSite.fields {
            try Self.write(fields.files(without: field), to: site)
            _ = try IncrementalBuildTests.verifying.build(source: site.root, output: output)
            try Self.write(fields.files(), to: site)
            _ = try IncrementalBuildTests.verifying.build(source: site.root, output: output)
        }
        try site.write("themes/default/i18n/zh-CN.yaml", "rank: 名次\n")
        _ = try IncrementalBuildTests.verifying.build(source: site.root, output: output)
        let card = try String(contentsOfFile: Repository.root + "/themes/default/templates/case-card.mustache", encoding: .utf8)
        try site.write("themes/default/templates/case-card.mustache", card.replacingOccurrences(of: "case-card-summary", with: "case-card-lead"))
        let last = try IncrementalBuildTests.verifying.build(source: site.root, output: output)
        #expect(!last.diagnostics.hasErrors, "\(last.diagnostics.map(\.formatted))")
        try IncrementalBuildTests.expectEqualToClean(site, output)
        let home = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(home.contains("case-card-lead") && !home.contains("case-card-summary"), "the edited card template reached the home page")
    }

    /// Replaces the site's content files (not its theme or output) with `files`.
    static func write(_ files: [String: String], to site: TestSite) throws {
        for (path, text) in files { try site.write(path, text) }
    }
}
