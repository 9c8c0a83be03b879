import Foundation
import Testing

@testable import Casebook
@testable import CasebookPages

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Feed, sitemap and social tags")
struct FeedTests {
    static let site: [String: String] = [
        "site.yaml": "title: 订阅测试\nbase_url: https://www.example.gov.cn/showcase\nlist_dates: {2022: 2023-04-20}\nfooter: { copyright: 测试单位 }\n",
        "content/cases/dated.md": caseFile("date: 2024-01-05\ntags: [\"</script><b>\"]", title: "有日期的案例 & <b>", year: 2023),
        "content/cases/listed.md": caseFile(title: "按名单日期", year: 2022),
        "content/cases/plain.md": caseFile(title: "没有名单日期", year: 2021),
        "content/regions/2022-hunan.md": "---\nregion: hunan\nyear: 2022\nawards: [overall]\nsummary: 概况。\n---\n正文\n",
    ]

    /// Whether `text` is well-formed XML.
    static func parses(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }

    /// The values of `attribute` in every `<tag … attribute="…">` of `text`.
    static func values(of attribute: String, in tag: String, _ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<\(tag)\\b[^>]*\\s\(attribute)=\"([^\"]*)\"")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test("the Atom feed parses, links only published pages and dates entries without the clock")
    func atomFeed() throws {
        let files = try TestSite(Self.site).files()
        let feed = try #require(files["feed.xml"])
        #expect(Self.parses(feed))
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">"))
        for href in Self.values(of: "href", in: "link", feed) where href != "https://www.example.gov.cn/showcase/feed.xml" {
            let path = String(href.dropFirst("https://www.example.gov.cn/showcase/".count))
            #expect(files[path.isEmpty ? "index.html" : path + "index.html"] != nil, "feed links \(href), which is not a page")
        }
        #expect(feed.contains("<published>2024-01-05T00:00:00+08:00</published>"), "the case's own date")
        #expect(feed.contains("<published>2023-04-20T00:00:00+08:00</published>"), "the list date of its year")
        #expect(feed.contains("<published>2021-12-31T00:00:00+08:00</published>"), "the last day of its year")
        #expect(feed.contains("<updated>2024-01-05T00:00:00+08:00</updated>"), "the feed is as new as its newest entry")
        #expect(feed.contains("有日期的案例 &amp; &lt;b&gt;"))
        #expect(feed.contains("<id>https://www.example.gov.cn/showcase/regions/hunan/#2022</id>"))
        let published = Self.values(of: "href", in: "link", feed)
        #expect(
            published.firstIndex(of: "https://www.example.gov.cn/showcase/cases/dated/")! < published.firstIndex(
                of: "https://www.example.gov.cn/showcase/cases/plain/")!,
            "newest first")
    }

    @Test("without base_url the feed links relative to itself and there is no sitemap or robots.txt")
    func noBaseURL() throws {
        var site = Self.site
        site["site.yaml"] = "title: 订阅测试\n"
        let files = try TestSite(site).files()
        let feed = try #require(files["feed.xml"])
        #expect(Self.parses(feed))
        #expect(feed.contains("href=\"cases/dated/\""))
        #expect(feed.contains("<id>urn:casebook:cases:dated</id>"))
        #expect(files["sitemap.xml"] == nil && files["robots.txt"] == nil)
        #expect(files["index.html"]?.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\"") == true)
    }

    @Test("the sitemap lists exactly the published pages, and robots.txt points at it")
    func sitemap() throws {
        let files = try TestSite(Self.site).files()
        let sitemap = try #require(files["sitemap.xml"])
        #expect(Self.parses(sitemap))
        let listed = Set(sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] })
        let pages = Set(files.keys.filter { $0.hasSuffix("index.html") }.map { "https://www.example.gov.cn/showcase/" + $0.dropLast("index.html".count) })
        #expect(listed == pages)
        #expect(!sitemap.contains("404"))
        #expect(files["robots.txt"] == "User-agent: *\nDisallow:\n\nSitemap: https://www.example.gov.cn/showcase/sitemap.xml\n")
    }

    @Test("case pages carry Open Graph tags and schema.org JSON-LD that cannot close its script")
    func socialTags() throws {
        let page = try #require(try TestSite(Self.site).files()["cases/dated/index.html"])
        #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://www.example.gov.cn/showcase/cases/dated/\">"))
        #expect(page.contains("<meta property=\"article:published_time\" content=\"2024-01-05\">"))
        let script = try #require(
            page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?.components(separatedBy: "</script>").first)
        #expect(!script.contains("<"), "no < inside the JSON-LD, so no </script>")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        #expect(json["@type"] as? String == "Article")
        #expect(json["headline"] as? String == "有日期的案例 & <b>")
        #expect(json["keywords"] as? String == "</script><b>")
        #expect(json["datePublished"] as? String == "2024-01-05")
        #expect(json["url"] as? String == "https://www.example.gov.cn/showcase/cases/dated/")
        #expect(json["description"] == nil && json["mainEntityOfPage"] == nil, "the JSON-LD leaves the summary to the meta tags and names the URL once")
    }

    @Test("list_dates must map years to YYYY-MM-DD dates")
    func listDatesValidation() throws {
        let result = try TestSite(["site.yaml": "title: x\nlist_dates: {2022: 2023/4/20}\n"]).render()
        #expect(result.diagnostics.contains { $0.code == "CB0109" && $0.file == "site.yaml" })
        let list = try TestSite(["site.yaml": "title: x\nlist_dates: [2022]\n"]).render()
        #expect(list.diagnostics.contains { $0.code == "CB0102" })
    }

    @Test("JSON is written with sorted keys, escaped text and the same bytes every time")
    func jsonValue() {
        let value = JSONValue.object(["b": .int(1), "a": .array([.string("\"\\\n</x>"), .null, .bool(true)]), "c": .object([:])])
        #expect(value.serialized(pretty: false) == #"{"a":["\"\\\n</x>",null,true],"b":1,"c":{}}"#)
        #expect(value.serialized(pretty: false, htmlSafe: true).contains(#"\u003c/x\u003e"#))
        #expect(value.serialized() == value.serialized())
    }
}
