import Casebook
import Foundation
import Testing

@testable import CasebookForms

/// The narrative of a form becomes the Markdown body: headings, emphasis, lists, tables, images, footnotes.
@Suite("Form narrative")
struct NarrativeTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 24)

    static func image(_ id: String, alt: String) -> String {
        "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"图片 1\" descr=\"\(alt)\"/><a:graphic><a:graphicData><pic:pic><pic:blipFill>"
            + "<a:blip r:embed=\"\(id)\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    static let numbering = """
        <w:numbering \(DocxTemplateParts.namespace)><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>\
        <w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num></w:numbering>
        """

    @Test("styled headings, bold and italic, lists, a merged table, an image with alt text and a footnote")
    func narrative() throws {
        var form = FormFixture(
            FormFixture.table(FormFixture.caseRows)
                + FormFixture.p("一、案例背景", style: "Heading1") + FormFixture.p("【填写说明】企业基本情况。", style: "FormGuidance")
                + "<w:p><w:r><w:t xml:space=\"preserve\">企业是</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>全国领先</w:t></w:r>"
                + "<w:r><w:t>的</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>化工</w:t></w:r><w:r><w:t>企业</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r><w:r><w:t>。</w:t></w:r></w:p>"
                + FormFixture.p("二、主要做法", style: "Heading1") + FormFixture.p("摸清家底", style: "ListBullet") + FormFixture.p("分级防护", style: "ListBullet")
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>第一步</w:t></w:r></w:p>"
                + FormFixture.table([["指标", "2022年", ">"], ["", "上半年", "下半年"], ["资产数|台", "120", "130"], ["^", "60", "70"]])
                + "<w:p>" + Self.image("rIdImg", alt: "安全架构[总体]") + "</w:p>")
        form.numbering = Self.numbering
        form.footnotes =
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:t>据 2023 年统计。</w:t></w:r></w:p></w:footnote>"
        form.relationships = [("rIdImg", "media/image1.png")]
        form.media = [("word/media/image1.png", Self.png)]
        let site = try FormSite()
        let outcome = try site.importForms([try site.form("某化工.docx", form.bytes())])
        guard case .created(_, let path, let summary) = try #require(outcome.results.first) else {
            Issue.record("\(outcome.results)")
            return
        }
        #expect(path == "content/cases/2023/hu-nan-mou-hua-gong-ji-tuan-2023.md")
        let text = try #require(site.text(path))
        let end = try #require(text.range(of: "\n---\n"))
        let body = String(text[end.upperBound...])
        #expect(
            body == """
                ## 案例背景

                企业是**全国领先**的*化工*企业[^1]。

                ## 主要做法

                - 摸清家底
                - 分级防护
                1. 第一步

                | 指标 | 2022年 |  |
                | --- | --- | --- |
                |  | 上半年 | 下半年 |
                | 资产数\\|台 | 120 | 130 |
                | 资产数\\|台 | 60 | 70 |

                ![安全架构\\[总体\\]](../../media/hu-nan-mou-hua-gong-ji-tuan-2023/image-1.png)

                [^1]: 据 2023 年统计。

                """)
        #expect(FileManager.default.contents(atPath: site.root + "/content/media/hu-nan-mou-hua-gong-ji-tuan-2023/image-1.png") == Data(Self.png))
        #expect(summary.english.contains("2 headings, 1 tables, 1 images, 1 footnotes"))
        #expect(!body.contains("填写说明"), "the blank form's guidance is left out")
        #expect(try site.check().filter { $0.severity == .error }.isEmpty)
    }
}
