import Foundation
import Testing
@testable import Casebook

/// A rebuild into an existing output rewrites only the files whose bytes changed, and its result
/// equals a clean build.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    @Test("after edits, additions and deletions the output equals a clean build, and untouched files keep their mtime")
    func incrementalEqualsClean() throws {
        let site = try TestSite([
            "site.yaml": "title: 增量\nper_page: 2\n",
            "content/cases/a.md": caseFile(title: "甲案例"),
            "content/cases/b.md": caseFile(title: "乙案例", region: "深圳", year: 2023),
            "content/cases/c.md": caseFile(title: "丙案例", region: "北京"),
            "content/media/logo.txt": "logo",
        ])
        let output = site.root + "/public"
        _ = try SiteBuilder().build(source: site.root, output: output)
        let stableFile = output + "/regions/xizang/index.html"
        let before = try FileManager.default.attributesOfItem(atPath: stableFile)
        let beforeInode = (before[.systemFileNumber] as? NSNumber)?.uint64Value
        Thread.sleep(forTimeInterval: 1.1)

        // An edit, an addition and a deletion, built one after another into the same folder.
        try site.write("content/cases/a.md", caseFile(title: "甲案例（修订）"))
        _ = try SiteBuilder().build(source: site.root, output: output)
        try site.write("content/cases/d.md", caseFile(title: "丁案例", region: "湖北"))
        _ = try SiteBuilder().build(source: site.root, output: output)
        try FileManager.default.removeItem(atPath: site.root + "/content/cases/c.md")
        _ = try SiteBuilder().build(source: site.root, output: output)

        let clean = site.root + "/clean"
        _ = try SiteBuilder().build(source: site.root, output: clean)
        #expect(try GoldenSiteTests.files(in: output) == GoldenSiteTests.files(in: clean))
        #expect(FileManager.default.fileExists(atPath: output + "/cases/d/index.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/cases/c/index.html"))

        let after = try FileManager.default.attributesOfItem(atPath: stableFile)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date, "an unchanged page keeps its mtime")
        #expect((after[.systemFileNumber] as? NSNumber)?.uint64Value == beforeInode, "an unchanged page is the same file")
        let changed = try String(contentsOfFile: output + "/cases/a/index.html", encoding: .utf8)
        #expect(changed.contains("甲案例（修订）"))
    }
}
