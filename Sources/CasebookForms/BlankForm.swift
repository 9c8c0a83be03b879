import Casebook
import CasebookContent
import CasebookExport
import Foundation

/// A blank 申报书 as a .docx that Word, WPS and LibreOffice open and print on A4: a cover, the table of
/// labelled fields (choices as □ options), for regions the key-figures table, then the narrative
/// headings with short guidance under each (【填写说明】 paragraphs, left out again on import).
public struct BlankForm: Sendable {
    /// Which form.
    public let kind: FormKind

    /// The blank form of `kind`.
    public init(_ kind: FormKind) { self.kind = kind }

    /// The .docx bytes; the same form always gives the same bytes.
    public func bytes() throws -> [UInt8] {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxTemplateParts.contentTypes),
            ("_rels/.rels", DocxTemplateParts.packageRelationships),
            ("docProps/core.xml", DocxTemplateParts.core(title: kind.title)),
            ("word/document.xml", document()),
            ("word/_rels/document.xml.rels", DocxTemplateParts.documentRelationships),
            ("word/styles.xml", DocxTemplateParts.styles),
            ("word/numbering.xml", DocxTemplateParts.numbering),
            ("word/settings.xml", DocxTemplateParts.settings),
            ("word/footnotes.xml", DocxTemplateParts.footnotes),
        ]
        return try ZipArchive.zip(parts.map { (path: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// Writes the form to `path`, never over an existing file.
    public func write(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw FormFailure(.blankExists, path: path)
        }
        try Data(try bytes()).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
    }

    /// `word/document.xml`.
    func document() -> String {
        var body = WordML.paragraph(WordML.run(kind == .caseForm ? "附件1" : "附件3", font: "黑体"))
        body += String(repeating: WordML.paragraph(), count: 4)
        body += WordML.paragraph(WordML.run(kind.title), style: "Title")
        body += String(repeating: WordML.paragraph(), count: 4)
        let coverLabels = kind == .caseForm ? ["案例名称", "申报单位", "推荐单位", "填报日期"] : ["申报单位", "所在地区", "填报日期"]
        body += WordML.table(
            coverLabels.map { label in
                WordML.row(
                    [
                        WordML.cell(WordML.paragraph(WordML.run(label + "：", bold: true, size: 15)), width: 2200),
                        WordML.cell(WordML.paragraph(), width: 5400),
                    ], height: 720)
            }, widths: [2200, 5400], ruled: false)
        body += WordML.paragraph(WordML.run("基本信息", bold: true, size: 15, font: "黑体"), center: true, after: 200, pageBreakBefore: true)
        body += fieldTable()
        if kind == .region { body += figuresTable() }
        for (index, section) in kind.sections.enumerated() {
            body += WordML.paragraph(WordML.run(Self.chineseNumber(index + 1) + "、" + section.heading), style: "Heading1", pageBreakBefore: index == 0)
            body += WordML.paragraph(WordML.run("【填写说明】" + section.guidance), style: "FormGuidance")
            body += WordML.paragraph()
        }
        let section =
            "<w:sectPr><w:footnotePr><w:numFmt w:val=\"decimal\"/></w:footnotePr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1440\" w:right=\"1531\" w:bottom=\"1440\" w:left=\"1531\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(DocxTemplateParts.namespace)><w:body>"
            + body + section + "</w:body></w:document>"
    }

    /// The table of labelled fields on a four-column grid; contacts two to a row.
    private func fieldTable() -> String {
        let widths = [1900, 2520, 1900, 2520]
        func label(_ text: String) -> String { WordML.cell(WordML.paragraph(WordML.run(text, bold: true), center: true), width: widths[0], shaded: true) }
        var rows: [String] = []
        for field in kind.fields where !FormField.contactFields.contains(field) && field.key != .fillDate {
            let value = field.options.isEmpty ? "" : WordML.paragraph(WordML.run(field.options.map { "□" + $0 }.joined(separator: "　")))
            let tall = field.key == .summary
            rows.append(WordML.row([label(field.label), WordML.cell(value, width: widths[1...].reduce(0, +), span: 3)], height: tall ? 3600 : 560))
        }
        let contacts = FormField.contactFields.map(\.label)
        for pair in stride(from: 0, to: contacts.count, by: 2) {
            rows.append(WordML.row([label(contacts[pair]), WordML.cell("", width: widths[1]), label(contacts[pair + 1]), WordML.cell("", width: widths[3])]))
        }
        return WordML.table(rows, widths: widths)
    }

    /// The region form's key figures: 指标 | 数值 | 单位, with rows to fill in.
    private func figuresTable() -> String {
        let widths = [4440, 2200, 2200]
        var rows = [
            WordML.row(
                ["指标", "数值", "单位"].enumerated().map { index, text in
                    WordML.cell(WordML.paragraph(WordML.run(text, bold: true), center: true), width: widths[index], shaded: true)
                })
        ]
        for _ in 0..<5 { rows.append(WordML.row(widths.map { WordML.cell("", width: $0) })) }
        return WordML.paragraph() + WordML.paragraph(WordML.run("关键数据", bold: true, font: "黑体"), center: true, after: 120) + WordML.table(rows, widths: widths)
    }

    /// 1 → 一, 10 → 十.
    static func chineseNumber(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return number < digits.count ? digits[number] : String(number)
    }
}
