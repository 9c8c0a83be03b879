import Foundation
import Testing

@testable import Casebook
@testable import CasebookOutput
@testable import CasebookSupport

/// A rebuild into an existing output renders only the pages whose inputs changed, rewrites only
/// the files whose bytes changed, and its result equals a clean build.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// Rebuilds that render every page anyway and fail if a page they would have kept differs:
    /// proof that the page keys miss no dependency.
    static let verifying = SiteBuilder(verifyKept: true)

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
        _ = try Self.verifying.build(source: site.root, output: output)
        try site.write("content/cases/d.md", caseFile(title: "丁案例", region: "湖北"))
        _ = try Self.verifying.build(source: site.root, output: output)
        try FileManager.default.removeItem(atPath: site.root + "/content/cases/c.md")
        _ = try Self.verifying.build(source: site.root, output: output)

        try Self.expectEqualToClean(site, output)
        #expect(FileManager.default.fileExists(atPath: output + "/cases/d/index.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/cases/c"), "a deleted case's page and folder are gone")

        let after = try FileManager.default.attributesOfItem(atPath: stableFile)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date, "an unchanged page keeps its mtime")
        #expect((after[.systemFileNumber] as? NSNumber)?.uint64Value == beforeInode, "an unchanged page is the same file")
        let changed = try String(contentsOfFile: output + "/cases/a/index.html", encoding: .utf8)
        #expect(changed.contains("甲案例（修订）"))
    }

    @Test("after one edit, pages that do not show the case are kept without rendering")
    func unrelatedPagesAreKept() throws {
        var files = ["site.yaml": "title: 增量\nper_page: 2\n"]
        let places = [("湖南省", "石油化工"), ("北京市", "电力"), ("深圳市", "钢铁")]
        for number in 0..<9 {
            let (region, industry) = places[number % 3]
            files["content/cases/c\(number).md"] = caseFile(title: "案例\(number)", region: region)
                .replacingOccurrences(of: "industry: 石油化工", with: "industry: \(industry)")
        }
        let site = try TestSite(files)
        let output = site.root + "/public"
        let first = try SiteBuilder().build(source: site.root, output: output)
        #expect(first.summary?.kept == 0, "nothing to keep from a build that never ran")

        try site.write("content/cases/c0.md", caseFile(title: "案例0（修订）"))
        let second = try SiteBuilder().build(source: site.root, output: output)
        let summary = try #require(second.summary)
        #expect(summary.kept > 0 && summary.kept < summary.pages, "kept \(summary.kept) of \(summary.pages)")
        let unrelated = try String(contentsOfFile: output + "/cases/c1/index.html", encoding: .utf8)
        #expect(unrelated.contains("案例1") && !unrelated.contains("案例0（修订）"))
        try Self.expectEqualToClean(site, output)
    }

    @Test("after a body edit, every other page is kept from its inputs alone, without making its model")
    func bodyEditKeepsOtherPagesUnmade() throws {
        let site = try TestSite([
            "site.yaml": "title: 增量\nper_page: 2\n",
            "content/cases/a.md": caseFile(title: "甲案例"),
            "content/cases/b.md": caseFile(title: "乙案例", region: "深圳", year: 2023),
            "content/regions/2022-hunan.md": "---\nregion: hunan\nyear: 2022\nawards: [overall]\nsummary: 概况。\n---\n湖南的做法。\n",
            "content/pages/about.md": "---\ntitle: 关于\n---\n关于本站。\n",
        ])
        let output = site.root + "/public"
        _ = try SiteBuilder().build(source: site.root, output: output)
        // Spoil every recorded model hash: a page kept now was kept by its inputs, its model never made.
        let keys = output + "/" + StagingFolder.keysFile
        let recorded = try String(contentsOfFile: keys, encoding: .utf8).split(separator: "\n")
        #expect(recorded.allSatisfy { $0.split(separator: " ").count == 3 && !$0.contains(" - ") }, "every page has its inputs recorded")
        try recorded.map { "stale" + $0.drop { $0 != " " } }.joined(separator: "\n").write(toFile: keys, atomically: true, encoding: .utf8)

        try site.write("content/cases/a.md", caseFile(title: "甲案例", body: "## 案例背景\n\n改过的正文。"))
        let summary = try #require(try SiteBuilder().build(source: site.root, output: output).summary)
        #expect(summary.kept == summary.pages - 1, "kept \(summary.kept) of \(summary.pages)")
        #expect(try String(contentsOfFile: output + "/cases/a/index.html", encoding: .utf8).contains("改过的正文"))
        try Self.expectEqualToClean(site, output)

        // A front-matter edit changes every page's inputs: the models are made again, and any page
        // kept by a stale model hash would fail the verifying build.
        try site.write("content/cases/b.md", caseFile(title: "乙案例（改名）", region: "深圳", year: 2023))
        #expect(try Self.verifying.build(source: site.root, output: output).summary != nil)
        #expect(try String(contentsOfFile: output + "/cases/index.html", encoding: .utf8).contains("乙案例（改名）"))
        try Self.expectEqualToClean(site, output)
    }

    @Test("in memory, after a body edit, the feeds, sitemap and open data are taken from the previous render, not made")
    func bodyEditKeepsFilesBesidePages() throws {
        let site = try TestSite([
            "site.yaml": "title: 增量\nbase_url: https://example.gov.cn/\n",
            "content/cases/a.md": caseFile(title: "甲案例"),
            "content/cases/b.md": caseFile(title: "乙案例", region: "深圳", year: 2023),
        ])
        let first = try #require(try SiteBuilder().render(source: site.root).output)
        let beside = first.keys.filter { !$0.key.hasSuffix(".html") }.map(\.key)
        #expect(beside.contains("sitemap.xml") && beside.contains { $0.hasPrefix("data/") }, "\(beside.sorted())")
        // Mark the previous render's files beside the pages: a file kept keeps the mark.
        let marked = BuildOutput(
            files: first.files.map { beside.contains($0.path) ? OutputFile(path: $0.path, text: "kept") : $0 }, copies: first.copies, keys: first.keys)

        try site.write("content/cases/a.md", caseFile(title: "甲案例", body: "## 案例背景\n\n改过的正文。"))
        let edited = try #require(try SiteBuilder().render(source: site.root, previous: marked).output)
        let kept = edited.files.filter { beside.contains($0.path) }
        #expect(kept.count == beside.count && kept.allSatisfy { $0.bytes == Array("kept".utf8) })

        try site.write("content/cases/a.md", caseFile(title: "甲案例（改名）"))
        let renamed = try #require(try SiteBuilder().render(source: site.root, previous: marked).output)
        #expect(!renamed.files.contains { beside.contains($0.path) && $0.bytes == Array("kept".utf8) }, "a title edit makes them again")
    }

    @Test("edits that reach other pages — related cases, industry, settings, theme, regions — leave no stale page")
    func farReachingEdits() throws {
        let site = try TestSite([
            "site.yaml": "title: 增量\nper_page: 2\n",
            "content/cases/a.md": caseFile(title: "甲案例"),
            "content/cases/b.md": caseFile(title: "乙案例"),
            "content/cases/c.md": caseFile(title: "丙案例", region: "北京"),
            "content/regions/2022-hunan.md": "---\nregion: hunan\nyear: 2022\nawards: [overall]\nsummary: 概况。\n---\n湖南的做法。\n",
        ])
        let output = site.root + "/public"
        _ = try SiteBuilder().build(source: site.root, output: output)
        let edits: [(String, String)] = [
            ("content/cases/b.md", caseFile(title: "乙案例（改名，出现在甲的相关案例里）")),
            ("content/cases/c.md", caseFile(title: "丙案例", region: "北京").replacingOccurrences(of: "industry: 石油化工", with: "industry: 电力")),
            ("content/cases/a.md", caseFile("tags: [蜜罐]", title: "甲案例")),
            ("content/regions/2022-hunan.md", "---\nregion: hunan\nyear: 2022\nawards: [overall]\nsummary: 新概况。\n---\n湖南的新做法。\n"),
            ("themes/ministry/i18n/zh-CN.yaml", "nav_cases: 案例库\n"),
            ("site.yaml", "title: 增量（新标题）\nper_page: 2\ntheme: ministry\n"),
            ("themes/ministry/i18n/zh-CN.yaml", "nav_cases: 全部典型案例\n"),
        ]
        for (path, text) in edits {
            try site.write(path, text)
            let result = try Self.verifying.build(source: site.root, output: output)
            #expect(result.summary != nil, "\(path): \(result.diagnostics.map(\.formatted))")
        }
        try Self.expectEqualToClean(site, output)
        let a = try String(contentsOfFile: output + "/cases/a/index.html", encoding: .utf8)
        #expect(a.contains("乙案例（改名") && a.contains("增量（新标题）") && a.contains("全部典型案例"))
    }

    static func expectEqualToClean(_ site: TestSite, _ output: String) throws {
        let clean = site.root + "/clean-" + UUID().uuidString
        _ = try SiteBuilder().build(source: site.root, output: clean)
        #expect(try GoldenSiteTests.files(in: output) == GoldenSiteTests.files(in: clean))
    }
}

