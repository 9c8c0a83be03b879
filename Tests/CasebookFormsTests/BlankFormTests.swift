import Casebook
import Foundation
import Testing

@testable import CasebookContent
@testable import CasebookForms

/// The blank forms read back: every label is found where the importer looks, and a blank form is
/// refused with the list of what is empty.
@Suite("Blank forms")
struct BlankFormTests {
    @Test("each blank form is A4, the same bytes every time, and shows every label and option", arguments: FormKind.allCases)
    func blank(kind: FormKind) throws {
        let bytes = try BlankForm(kind).bytes()
        #expect(bytes == (try BlankForm(kind).bytes()))
        let document = try DocxDocument(bytes, file: "blank.docx", limits: .standard)
        let found = FieldLocator(fields: kind.fields).locate(document.blocks)
        #expect(Set(found.keys) == Set(kind.fields.map(\.key)), "every field has its label on the form")
        #expect(found.values.allSatisfy { $0.value.isEmpty || $0.value.contains("□") }, "blank values, or options with boxes")
        #expect(FormReader.kind(of: document.blocks) == kind)
        let xml = String(decoding: try #require(try document.package.part("word/document.xml")), as: UTF8.self)
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        for section in kind.sections { #expect(xml.contains(section.heading) && xml.contains("【填写说明】" + section.guidance)) }
    }

    @Test("a blank form is refused, each empty label named")
    func blankIsRefused() throws {
        let site = try FormSite()
        let outcome = try site.importForms([try site.form("blank.docx", BlankForm(.region).bytes())])
        guard case .failed(let failure) = try #require(outcome.results.first) else {
            Issue.record("a blank form was imported")
            return
        }
        #expect(
            failure.description.hasSuffix(
                "blank.docx: not imported: 「所在地区」 is empty; 「申报年度」 is empty; 「申报方向」 '□总体成效突出地区　□分类分级管理　□政策标准宣贯　□资源池建设　□应急演练　□人才培训　□赛事活动' cannot be read; expected ticks among 总体成效突出地区, 分类分级管理, 政策标准宣贯, 资源池建设, 应急演练, 人才培训, 赛事活动; 「工作概况」 is empty"
            ))
        #expect(site.contentFiles.allSatisfy { !$0.contains("regions") })
    }

    @Test("an existing file is never replaced: refused with both named, or --rename numbers a case")
    func neverOverwrites() throws {
        let site = try FormSite()
        let form = try site.form("a.docx", FormFixture(FormFixture.table(FormFixture.caseRows)).bytes())
        _ = try site.importForms([form])
        let original = try #require(site.text("content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md"))
        let again = try site.importForms([form])
        guard case .failed(let failure) = try #require(again.results.first) else {
            Issue.record("imported twice")
            return
        }
        #expect(
            failure.description.contains(
                "a.docx: would become hu-nan-mou-hua-gong-ji-tuan-2023, but content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md already exists"))
        let renamed = try site.importForms([form], rename: true)
        guard case .created(_, let path, _) = try #require(renamed.results.first) else {
            Issue.record("not renamed")
            return
        }
        #expect(path == "content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023-2.md")
        #expect(site.text("content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md") == original)
    }

    @Test("values are normalised the way check accepts them")
    func normalised() {
        let values = FormValues(units: .official)
        #expect(values.unit("湖南省")?.id == "hunan")
        #expect(values.unit("湖南省长沙市")?.id == "hunan")
        #expect(values.unit("广东省深圳市")?.id == "shenzhen")
        #expect(values.year("2023年度") == 2023)
        #expect(values.count("1,200家") == 1200)
        #expect(values.industryCode("C25 石油、煤炭及其他燃料加工业") == "C25")
        #expect(values.industryCode("ABC123") == nil)
        #expect(FormValues.items("资产测绘、工控安全；数据安全") == ["资产测绘", "工控安全", "数据安全"])
        let grade = FormKind.caseForm.field(.grade)
        #expect(values.terms("□一级 □二级 ☑三级", field: grade, as: Grade.self) == [.level3])
        #expect(values.terms("三级", field: grade, as: Grade.self) == [.level3])
        #expect(values.terms("□一级 □二级 □三级", field: grade, as: Grade.self).isEmpty, "boxes with no tick choose nothing")
    }
}
