import Foundation
import Testing

@testable import Casebook

@Suite("Writing the output")
struct OutputWriterTests {
    @Test("a build replaces the output as a whole, and a failed build leaves it untouched")
    func replaceAndKeep() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/a.md": caseFile(), "content/media/a.txt": "media"])
        let output = site.root + "/public"
        try site.write("public/stale.html", "old")
        _ = try SiteBuilder().build(source: site.root, output: output)
        #expect(FileManager.default.fileExists(atPath: output + "/cases/a/index.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/stale.html"), "files of the previous build are gone")
        #expect(try String(contentsOfFile: output + "/media/a.txt", encoding: .utf8) == "media")
        let before = try GoldenSiteTests.files(in: output)

        try site.write("content/cases/b.md", caseFile().replacingOccurrences(of: "联网工业企业", with: "工厂"))
        let failed = try SiteBuilder().build(source: site.root, output: output)
        #expect(failed.summary == nil)
        #expect(try GoldenSiteTests.files(in: output) == before, "the previous site is byte-identical")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains("casebook-") }
        #expect(leftovers.isEmpty)
    }
}
