import Casebook
import Foundation
import Testing

@testable import CasebookForms

/// One form per way people really fill in a 申报书; each must give the same case fields.
@Suite("Form layouts")
struct FormLayoutTests {
    /// Imports one form built from `body` and returns the file it became.
    static func importOne(_ body: String, name: String = "form.docx") throws -> (site: FormSite, text: String, summary: String) {
        let site = try FormSite()
        let outcome = try site.importForms([try site.form(name, FormFixture(body).bytes())])
        guard case .created(_, let path, let summary) = try #require(outcome.results.first) else {
            Issue.record("not imported: \(outcome.results)")
            throw CancellationError()
        }
        return (site, try #require(site.text(path)), summary.english)
    }

    @Test("label synonyms: 企业名称, 所属地区, 手机, 邮箱 fill enterprise, region and the private contact")
    func synonyms() throws {
        let rows = [
            ["案例名称", "某案例"], ["企业名称", "长沙某机械有限公司"], ["企业类型", "☑联网工业企业"], ["所属地区", "湖南省长沙市"],
            ["所属行业", "装备制造"], ["年度", "2023"], ["简介", "简介。"], ["手机", "13800000000"], ["邮箱", "a@example.cn"],
        ]
        let result = try Self.importOne(FormFixture.table(rows))
        #expect(result.text.contains("enterprise: \"长沙某机械有限公司\""))
        #expect(result.text.contains("region: hunan"))
        #expect(result.text.contains("contact: { phone: \"13800000000\", email: \"a@example.cn\" }"))
        #expect(result.summary.contains("missing 行业代码, 企业定级, 实施环节, 推荐单位, 关键词, 联系人, 职务"))
        #expect(try result.site.check().filter { $0.severity == .error }.isEmpty)
    }

    @Test("label and value in one cell or one line, with a full-width or ASCII colon")
    func oneCellLabels() throws {
        let body =
            FormFixture.p("案例名称：一体化安全运营实践") + FormFixture.p("申报单位: 深圳某科技有限公司")
            + FormFixture.table([
                ["企业类型：☑工业互联网平台企业", "所在地区：广东省深圳市"], ["所属行业：软件和信息技术服务业", "申报年度：2024年度"],
                ["案例简介：平台企业的分类分级实践。", "企业定级：□一级 ■二级 □三级"],
            ])
        let result = try Self.importOne(body)
        #expect(result.text.contains("title: \"一体化安全运营实践\""))
        #expect(result.text.contains("enterprise: \"深圳某科技有限公司\""))
        #expect(result.text.contains("enterprise_type: \"工业互联网平台企业\""))
        #expect(result.text.contains("region: shenzhen"), "a city with independent planning status wins over its province")
        #expect(result.text.contains("year: 2024"))
        #expect(result.text.contains("grade: \"二级\""))
    }

    @Test("merged cells, values in the cell below, and labels with spaces inside")
    func mergedCells() throws {
        let rows = [
            ["案 例 名 称", "某案例", ">", ">"], ["申　报　单　位", "湖南某化工集团有限公司", ">", ">"],
            ["企业类型", "所在地区", "所属行业", "申报年度"], ["□联网工业企业 ☒工业互联网标识解析企业", "湖南", "化工", "2023"],
            ["案例简介", "第一段。\n第二段。", ">", ">"], ["联系人", "张三", "职务", "主任"], ["^", "^", "联系电话", "0731-0000000"],
        ]
        let result = try Self.importOne(FormFixture.table(rows))
        #expect(result.text.contains("title: \"某案例\""))
        #expect(result.text.contains("enterprise_type: \"工业互联网标识解析企业\""))
        #expect(result.text.contains("industry: \"化工\""))
        #expect(result.text.contains("summary: \"第一段。\\n第二段。\""))
        #expect(result.text.contains("contact: { name: \"张三（主任）\", phone: \"0731-0000000\" }"))
    }

    @Test("ticks: ☑ ■ √ ✓ ☒, a mark after the option, Word checkbox controls, Wingdings boxes, an option written out")
    func ticks() throws {
        let checkbox = { (checked: Bool, label: String) in
            "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"\(checked ? 1 : 0)\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:r><w:t>\(label) </w:t></w:r>"
        }
        let steps =
            "<w:tc><w:p>" + checkbox(true, "自主定级") + checkbox(false, "定级核查") + checkbox(true, "分级防护")
            + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/><w:t>符合性评测</w:t></w:r><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/><w:t>安全整改</w:t></w:r></w:p></w:tc>"
        let rows = FormFixture.table(FormFixture.caseRows.filter { $0[0] != "企业类型" } + [["企业类型", "平台企业"], ["企业定级", "一级□ 二级□ 三级√"]])
        let stepsTable = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>实施环节</w:t></w:r></w:p></w:tc>" + steps + "</w:tr></w:tbl>"
        let result = try Self.importOne(rows + stepsTable)
        #expect(result.text.contains("enterprise_type: \"工业互联网平台企业\""), "an option written out instead of ticked")
        #expect(result.text.contains("grade: \"三级\""))
        #expect(result.text.contains("steps: [自主定级, 分级防护, 符合性评测]"))
        for mark in ["√", "✓", "■", "☒"] {
            #expect(TickedOptions.chosen(in: "□一级 \(mark)二级 □三级", options: ["一级", "二级", "三级"]) == ["二级"], "\(mark)")
        }
    }

    @Test("numbering-only headings: 一、 is a section, （一） a subsection, 1. below it; sentences stay paragraphs")
    func numberingHeadings() throws {
        let body =
            FormFixture.table(FormFixture.caseRows) + FormFixture.p("一、案例背景") + FormFixture.p("企业概况。")
            + FormFixture.p("二、主要做法") + FormFixture.p("（一）自主定级") + FormFixture.p("1.资产梳理")
            + FormFixture.p("1.完成了全部资产的梳理，形成台账。") + FormFixture.p("三、取得成效") + FormFixture.p("四、推广价值") + FormFixture.p("可复制。")
        let result = try Self.importOne(body)
        #expect(result.summary.contains("empty sections 取得成效 (left out)"))
        #expect(
            result.text.hasSuffix("---\n## 案例背景\n\n企业概况。\n\n## 主要做法\n\n### 自主定级\n\n#### 资产梳理\n\n1\\.完成了全部资产的梳理，形成台账。\n\n## 推广价值\n\n可复制。\n"),
            "an empty section is left out")
    }

    @Test("narrative sections written inside the table: the heading cell, its text beside or below")
    func sectionsInTable() throws {
        let rows = FormFixture.caseRows + [["一、案例背景（不超过500字）", "企业概况。"], ["主要做法", ">"], ["第一段做法。\n第二段做法。", ">"]]
        let result = try Self.importOne(FormFixture.table(rows))
        #expect(result.text.hasSuffix("---\n## 案例背景\n\n企业概况。\n\n## 主要做法\n\n第一段做法。\n\n第二段做法。\n"))
    }
}
