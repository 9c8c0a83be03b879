import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookExport
@testable import CasebookSupport

@Suite("Summary table export and import")
struct SummaryTests {
    static func site() throws -> TestSite {
        try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/2022/b.md": caseFile(
                "grade: 3\nrecommender: 北京市经济和信息化局\ncontact: { name: 张三, phone: \"+86-10-5555\" }",
                title: "北京案例", region: "北京"),
            "content/cases/2022/a.md": caseFile("contact: { name: 李四, phone: 0731-5555 }", title: "湖南案例", region: "湖南省"),
            "content/cases/2023/c.md": caseFile(title: "二〇二三年湖南案例", region: "hunan", year: 2023),
            "content/cases/2022/d.md": caseFile("draft: true", title: "草稿案例", region: "湖南省"),
            "content/cases/2022/e.md": caseFile("status: recommended", title: "推荐中的案例", region: "深圳"),
        ])
    }

    @Test("rows follow the official unit order, drafts are left out, filters narrow by year and unit")
    func table() throws {
        let site = try Self.site()
        let all = try SummaryExport(source: site.root).table()
        #expect(all.headers == SummaryTable.publicHeaders)
        #expect(all.rows.map { $0[1] } == ["北京案例", "湖南案例", "二〇二三年湖南案例", "推荐中的案例"])
        #expect(all.rows.map { $0[0] } == ["1", "2", "3", "4"])
        #expect(
            all.rows[0] == [
                "1", "北京案例", "示例企业有限公司", "联网工业企业", "石油化工", "三级", "北京市", "北京市经济和信息化局",
                "2022", "入选", "", "一段简介。", "b",
            ])
        let hunan2022 = try SummaryExport(source: site.root, year: 2022, region: "430000").table()
        #expect(hunan2022.rows.map { $0[1] } == ["湖南案例"])
        #expect(hunan2022.title.hasPrefix("2022年 湖南省"))
        #expect(throws: SummaryExport.Failure(.unknownUnit("火星", suggestions: UnitTable.official.suggestions(for: "火星")))) {
            try SummaryExport(source: site.root, region: "火星").table()
        }
    }

    @Test("contact columns appear only with include-private, read apart from the site model")
    func privateColumns() throws {
        let site = try Self.site()
        let plain = try SummaryExport(source: site.root).table()
        #expect(!String(decoding: plain.csv(), as: UTF8.self).contains("张三"))
        let withContacts = try SummaryExport(source: site.root, includePrivate: true).table()
        #expect(withContacts.headers == SummaryTable.publicHeaders + SummaryTable.privateHeaders)
        #expect(withContacts.rows[0].suffix(2) == ["张三", "+86-10-5555"])
        #expect(withContacts.rows[2].suffix(2) == ["", ""])
        #expect(try CSV.read(withContacts.csv())[1].suffix(2) == ["张三", "+86-10-5555"], "the phone number survives the formula guard")
    }

    /// What a round trip must keep of each case.
    static func fields(_ entry: CaseEntry) -> [String] {
        [
            entry.slug, entry.title, entry.enterprise, entry.enterpriseType.rawValue, entry.unit.id, String(entry.year), entry.industry,
            entry.status.rawValue, entry.summary,
        ]
    }

    @Test("finding 8: an all-year export, CSV or XLSX, imports into an empty site with no --year and recreates the same cases")
    func roundTrip() throws {
        let source = try Self.site()
        let original = try #require(try ContentLoader().load(source.root).content).cases.filter { !$0.draft }
        for format in SummaryExport.Format.allCases {
            let exported = try SummaryExport(source: source.root, includePrivate: true).table()
            #expect(exported.headers.contains("年度") && exported.headers.contains("状态"))
            let bytes = format == .csv ? exported.csv() : try exported.xlsx()
            let file = source.root + "/summary." + format.rawValue
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let target = try TestSite(["site.yaml": minimalSiteYAML])
            let first = try SummaryImport(root: target.root).run(SummaryImport.table(at: file))
            #expect(first.created.count == exported.rows.count && first.skipped.isEmpty && first.warnings.isEmpty, "\(format): \(first.warnings)")
            let recreated = try #require(try ContentLoader().load(target.root).content).cases
            #expect(Set(recreated.map(Self.fields)) == Set(original.map(Self.fields)), "\(format)")
            #expect(!recreated.contains { !$0.draft }, "imported cases wait as drafts for their body")
            let second = try SummaryImport(root: target.root).run(SummaryImport.table(at: file))
            #expect(second.created.isEmpty && second.skipped.count == exported.rows.count)
            let built = try target.render()
            #expect(!built.diagnostics.hasErrors, "\(built.diagnostics.map(\.formatted))")
            let published = built.output?.files.map { String(decoding: $0.bytes, as: UTF8.self) } ?? []
            #expect(!published.contains { $0.contains("张三") || $0.contains("5555") }, "imported contacts stay private")
        }
    }

    @Test("finding 8: the --output extension picks the format; --format must agree with it")
    func formatAgreement() throws {
        #expect(try SummaryExport.format(output: "x.xlsx", format: nil) == .xlsx)
        #expect(try SummaryExport.format(output: "x.CSV", format: .csv) == .csv)
        #expect(try SummaryExport.format(output: nil, format: nil) == .csv)
        #expect(try SummaryExport.format(output: "-", format: nil) == .csv)
        #expect(throws: SummaryExport.Failure(.formatDisagrees(output: "x.csv", format: .xlsx))) { try SummaryExport.format(output: "x.csv", format: .xlsx) }
        #expect(throws: SummaryExport.Failure(.unknownExtension(output: "x.txt"))) { try SummaryExport.format(output: "x.txt", format: nil) }
        #expect(throws: SummaryExport.Failure(.extensionDisagrees(output: "x.txt", format: .csv))) { try SummaryExport.format(output: "x.txt", format: .csv) }
        #expect(throws: SummaryExport.Failure(.workbookToStandardOutput)) { try SummaryExport.format(output: "-", format: .xlsx) }
    }

    @Test("finding 8: the command refuses --output x.csv --format xlsx with exit 2 and accepts -o")
    func exportCommand() throws {
        let site = try Self.site()
        let clash = try CasebookProcess.run(["export", "summary", "--source", site.root, "--output", site.root + "/x.csv", "--format", "xlsx"], in: site.root)
        #expect(clash.status == 2)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/x.csv"))
        let short = try CasebookProcess.run(["export", "summary", "--source", site.root, "-o", site.root + "/all.xlsx"], in: site.root)
        #expect(short.status == 0, "\(short.errors)")
        let data = try #require(FileManager.default.contents(atPath: site.root + "/all.xlsx"))
        #expect(data.starts(with: [0x50, 0x4B]), "a zip: the extension alone made it a workbook")
    }

    @Test("headings are recognised in their common variants; other columns are reported; existing files are kept")
    func importDetails() throws {
        let target = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/2023/hu-nan-mou-hua-gong-2023.md": caseFile(title: "旧的", year: 2023)])
        let table = [
            ["2023年度典型案例推荐汇总表"],
            ["序号", "案例名称*", "申报单位名称", "企业类型", "行业", "企业定级（一/二/三级）", "省份", "推荐单位", "备注"],
            ["1", "新案例", "湖南某化工股份有限公司", "平台企业", "化工", "二", "湖南", "湖南省工业和信息化厅", "无"],
            ["2", "另一个案例", "湖南某化工股份有限公司", "工厂", "化工", "", "火星", "", ""],
            ["", "", "", "", "", "", "", "", ""],
            ["3", "缺少企业", "", "", "", "", "", "", ""],
        ]
        let outcome = try SummaryImport(root: target.root).run(table)
        #expect(outcome.unknownColumns == ["备注"])
        #expect(
            outcome.created.map(\.path) == ["content/cases/2023/hu-nan-mou-hua-gong-2023-2.md", "content/cases/2023/hu-nan-mou-hua-gong-2023-3.md"],
            "the year comes from the title row; the existing slug is kept and the next one taken")
        #expect(outcome.skipped.map(\.row) == [6])
        #expect(outcome.warnings.map(\.row) == [4, 4])
        let text = try String(contentsOfFile: target.root + "/content/cases/2023/hu-nan-mou-hua-gong-2023-2.md", encoding: .utf8)
        #expect(text.contains("enterprise_type: \"工业互联网平台企业\"") && text.contains("grade: \"二级\"") && text.contains("region: \"湖南省\""))
        #expect(text.contains("status: recommended") && text.contains("draft: true"))
        #expect(try String(contentsOfFile: target.root + "/content/cases/2023/hu-nan-mou-hua-gong-2023.md", encoding: .utf8).contains("旧的"))
        #expect(throws: SummaryImport.Failure(.noYear)) { try SummaryImport(root: target.root).run([["序号", "案例名称", "申报单位"], ["1", "x", "y"]]) }
        #expect(throws: SummaryImport.Failure(.noHeaderRow)) { try SummaryImport(root: target.root, year: 2023).run([["甲", "乙"]]) }
        #expect(throws: SummaryImport.Failure(.oldExcelWorkbook, path: target.root + "/old.xls")) {
            try target.write("old.xls", "x")
            return try SummaryImport.table(at: target.root + "/old.xls")
        }
    }

    @Test("new site builds as it is; new case is a draft; new region waits for its awards; nothing is overwritten")
    func scaffolds() throws {
        let parent = try TestSite([:])
        let folder = parent.root + "/showcase"
        let written = try NewContent.newSite(folder, year: 2023)
        #expect(written.contains("site.yaml") && written.contains("content/cases/2023/sample-case.md"))
        let built = try SiteBuilder().render(source: folder)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics.map(\.formatted))")
        #expect(built.output?.files.contains { $0.path == "cases/sample-case/index.html" } == true)
        #expect(throws: NewContent.Failure(.folderNotEmpty, path: folder)) { try NewContent.newSite(folder, year: 2023) }

        let path = try NewContent.newCase("某化工集团分类分级管理实践", root: folder, year: 2023, region: "湖南")
        #expect(path == "content/cases/2023/mou-hua-gong-ji-tuan-fen-lei-fen-ji-guan-li-shi-jian.md")
        let afterCase = try SiteBuilder().render(source: folder)
        #expect(!afterCase.diagnostics.hasErrors, "a new case is a valid draft: \(afterCase.diagnostics.map(\.formatted))")
        #expect(afterCase.output?.files.contains { $0.path.hasPrefix("cases/mou-hua") } == false, "drafts are not published")
        #expect(throws: NewContent.Failure(.caseExists, path: "mou-hua-gong-ji-tuan-fen-lei-fen-ji-guan-li-shi-jian")) {
            try NewContent.newCase("mou-hua-gong-ji-tuan-fen-lei-fen-ji-guan-li-shi-jian", root: folder, year: 2024, region: nil)
        }

        #expect(try NewContent.newRegion("430000", root: folder, year: 2023) == "content/regions/2023-hunan.md")
        let afterRegion = try SiteBuilder().render(source: folder)
        #expect(
            afterRegion.diagnostics.filter { $0.severity == .error }.map(\.code) == ["CB0101", "CB0150"],
            "awards and summary must be filled in")
        #expect(throws: NewContent.Failure(.fileExists, path: "content/regions/2023-hunan.md")) { try NewContent.newRegion("hunan", root: folder, year: 2023) }
        #expect(NewContent.defaultYear(root: folder, fallback: 1999) == 2023)
    }
}
