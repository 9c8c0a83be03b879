import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport
@testable import CasebookVerify

/// Issue 15, findings 3, 6, 7 and 9: years, images, ranks and the 404 page.
@Suite("What content means")
struct ContentMeaningTests {
    /// A PNG header of the given size, padded to `bytes`.
    static func png(width: Int, height: Int, bytes: Int = 64) -> [UInt8] {
        func be32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
        let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be32(13) + Array("IHDR".utf8) + be32(width) + be32(height) + [8, 2, 0, 0, 0]
        return header + Array(repeating: 0, count: max(0, bytes - header.count))
    }

    @Test("finding 3: year 2035 on a case dated 2023 is a warning naming both; years: makes it an error")
    func years() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/a.md": caseFile("date: 2023-04-20", year: 2035)])
        let warning = try #require(try site.render().diagnostics.first)
        #expect(warning.formatted.hasPrefix("content/cases/a.md:6:7: warning[CB0153]: year 2035 is later than its date 2023-04-20 (2023)"))
        try site.write("site.yaml", minimalSiteYAML + "years: [2022, 2023]\n")
        let error = try #require(try site.render().diagnostics.first)
        #expect(error.formatted.hasPrefix("content/cases/a.md:6:7: error[CB0152]: year 2035 is not one of the campaign's years"))
        try site.write("content/cases/a.md", caseFile("date: 2023-04-20", year: 2021))
        try site.write("site.yaml", minimalSiteYAML)
        #expect(try site.render().diagnostics.first?.message == "year 2021 is before 2022, the campaign's first year")
    }

    @Test("image headers give the size of PNG, GIF, JPEG and WebP files")
    func imageHeaders() {
        #expect(ImageHeader(Self.png(width: 640, height: 480)) == ImageHeader(Self.png(width: 640, height: 480)))
        #expect(ImageHeader(Self.png(width: 640, height: 480))?.width == 640)
        #expect(ImageHeader(Array("GIF89a".utf8) + [0x20, 0x03, 0x58, 0x02, 0, 0])?.height == 600)
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0, 0, 0xFF, 0xC0, 0x00, 0x11, 8, 0x01, 0xE0, 0x02, 0x80, 3, 0, 0, 0, 0]
        #expect(ImageHeader(jpeg).map { [$0.width, $0.height] } == [640, 480])
        var webp = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + Array(repeating: 0, count: 8)
        webp += [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]
        #expect(ImageHeader(webp).map { [$0.width, $0.height] } == [640, 480])
        #expect(ImageHeader(Array("not an image at all, really".utf8)) == nil)
    }

    @Test("finding 6: body and cover images get their size, lazy loading and async decoding; a large one is reported")
    func images() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML + "images: { max_kb: 4 }\n",
            "content/cases/a.md": caseFile("cover: ../media/cover.png", body: "正文。\n\n![现场照片](../media/photo.png)"),
        ])
        try site.write("content/media/photo.png", bytes: Self.png(width: 640, height: 480, bytes: 5000))
        try site.write("content/media/cover.png", bytes: Self.png(width: 1200, height: 800))
        let result = try site.render()
        #expect(
            result.diagnostics.map(\.formatted) == [
                "content/media/photo.png: warning[CB0156]: content/media/photo.png is 4 KB, more than the 4 KB an image may have; make it smaller (at most 1600 pixels wide, JPEG at 80% quality for photos), or raise `images: { max_kb: … }` in site.yaml"
            ])
        let page = try #require(result.output?.files.first { $0.path == "cases/a/index.html" }).bytes
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.contains(#"<img src="../../media/photo.png" alt="现场照片" width="640" height="480" loading="lazy" decoding="async" />"#))
        #expect(html.contains(#"alt="示例案例" width="1200" height="800" decoding="async">"#))
    }

    /// Two regions with the overall award in 2022, ranked 2 and 1 in their files.
    static func rankedSite(_ yaml: String) throws -> TestSite {
        func region(_ unit: String, rank: Int) -> String {
            "---\nregion: \(unit)\nyear: 2022\nawards: [overall]\nsummary: 概况。\nrank: \(rank)\n---\n正文。\n"
        }
        return try TestSite([
            "site.yaml": minimalSiteYAML + yaml + "book: { enabled: true }\n", "content/cases/a.md": caseFile(),
            "content/regions/2022-hubei.md": region("hubei", rank: 1), "content/regions/2022-hunan.md": region("hunan", rank: 2),
        ])
    }

    @Test("finding 7: without ranked: no rank is shown on the regions page or in the book, and each rank is a warning")
    func unrankedLists() throws {
        let site = try Self.rankedSite("")
        let result = try site.render()
        #expect(result.diagnostics.map(\.code) == ["CB0221", "CB0221"])
        let files = try site.files()
        for page in ["regions/index.html", "book/index.html"] {
            let html = try #require(files[page])
            #expect(!html.contains("排名 1") && !html.contains("排名 2") && !html.contains("（排名"), "\(page)")
            #expect(html.contains("排名不分先后"), "\(page)")
        }
    }

    @Test("finding 7: a ranked year lists its overall winners in rank order, without the 排名不分先后 note; gaps are errors")
    func rankedLists() throws {
        let site = try Self.rankedSite("ranked: [2022]\n")
        let files = try site.files()
        let regions = try #require(files["regions/index.html"])
        let hubei = try #require(regions.range(of: "湖北省")), hunan = try #require(regions.range(of: "湖南省"))
        #expect(hubei.lowerBound < hunan.lowerBound, "rank 1 first, though 湖南 comes first in official order")
        let year = try #require(regions.range(of: "id=\"year-2022\"")), units = try #require(regions.range(of: "id=\"units-heading\""))
        let yearBlock = regions[year.upperBound..<units.lowerBound]
        #expect(yearBlock.contains("排名 1") && yearBlock.contains("排名 2") && !yearBlock.contains("排名不分先后"))
        let book = try #require(files["book/index.html"])
        #expect(book.contains("湖北省（排名 1）、湖南省（排名 2）") && !book.contains("排名不分先后"))
        try site.write(
            "content/regions/2022-hunan.md",
            try String(contentsOfFile: site.root + "/content/regions/2022-hunan.md", encoding: .utf8)
                .replacingOccurrences(of: "rank: 2", with: "rank: 1"))
        let clash = try site.render()
        #expect(clash.output == nil)
        #expect(clash.diagnostics.map(\.code) == ["CB0220"])
        #expect(
            clash.diagnostics[0].message.contains("content/regions/2022-hubei.md: 1")
                && clash.diagnostics[0].message.contains("content/regions/2022-hunan.md: 1"))
    }

    @Test("finding 9: base_path makes the 404 page link from the site's path; without it check warns and verify reports it")
    func notFoundPage() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/a.md": caseFile()])
        #expect(try SiteBuilder().diagnostics(source: site.root, hosting: true).map(\.code) == ["CB0157"])
        let output = site.root + "/public"
        _ = try SiteBuilder().build(source: site.root, output: output)
        let deep = SiteVerifier().verify(output).filter { $0.code == "CB0158" }
        #expect(deep.count == 1 && deep[0].file == "404.html", "\(deep.map(\.formatted))")

        try site.write("site.yaml", minimalSiteYAML + "base_path: /showcase/\n")
        #expect(try SiteBuilder().diagnostics(source: site.root, hosting: true).isEmpty)
        _ = try SiteBuilder().build(source: site.root, output: output)
        #expect(SiteVerifier().verify(output).filter { $0.code == "CB0158" }.isEmpty)
        let page = try String(contentsOfFile: output + "/404.html", encoding: .utf8)
        #expect(page.contains(#"href="/showcase/""#) && page.contains(#"href="/showcase/cases/""#))
    }
}