/// Random edits to the sample showcase, each followed by a rebuild that checks every page it
/// would have kept: a seeded walk over the kinds of change officials make between two builds.
@Suite("Incremental builds of the sample under random edits")
struct RandomIncrementalTests {
    @Test("sixteen random edits in a row — front matter, bodies, regions, an image — no stale page, and the result equals a clean build")
    func randomEdits() throws {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(atPath: site.root, withIntermediateDirectories: true)
        for item in ["site.yaml", "content"] {
            try FileManager.default.copyItem(atPath: Repository.root + "/" + item, toPath: site.root + "/" + item)
        }
        let output = site.root + "/public"
        _ = try SiteBuilder().build(source: site.root, output: output)

        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let industries = ["电力", "钢铁", "石油化工", "汽车制造"], tags = ["[蜜罐]", "[OPC UA, 白名单]", "[]", "[资产测绘, 蜜罐]"]
        var kinds: Set<Int> = []
        for step in 0..<16 {
            let cases = LocalFileSystem().walk(site.root + "/content/cases").map(\.path).filter { $0.hasSuffix(".md") }.sorted()
            let regions = LocalFileSystem().walk(site.root + "/content/regions").map(\.path).sorted()
            let kind = next(9)
            var file = site.root + "/content/cases/" + cases[next(cases.count)]
            if kind == 7 { file = site.root + "/content/regions/" + regions[next(regions.count)] }
            var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
            func replace(_ key: String, _ value: String) {
                if let index = lines.firstIndex(where: { $0.hasPrefix(key + ": ") }) { lines[index] = key + ": " + value }
            }
            switch kind {
            case 0: replace("title", "修订标题 \(step)")
            case 1: replace("industry", industries[next(industries.count)])
            case 2: replace("tags", tags[next(tags.count)])
            case 3: replace("region", ["\"110000\"", "\"430000\"", "\"440300\""][next(3)])
            case 4: replace("summary", "新的简介 \(step)。")
            case 6, 7: lines.append("\n正文里新写的一段 \(step)。")
            default: break
            }
            switch kind {
            case 5: try FileManager.default.removeItem(atPath: file)
            case 8:
                // The same image name, other pixels: the pages that show it must say its new size.
                let image = URL(fileURLWithPath: site.root + "/content/media/hunan-grading-process.png")
                try Data(Self.png(width: UInt32(200 + step), height: UInt32(100 + step))).write(to: image)
            default: try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
            }
            kinds.insert(kind)
            let result = try IncrementalBuildTests.verifying.build(source: site.root, output: output)
            #expect(result.summary != nil, "step \(step), edit \(kind) of \(file): \(result.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        }
        #expect(kinds.isSuperset(of: [0, 5, 6, 7, 8]), "the walk edits titles, bodies, regions and the image, and deletes: \(kinds.sorted())")
        try IncrementalBuildTests.expectEqualToClean(site, output)
    }

    /// The header of a PNG image of the given size, as much as `ImageHeader` reads.
    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        let bigEndian = { (value: UInt32) in (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + bigEndian(width) + bigEndian(height)
            + [8, 2, 0, 0, 0, 0, 0, 0, 0]
    }
}
