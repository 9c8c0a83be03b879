import Foundation
import Testing

@testable import Casebook
@testable import CasebookSearch

@Suite("Search index")
struct SearchIndexTests {
    static let site: [String: String] = [
        "site.yaml": "title: 搜索测试\n",
        "content/cases/a.md": caseFile(
            "tags: [蜜罐, OPC UA]\ngrade: 三级", title: "湘江明德化工分级防护实践",
            body: "## 背景\n\n湘江明德化工集团有限公司建设**工控蜜罐**。"),
        "content/cases/b.md": caseFile(
            title: "平台安全实践", region: "广东省", year: 2023,
            body: "## 背景\n\n平台部署了蜜罐系统。"),
        "content/cases/c.md": caseFile("draft: true\ncontact: { name: 张三秘密, phone: 13812345678 }", title: "草稿暗号案例"),
        "content/regions/2022-hunan.md": "---\nregion: hunan\nyear: 2022\nawards: [overall]\nsummary: 湖南工作概况。\n---\n正文。\n",
        "content/pages/about.md": "---\ntitle: 关于活动\n---\n活动介绍。\n",
    ]

    @Test("a fresh index is main.js and the base's shards and result files, under the base's folder")
    func fileCount() throws {
        let built = try TestSite(Self.site).files()
        let index = try IndexReader(built)
        let documents = try #require(index.main["n"] as? Int)
        #expect(documents == 4)
        #expect(index.main["c"] as? Int == 2)
        #expect(index.baseCount == 4 && index.idCount == 4 && index.order == [0, 1, 2, 3])
        #expect(index.main["x"] == nil && index.main["d"] == nil, "a fresh index has no delta")
        #expect(index.files.count == 1 + index.shardCount + (documents + SearchIndex.recordsPerFile - 1) / SearchIndex.recordsPerFile)
        #expect(index.files.keys.allSatisfy { $0 == SearchIndex.mainFile || $0.hasPrefix(index.baseFolder) })
        #expect(built["search/index.html"] != nil)
    }

    /// Document ids follow the site order: newest year first, so b (2023) is 0 and a (2022) is 1.
    @Test("two characters from the middle of a name find its case")
    func substring() throws {
        let index = try IndexReader(try TestSite(Self.site).files())
        #expect(try index.documents(containing: "明德") == [1])
        #expect(try index.record(1)["h"] as? String == "cases/a/")
        #expect(try index.record(1)["e"] as? String == "示例企业有限公司")
        #expect(try index.documents(containing: "工控蜜罐") == [1])
        #expect(try index.postings("opc").map(\.document) == [1])
        #expect(try index.postings("蜜").map(\.document) == [0, 1])
    }

    @Test("a match in the title or tags weighs more than one in the body")
    func fieldWeights() throws {
        let index = try IndexReader(try TestSite(Self.site).files())
        let impacts = Dictionary(uniqueKeysWithValues: try index.postings("蜜罐").map { ($0.document, $0.impact) })
        let tagged = try #require(impacts[1]), bodyOnly = try #require(impacts[0])
        #expect(tagged > bodyOnly)
        #expect((1...16).contains(bodyOnly))
    }

    @Test("cases, regions and pages are indexed; drafts and private fields are not")
    func whatIsIndexed() throws {
        let built = try TestSite(Self.site).files()
        let index = try IndexReader(built)
        #expect(try index.record(2)["t"] as? String == "湖南省 2022 年度")
        #expect(try index.record(2)["h"] as? String == "regions/hunan/")
        #expect(try index.record(3)["t"] as? String == "关于活动")
        #expect(try index.documents(containing: "草稿暗号").isEmpty)
        for (path, text) in built {
            #expect(!text.contains("张三秘密") && !text.contains("13812345678"), "\(path) leaks a contact")
        }
    }

    @Test("a result file holds what a card shows under sorted keys: no tags, no empty enterprise, the notice mark only when set")
    func records() throws {
        var site = Self.site
        site["content/cases/b.md"] = caseFile("status: publicity", title: "平台安全实践", region: "广东省", year: 2023)
        let built = try TestSite(site).files()
        let index = try IndexReader(built)
        #expect(try index.record(0)["p"] as? Int == 1)
        #expect(try index.record(1).keys.sorted() == ["e", "h", "s", "t"])
        #expect(try index.record(3).keys.sorted() == ["h", "s", "t"], "a page has no enterprise")
        let file = try #require(built[index.baseFolder + "d/0.js"])
        #expect(file.hasPrefix("casebookSearch.d(0,[{\"e\":\"示例企业有限公司\",\"h\":\"cases/b/\",\"p\":1,\"s\":"))
    }

    @Test("facet columns hold each document's year, unit, type and grade")
    func facets() throws {
        let index = try IndexReader(try TestSite(Self.site).files())
        let years = try index.facet("year"), units = try index.facet("unit"), kinds = try index.facet("kind")
        #expect(years.keys == ["2023", "2022"])
        #expect(years.column.map { $0 == 0 ? "" : years.keys[$0 - 1] } == ["2023", "2022", "2022", ""])
        #expect(units.column.map { $0 == 0 ? "" : units.keys[$0 - 1] } == ["guangdong", "hunan", "hunan", ""])
        #expect(kinds.column == [1, 1, 2, 3])
        let grades = try index.facet("grade")
        #expect(grades.keys == ["level-3"])
        #expect(grades.column == [0, 1, 0, 0])
        let types = try index.facet("type")
        #expect(types.column == [1, 1, 0, 0])
    }

    @Test("the same content gives the same bytes; pages name main.js without a version")
    func deterministic() throws {
        let first = try TestSite(Self.site).files().filter { $0.key.hasPrefix("search/") }
        let second = try TestSite(Self.site).files().filter { $0.key.hasPrefix("search/") }
        #expect(first == second)
        let page = try #require(first["search/index.html"])
        #expect(page.contains("data-main=\"search/data/main.js\""))
        #expect(!page.contains("main.js?v="))
    }
}
